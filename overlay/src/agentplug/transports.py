"""Transports for agentplug's clients: the fast HTTP/1.1 ones, or httpx2's own (the default).

    from agentplug.transports import fast_transport
    transport = fast_transport(sync=False)        # AsyncSocketTransport (asyncio)

`fast_transport` picks `SocketTransport` (sync) or `AsyncSocketTransport` (asyncio) and needs the
`fast` extra (`pip install 'agentplug[fast]'`). Both are plain httpx2 transports: they also work
under a bare `httpx2.Client(transport=...)` / `httpx2.AsyncClient(transport=...)`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._core._fast_transports import FAST_EXTRA, fast_transport, require_fast_extra

if TYPE_CHECKING:
    from ._core._asyncio_transport import AsyncSocketTransport
    from ._core._socket_transport import SocketTransport

__all__ = ["FAST_EXTRA", "AsyncSocketTransport", "SocketTransport", "fast_transport"]


_LAZY = {"SocketTransport": "._core._socket_transport", "AsyncSocketTransport": "._core._asyncio_transport"}


def __getattr__(name: str) -> Any:
    # The transport classes import httptools: loaded only when asked for (a missing extra then
    # raises agentplug.errors.ConfigurationError naming it).
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    require_fast_extra()
    return getattr(importlib.import_module(_LAZY[name], __package__), name)
