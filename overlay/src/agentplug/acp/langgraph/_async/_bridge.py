"""The API bridge node's one request: the query, posted to the service."""

from __future__ import annotations

from collections.abc import Mapping

import httpx2

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._config import ClientConfig

__all__ = ["async_send_query"]

_HEADERS: Mapping[str, str] = {"content-type": "text/plain; charset=utf-8", "x-nl-query-enabled": "yes"}


async def async_send_query(config: ClientConfig, auth: Mapping[str, str], path: str, query: str) -> httpx2.Response:
    """``POST {path}`` with ``query`` as a ``text/plain`` body (``X-Nl-Query-Enabled: yes``), on a client of its own."""
    http = AsyncHTTP(config, auth_headers=auth)
    try:
        return await http.send("POST", path, content=query.encode(), headers=_HEADERS)
    finally:
        await http.aclose()
