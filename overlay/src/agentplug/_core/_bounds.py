"""Size and time bounds on reading an answer: the decoded body limit and the call's deadline.

httpx2 decodes gzip / deflate / br / zstd in pieces of at most 1 MiB, so reading chunk by chunk
and counting bounds memory whatever the compression ratio; `async_read_body` (`_async/_bodies.py`)
and its twin `read_body` stop at the limit instead of joining everything first. A deadline
(`use_options(deadline=...)`) travels on the request as an extension; `bound_stream` checks it
between chunks of a streamed body, and the async shell also cancels a read that would outlast it.

Failures leave as httpx2 exceptions (`BodyTooLarge`, `DeadlineExceeded`) so they pass through the
transports like any other, are never retried, and are mapped to `ResponseTooLargeError` /
`DeadlineExceededError` in one place (`_errors.connection_error`).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import anyio
import httpx2

from ._options import DEADLINE

ERROR_BODY_LIMIT = 1024 * 1024  # error bodies: read at most this much

__all__ = [
    "ERROR_BODY_LIMIT",
    "BodyTooLarge",
    "BoundedBody",
    "CollectedBody",
    "DeadlineExceeded",
    "bound_stream",
    "capped_timeouts",
    "check_deadline",
]


class BodyTooLarge(httpx2.DecodingError):
    """The decoded body went over `limit` bytes."""

    def __init__(self, limit: int, request: httpx2.Request | None) -> None:
        super().__init__(f"the decoded body is larger than {limit} bytes", request=request)
        self.limit = limit


class DeadlineExceeded(httpx2.TimeoutException):
    """The call's total time budget ran out."""

    def __init__(self, budget: float, request: httpx2.Request | None) -> None:
        super().__init__(f"the call's deadline of {budget:g} s ran out", request=request)
        self.budget = budget


def _deadline(request: httpx2.Request | None) -> tuple[float, float] | None:
    if request is None:
        return None
    found: tuple[float, float] | None = request.extensions.get(DEADLINE)
    return found


def check_deadline(request: httpx2.Request) -> float | None:
    """Seconds left (None: no deadline); raises DeadlineExceeded when none are."""
    found = _deadline(request)
    if found is None:
        return None
    left = found[0] - time.monotonic()
    if left <= 0:
        raise DeadlineExceeded(found[1], request)
    return left


def capped_timeouts(request: httpx2.Request) -> None:
    """Shorten the request's per-operation timeouts to the time left before its deadline."""
    left = check_deadline(request)
    if left is None:
        return
    timeouts = dict(request.extensions.get("timeout") or {})
    for name in ("connect", "read", "write", "pool"):
        value = timeouts.get(name)
        timeouts[name] = left if value is None else min(value, left)
    request.extensions["timeout"] = timeouts


def _request(response: httpx2.Response) -> httpx2.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


class BoundedBody:
    """The sans-I/O half of reading a body under a decoded-size limit (one logic for both shells)."""

    def __init__(self, response: httpx2.Response, limit: int) -> None:
        self.response = response
        self.limit = limit
        self.request = _request(response)
        self.chunks: list[bytes] = []
        self.size = 0

    def in_memory(self) -> bytes | None:
        """The body when it is already read (a mock, a cached answer): the limit still holds."""
        if not hasattr(self.response, "_content"):
            return None
        if len(self.response.content) > self.limit:
            raise BodyTooLarge(self.limit, self.request)
        return self.response.content

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise BodyTooLarge(self.limit, self.request)
        self.chunks.append(chunk)

    def content(self) -> bytes:
        content = b"".join(self.chunks)
        self.response._content = content  # what httpx2's own read() leaves behind
        return content


class CollectedBody:
    """The chunks of an error body, up to about ERROR_BODY_LIMIT bytes (the rest is never read)."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._size = 0

    def full_after(self, chunk: bytes) -> bool:
        self._chunks.append(chunk)
        self._size += len(chunk)
        return self._size > ERROR_BODY_LIMIT

    def content(self) -> bytes:
        return b"".join(self._chunks)


class _SyncDeadlineStream(httpx2.SyncByteStream):
    def __init__(self, inner: httpx2.SyncByteStream, request: httpx2.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            check_deadline(self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncDeadlineStream(httpx2.AsyncByteStream):
    def __init__(self, inner: httpx2.AsyncByteStream, request: httpx2.Request, at: float, budget: float) -> None:
        self._inner = inner
        self._request = request
        self._at = at
        self._budget = budget

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._inner.__aiter__()
        while True:
            # A read that would outlast the deadline is cancelled, not merely checked afterwards.
            with anyio.move_on_after(self._at - time.monotonic()) as scope:
                try:
                    chunk = await chunks.__anext__()
                except StopAsyncIteration:
                    return
            if scope.cancelled_caught:
                raise DeadlineExceeded(self._budget, self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def bound_stream(response: httpx2.Response, request: httpx2.Request) -> None:
    """Make a streamed body honour the request's deadline (a no-op without one)."""
    found = _deadline(request)
    if found is None:
        return
    stream = response.stream
    if isinstance(stream, httpx2.AsyncByteStream) and not isinstance(stream, httpx2.ByteStream):
        response.stream = _AsyncDeadlineStream(stream, request, *found)
    elif isinstance(stream, httpx2.SyncByteStream) and not isinstance(stream, httpx2.ByteStream):
        response.stream = _SyncDeadlineStream(stream, request)
