# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The API bridge node's one request: the query, posted to the service."""

from __future__ import annotations

from collections.abc import Mapping

import httpx2

from agentplug._core._config import ClientConfig
from agentplug._core._sync._http import HTTP

__all__ = ["send_query"]

_HEADERS: Mapping[str, str] = {"content-type": "text/plain; charset=utf-8", "x-nl-query-enabled": "yes"}


def send_query(config: ClientConfig, auth: Mapping[str, str], path: str, query: str) -> httpx2.Response:
    """``POST {path}`` with ``query`` as a ``text/plain`` body (``X-Nl-Query-Enabled: yes``), on a client of its own."""
    http = HTTP(config, auth_headers=auth)
    try:
        return http.send("POST", path, content=query.encode(), headers=_HEADERS)
    finally:
        http.close()
