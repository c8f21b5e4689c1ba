"""No response desync on httpx2's own transport: a connection that received bytes beyond the
response is closed, not reused.

httpcore2 (under httpx2's default transports) parses responses with h11. When a server sends more
than its Content-Length in the same packet, h11 keeps the extra bytes buffered, and httpcore2
puts the connection back in the pool: the next request on it reads those bytes as its answer
(response smuggling, or a buggy server's leftovers answering the wrong call). Bytes that arrive
later are caught by httpcore2's own readability check; these are not. Our fast transports drop
such a connection themselves (`_pool.PooledConnection.is_dropped`).

The fix wraps httpcore2's `_response_closed` of both HTTP/1.1 connection classes once per process:
if h11 holds unread bytes when an exchange ends, the connection is closed instead of kept alive.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["install"]

_MARK = "_agentplug_desync_guard"


def _has_leftovers(connection: Any) -> bool:
    state = getattr(connection, "_h11_state", None)
    trailing = getattr(state, "trailing_data", (b"", False))
    return bool(trailing[0])


def install() -> None:
    """Wrap httpcore2's HTTP/1.1 `_response_closed` (sync and async); idempotent."""
    from httpcore2._async.http11 import AsyncHTTP11Connection
    from httpcore2._sync.http11 import HTTP11Connection

    if not getattr(AsyncHTTP11Connection, _MARK, False):
        original_async: Callable[[Any], Awaitable[None]] = AsyncHTTP11Connection._response_closed

        @functools.wraps(original_async)
        async def closed_async(self: Any) -> None:
            if _has_leftovers(self):
                await self.aclose()
                return
            await original_async(self)

        AsyncHTTP11Connection._response_closed = closed_async  # type: ignore[method-assign]
        setattr(AsyncHTTP11Connection, _MARK, True)

    if not getattr(HTTP11Connection, _MARK, False):
        original_sync: Callable[[Any], None] = HTTP11Connection._response_closed

        @functools.wraps(original_sync)
        def closed_sync(self: Any) -> None:
            if _has_leftovers(self):
                self.close()
                return
            original_sync(self)

        HTTP11Connection._response_closed = closed_sync  # type: ignore[method-assign]
        setattr(HTTP11Connection, _MARK, True)
