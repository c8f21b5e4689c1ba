"""Every platform client, sync and async, over either transport, reduced to one call for the chaos cases.

`call(platform, mode, transport, base_url, ...)` builds the client with `SECRET` as its
credential (ACP's under a renamed header, so that redaction by header name cannot be what saves
it), makes the platform's cheapest call (health or ping), closes the client, and returns the
result or raises what the call raised.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx2
from agentplug._core._http import HTTPSettings
from agentplug.transports import fast_transport

SECRET = "sk-chaos-7f3a9c2e5b8d1f4a6c0e9b2d"
PLATFORMS = ("acp", "nat", "prefactor", "moderately")
MODES = ("sync", "async")
TRANSPORTS = ("default", "fast")


def _transport(mode: str, transport: str) -> Any:
    if transport == "default":
        return None
    return fast_transport(sync=mode == "sync")


def build(
    platform: str,
    mode: str,
    transport: str,
    base_url: str,
    *,
    secret: str = SECRET,
    timeout: float = 5.0,
    follow_redirects: bool = False,
    http_client: Any = None,
    **extra: Any,
) -> Any:
    """The platform's client (not yet used)."""
    inner = _transport(mode, transport)
    settings = HTTPSettings(transport=inner, follow_redirects=follow_redirects)
    common: dict[str, Any] = {"timeout": timeout, "max_retries": 0, "http_client": http_client, **extra}
    if platform == "acp":
        from agentplug.acp import ACP, AsyncACP

        cls = ACP if mode == "sync" else AsyncACP
        return cls(base_url, api_key=secret, api_key_header="x-custom-key", transport=inner, **common)
    if platform == "nat":
        from agentplug.nat import NAT, AsyncNAT

        cls = NAT if mode == "sync" else AsyncNAT
        return cls(base_url, token=secret, http_settings=settings, **common)
    if platform == "prefactor":
        from agentplug.prefactor import AsyncPrefactor, Prefactor

        cls = Prefactor if mode == "sync" else AsyncPrefactor
        return cls(base_url, api_token=secret, http_settings=settings, **common)
    from agentplug.moderately import AsyncModeratelyAI, ModeratelyAI

    cls = ModeratelyAI if mode == "sync" else AsyncModeratelyAI
    return cls(api_key=secret, team_id="team-1", base_url=base_url, http_settings=settings, **common)


def _probe(platform: str, client: Any) -> Any:
    if platform == "acp":
        return client.agents.get("7b4a3a52-3c1e-4b8e-9d2b-2f7d1c6e4a10")
    return client.ping() if platform == "prefactor" else client.health()


def call(platform: str, mode: str, transport: str, base_url: str, **options: Any) -> Any:
    """Build, call once, close; the call's result (or its exception)."""
    if mode == "sync":
        client = build(platform, mode, transport, base_url, **options)
        try:
            return _probe(platform, client)
        finally:
            client.close()

    async def run() -> Any:
        client = build(platform, mode, transport, base_url, **options)
        try:
            return await _probe(platform, client)
        finally:
            await client.aclose()

    return asyncio.run(run())


def caller_client(mode: str, **kwargs: Any) -> httpx2.Client | httpx2.AsyncClient:
    """A caller's own httpx2 client (e.g. with follow_redirects=True)."""
    return httpx2.Client(**kwargs) if mode == "sync" else httpx2.AsyncClient(**kwargs)
