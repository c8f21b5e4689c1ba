"""Typed server-sent event streams: `Stream[T]` and `AsyncStream[T]`.

Both shells read the body as it arrives and hand the bytes to `_EventStreamCore`, which owns
every decision (decoding, typing each event, error mapping, whether and when to reconnect, the
Last-Event-ID to resume from) without doing I/O. The shells only open, read, sleep and close.

A stream is opened through a callable that takes extra request headers and returns a context
manager yielding an `httpx2.Response` whose status the caller has already checked, for instance
`lambda headers: client.stream("GET", url, headers=headers)` wrapped in a status check.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from types import TracebackType
from typing import Generic, TypeAlias, TypeVar

import anyio
import httpx2

from agentplug._core._bounds import DeadlineExceeded
from agentplug._core._call_options import OpensLazily, applied, current_call
from agentplug._core._errors import connection_error
from agentplug._core._logging import redact_url
from agentplug._core._sse_decoder import ServerSentEvent, SSEDecodeError, SSEDecoder
from agentplug.errors import (
    AgentplugError,
    APIConnectionError,
    DeadlineExceededError,
    ResponseTooLargeError,
    ResponseValidationError,
)

__all__ = ["AsyncOpenResponse", "AsyncStream", "OpenResponse", "ServerSentEvent", "Stream"]

T = TypeVar("T")
Opener = TypeVar("Opener")  # how a stream opens its response: OpenResponse or AsyncOpenResponse

OpenResponse: TypeAlias = Callable[[Mapping[str, str]], AbstractContextManager[httpx2.Response]]
AsyncOpenResponse: TypeAlias = Callable[[Mapping[str, str]], AbstractAsyncContextManager[httpx2.Response]]
DecodeEvent: TypeAlias = Callable[[ServerSentEvent], T | None]

# Connection losses worth a reconnect: the transport broke, or the caller's transport gave up.
_LOST = (httpx2.TransportError, APIConnectionError)
# What a decode_event function raises on a malformed event (json.JSONDecodeError is a ValueError).
_MALFORMED = (ValueError, LookupError, TypeError, AttributeError)
_MAX_RECONNECT_DELAY = 30.0  # seconds; also caps a server's `retry:` so it cannot park us for hours


class _EventStreamCore(Generic[T]):
    """Sans-I/O state of one logical event stream, across reconnections.

    `feed` decodes body bytes into `ready` (typed events in order); a decoding failure is kept
    in `error`, to be raised once the events before it have been delivered. `lost` decides
    whether a broken connection is resumed and after how long.

    A stream is resumed only when it can be without duplicates: an event id was seen (sent back
    as Last-Event-ID), or no event was delivered yet. Consecutive losses count against
    `max_reconnects`; an event received after a reconnect resets the count.
    """

    def __init__(
        self,
        decode_event: DecodeEvent[T],
        *,
        max_reconnects: int,
        reconnect_delay: float,
        max_line_length: int,
        max_event_length: int,
        can_resume: Callable[[], bool] | None = None,
    ) -> None:
        self._decode_event = decode_event
        self._can_resume = can_resume
        self._max_reconnects = max_reconnects
        self._reconnect_delay = reconnect_delay
        self._decoder = SSEDecoder(max_line_length=max_line_length, max_event_length=max_event_length)
        self._failures = 0
        self._delivered = False
        self._request: httpx2.Request | None = None
        self._status_code: int | None = None
        self.ready: deque[T] = deque()
        self.error: AgentplugError | None = None

    @property
    def last_event_id(self) -> str | None:
        return self._decoder.last_event_id

    def connected(self, response: httpx2.Response) -> None:
        self._request, self._status_code = response.request, response.status_code

    def _invalid(self, message: str, cause: Exception, body: str | None = None) -> ResponseValidationError:
        method = url = None
        if self._request is not None:
            method, url = self._request.method, redact_url(self._request.url)
            message += f" ({method} {url})"
        error = ResponseValidationError(message, status_code=self._status_code, body=body, method=method, url=url)
        error.__cause__ = cause
        return error

    def feed(self, chunk: bytes) -> None:
        try:
            events = self._decoder.feed(chunk)
        except SSEDecodeError as error:
            method, url = (
                (None, None) if self._request is None else (self._request.method, redact_url(self._request.url))
            )
            where = f" ({method} {url})" if method and url else ""
            self.error = ResponseTooLargeError(
                f"The event stream broke a size limit: {error}{where}", limit=error.limit, method=method, url=url
            )
            self.error.__cause__ = error
            return
        if not events:
            return
        self._delivered = True
        self._failures = 0
        decode, ready = self._decode_event, self.ready
        for event in events:
            try:
                item = decode(event)
            except AgentplugError as error:
                self.error = error
                return
            except _MALFORMED as error:
                self.error = self._invalid(
                    f"A {event.event!r} event could not be read ({type(error).__name__})", error, event.data
                )
                return
            if item is not None:
                ready.append(item)

    def lost(self, error: httpx2.TransportError | APIConnectionError) -> float:
        """A connection broke (or could not be reopened): the delay before reopening it.

        Raises the APIConnectionError to report when the stream is not to be resumed.
        """
        self._failures += 1
        last_id = self._decoder.last_event_id
        resumable = self._can_resume is None or self._can_resume()
        spent = isinstance(error, (DeadlineExceeded, DeadlineExceededError))  # no reconnect outlives it
        if spent or self._failures > self._max_reconnects or (self._delivered and not last_id) or not resumable:
            if isinstance(error, APIConnectionError):
                raise error
            raise connection_error(error, self._request) from error
        # The retry value and the id buffer outlive a connection (WHATWG); the partial event does not.
        retry = self._decoder.retry
        self._decoder.reconnected()
        if retry is not None:
            return min(retry / 1000, _MAX_RECONNECT_DELAY)
        return min(self._reconnect_delay * 2.0 ** (self._failures - 1), _MAX_RECONNECT_DELAY)

    def resume_headers(self) -> dict[str, str]:
        last_id = self._decoder.last_event_id
        return {"Last-Event-ID": last_id} if last_id else {}


class _StreamBase(Generic[T, Opener]):
    def __init__(
        self,
        open_response: Opener,
        decode_event: DecodeEvent[T],
        *,
        max_reconnects: int = 0,
        reconnect_delay: float = 0.5,
        max_line_length: int = 1 << 20,
        max_event_length: int = 16 << 20,
        can_resume: Callable[[], bool] | None = None,
    ) -> None:
        self._core = _EventStreamCore(
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


class Stream(_StreamBase[T, OpenResponse], OpensLazily):
    """Typed events of a `text/event-stream` response, read as they arrive.

    Iterate it (`for event in stream`), preferably inside `with stream:` so that the connection
    is closed however the loop ends; `close()` closes it early. The body is not preloaded.

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

    _context: AbstractContextManager[httpx2.Response] | None = None
    _chunks: Iterator[bytes] | None = None

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
                chunk = next(self._chunks)
            except _LOST as error:
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
            time.sleep(self._core.lost(error))
            try:
                self._connect(self._core.resume_headers())
                return
            except _LOST as again:
                error = again

    def _disconnect(self) -> None:
        context, response, self._context, self._chunks = self._context, self._response, None, None
        try:
            if context is not None:
                context.__exit__(None, None, None)
        except _LOST:
            pass  # closing an already broken connection
        finally:
            if response is not None:
                response.close()


