"""Typed server-sent event streams, what they decide: `AsyncStream[T]` and `Stream[T]` (in
`_async/_streaming.py` and its generated twin) read the body as it arrives and hand the bytes to
`EventStreamCore`, which owns every decision (decoding, typing each event, error mapping, whether
and when to reconnect, the Last-Event-ID to resume from) without doing I/O. The shells only open,
read, sleep and close.

A stream is opened through a callable that takes extra request headers and returns a context
manager yielding an `httpx2.Response` whose status the caller has already checked, for instance
`lambda headers: client.stream("GET", url, headers=headers)` wrapped in a status check.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Generic, TypeAlias, TypeVar

import httpx2

from agentplug._core._bounds import DeadlineExceeded
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

__all__ = [
    "LOST",
    "AsyncOpenResponse",
    "AsyncResponseContext",
    "DecodeEvent",
    "EventStreamCore",
    "OpenResponse",
    "ResponseContext",
    "ServerSentEvent",
]

T = TypeVar("T")

ResponseContext: TypeAlias = AbstractContextManager[httpx2.Response]
AsyncResponseContext: TypeAlias = AbstractAsyncContextManager[httpx2.Response]
OpenResponse: TypeAlias = Callable[[Mapping[str, str]], ResponseContext]
AsyncOpenResponse: TypeAlias = Callable[[Mapping[str, str]], AsyncResponseContext]
DecodeEvent: TypeAlias = Callable[[ServerSentEvent], T | None]

# Connection losses worth a reconnect: the transport broke, or the caller's transport gave up.
LOST = (httpx2.TransportError, APIConnectionError)
# What a decode_event function raises on a malformed event (json.JSONDecodeError is a ValueError).
_MALFORMED = (ValueError, LookupError, TypeError, AttributeError)
_MAX_RECONNECT_DELAY = 30.0  # seconds; also caps a server's `retry:` so it cannot park us for hours


class EventStreamCore(Generic[T]):
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
