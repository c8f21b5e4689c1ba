# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Sending a request built by the generated layer (`<operation>.request_kwargs(...)`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx2

from agentplug._core._sync._http import HTTP

__all__ = ["send_built"]


def send_built(http: HTTP, built: Mapping[str, Any], *, headers: Mapping[str, str] | None = None) -> httpx2.Response:
    """Send what an operation's `request_kwargs` built (its method, URL, query and JSON body), plus `headers`."""
    kwargs = dict(built)
    method, url = str(kwargs.pop("method")).upper(), str(kwargs.pop("url"))
    if headers:
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **headers}
    return http.send(method, url, **kwargs)
