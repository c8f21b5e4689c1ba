"""Admission in front of httpx2's own async transport: at most `max_connections` exchanges at once.

httpcore2's pool looks through every queued request each time a connection frees up, so a burst
of N calls costs O(N²): 10,000 concurrent calls took 35 s where 1,000 took under 2. Waiting here,
in a fair (FIFO) semaphore, keeps its queue no longer than the pool, and the pool timeout still
applies to the wait (`httpx2.PoolTimeout`). A slot is held until the response is closed, as the
connection is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import httpx2

__all__ = ["AsyncGate"]


class _Releasing(httpx2.AsyncByteStream):
    def __init__(self, inner: httpx2.AsyncByteStream, semaphore: anyio.Semaphore) -> None:
        self._inner = inner
        self._semaphore: anyio.Semaphore | None = semaphore

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            semaphore, self._semaphore = self._semaphore, None
            if semaphore is not None:
                semaphore.release()


class AsyncGate(httpx2.AsyncBaseTransport):
    """Wraps an async transport: an exchange waits for one of `limit` slots before it starts."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, limit: int) -> None:
        self._inner = inner
        self._semaphore = anyio.Semaphore(limit, fast_acquire=True)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        timeout = (request.extensions.get("timeout") or {}).get("pool")
        try:
            with anyio.fail_after(timeout):
                await self._semaphore.acquire()
        except TimeoutError:
            raise httpx2.PoolTimeout("Timed out waiting for a free connection", request=request) from None
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            self._semaphore.release()
            raise
        response.stream = _Releasing(response.stream, self._semaphore)  # type: ignore[arg-type]
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
