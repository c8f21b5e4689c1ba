# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Typed events of a `text/event-stream` response, read as they arrive (`AsyncStream[T]`, `Stream[T]`).

The decisions are `EventStreamCore`'s (`_core/_streaming.py`); this shell only opens, reads,
sleeps and closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Generic, TypeVar

import httpx2

from agentplug.errors import APIConnectionError

from .._call_options import OpensLazily, applied, current_call
from .._concurrency import sleep
from .._errors import connection_error
from .._streaming import LOST, DecodeEvent, EventStreamCore, OpenResponse, ResponseContext

__all__ = ["Stream"]

T = TypeVar("T")


class Stream(Generic[T], OpensLazily):
    """Typed events of a `text/event-stream` response, read as they arrive.

    Iterate it (`for event in stream`), preferably inside `with stream:` so that the connection
    is closed however the loop ends; `close()` closes it early. The body is not preloaded. An
    `AsyncStream` is the same with `async for`, `async with` and `aclose()`.

    Args:
        open_response: opens the response, given extra headers (Last-Event-ID on a reconnect).
        decode_event: turns an event into T, or None to skip it (e.g. an unknown event kind).
        max_reconnects: how many times in a row a broken connection is reopened (0: never).
            Only for streams a GET can resume.
        reconnect_delay: the first delay before reopening when the server sent no `retry:`;
            it doubles on each consecutive failure.
        max_line_length, max_event_length: the decoder's limits, in characters.
        can_resume: asked after a connection loss; False ends the stream with the error (e.g. a
            stream that only a POST starts, before the server named what to rejoin).

    Raises (while iterating): ResponseValidationError for a malformed stream or event,
    APIConnectionError / APITimeoutError when the connection breaks and is not resumed.
    """

    _context: ResponseContext | None = None
    _chunks: Iterator[bytes] | None = None

    def __init__(
        self,
        open_response: OpenResponse,
        decode_event: DecodeEvent[T],
        *,
        max_reconnects: int = 0,
        reconnect_delay: float = 0.5,
        max_line_length: int = 1 << 20,
        max_event_length: int = 16 << 20,
        can_resume: Callable[[], bool] | None = None,
    ) -> None:
        self._core = EventStreamCore(
            decode_event,
            max_reconnects=max_reconnects,
            reconnect_delay=reconnect_delay,
            max_line_length=max_line_length,
            max_event_length=max_event_length,
            can_resume=can_resume,
        )
        self._open_response = open_response
        self._response: httpx2.Response | None = None
        self._closed = False
        self._call = current_call()  # the options of the call that made the stream apply to its requests

    @property
    def response(self) -> httpx2.Response:
        """The current HTTP response (status, headers); a new one after each reconnect."""
        if self._response is None:
            raise RuntimeError("the stream is not open: use it in a `with` block or call open() first")
        return self._response

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event received (what a reconnect sends as Last-Event-ID)."""
        return self._core.last_event_id

    @property
    def closed(self) -> bool:
        return self._closed

    def open(self) -> Stream[T]:
        """Send the request, once (iterating or entering the stream does it too).

        A transport failure becomes APIConnectionError; the opening callable's own errors (an
        error status, say) propagate.
        """
        if self._response is None and not self._closed:
            try:
                self._connect({})
            except httpx2.TransportError as error:
                raise connection_error(error) from error
        return self

    def close(self) -> None:
        """Close the connection; iteration then stops. Safe to call more than once."""
        self._closed = True
        self._core.ready.clear()
        self._disconnect()

    def __enter__(self) -> Stream[T]:
        return self.open()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Stream[T]:
        return self

    def __next__(self) -> T:
        ready = self._core.ready
        if ready:
            return ready.popleft()  # the fast path: one chunk usually holds many events
        try:
            return self._read()
        except Exception:
            self.close()  # an error or the end of the stream: release the connection now
            raise

    def _read(self) -> T:
        core = self._core
        while not core.ready:
            if self._closed:
                raise StopIteration
            if core.error is not None:
                raise core.error
            if self._chunks is None:
                if self._response is not None:
                    raise StopIteration
                self.open()
                continue
            try:
                chunk = self._chunks.__next__()
            except LOST as error:
                self._reconnect(error)
                continue
            core.feed(chunk)
        return core.ready.popleft()

    def _connect(self, headers: Mapping[str, str]) -> None:
        context = self._open_response(headers)
        with applied(self._call):
            response = context.__enter__()
        self._context, self._response = context, response
        self._chunks = response.iter_bytes()
        self._core.connected(response)

    def _reconnect(self, error: httpx2.TransportError | APIConnectionError) -> None:
        while True:
            self._disconnect()
            sleep(self._core.lost(error))
            try:
                self._connect(self._core.resume_headers())
                return
            except LOST as again:
                error = again

    def _disconnect(self) -> None:
        context, response, chunks = self._context, self._response, self._chunks
        self._context, self._chunks = None, None
        try:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()  # finalise httpx2's body generator now, not at garbage collection
            if context is not None:
                context.__exit__(None, None, None)
        except LOST:
            pass  # closing an already broken connection
        finally:
            if response is not None:
                response.close()