class AsyncStream(_StreamBase[T, AsyncOpenResponse], OpensLazily):
    """The async twin of `Stream`: `async with stream:`, `async for event in stream`, `aclose()`."""

    _context: AbstractAsyncContextManager[httpx2.Response] | None = None
    _chunks: AsyncIterator[bytes] | None = None

    async def open(self) -> AsyncStream[T]:
        """Send the request, once (iterating or entering the stream does it too).

        A transport failure becomes APIConnectionError; the opening callable's own errors (an
        error status, say) propagate.
        """
        if self._response is None and not self._closed:
            try:
                await self._connect({})
            except httpx2.TransportError as error:
                raise connection_error(error) from error
        return self

    async def aclose(self) -> None:
        """Close the connection; iteration then stops. Safe to call more than once."""
        self._closed = True
        self._core.ready.clear()
        await self._disconnect()

    async def __aenter__(self) -> AsyncStream[T]:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> AsyncStream[T]:
        return self

    async def __anext__(self) -> T:
        ready = self._core.ready
        if ready:
            return ready.popleft()
        try:
            return await self._read()
        except Exception:
            await self.aclose()
            raise

    async def _read(self) -> T:
        core = self._core
        while not core.ready:
            if self._closed:
                raise StopAsyncIteration
            if core.error is not None:
                raise core.error
            if self._chunks is None:
                if self._response is not None:
                    raise StopAsyncIteration
                await self.open()
                continue
            try:
                chunk = await self._chunks.__anext__()
            except _LOST as error:
                await self._reconnect(error)
                continue
            core.feed(chunk)
        return core.ready.popleft()

    async def _connect(self, headers: Mapping[str, str]) -> None:
        context = self._open_response(headers)
        with applied(self._call):
            response = await context.__aenter__()
        self._context, self._response = context, response
        self._chunks = response.aiter_bytes()
        self._core.connected(response)

    async def _reconnect(self, error: httpx2.TransportError | APIConnectionError) -> None:
        while True:
            await self._disconnect()
            await anyio.sleep(self._core.lost(error))
            try:
                await self._connect(self._core.resume_headers())
                return
            except _LOST as again:
                error = again

    async def _disconnect(self) -> None:
        context, response, chunks = self._context, self._response, self._chunks
        self._context, self._chunks = None, None
        try:
            aclose = getattr(chunks, "aclose", None)
            if aclose is not None:
                await aclose()  # finalise httpx2's body generator now, not at garbage collection
            if context is not None:
                await context.__aexit__(None, None, None)
        except _LOST:
            pass  # closing an already broken connection
        finally:
            if response is not None:
                await response.aclose()
