"""Every platform client, sync and async, over either transport, reduced to one call for the chaos cases.

`call(platform, mode, transport, base_url, ...)` builds the client with `SECRET` as its
credential (ACP's under a renamed header, so that redaction by header name cannot be what saves
it), makes the platform's cheapest call (health or ping), closes the client, and returns the
result or raises what the call raised. `call_twice` makes that call twice on one client (so on one
pooled connection), `stream` consumes one of the event streams listed in `STREAMS`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx2
from agentplug._core._http import HTTPSettings
from agentplug.transports import fast_transport

SECRET = "sk-chaos-7f3a9c2e5b8d1f4a6c0e9b2d"
PLATFORMS = ("acp", "nat", "prefactor", "moderately")
MODES = ("sync", "async")
TRANSPORTS = ("default", "fast")
# (platform, how): every platform client's event streams
STREAMS = (("acp", "create_and_stream"), ("acp", "stream"), ("nat", "stream"))
AGENT_ID = "7b4a3a52-3c1e-4b8e-9d2b-2f7d1c6e4a10"
RUN_ID = "0c9e5d2a-8f41-4b6e-a3d7-5e1f2b9c8a64"


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
        return client.agents.get(AGENT_ID)
    return client.ping() if platform == "prefactor" else client.health()


def marker(platform: str, result: Any) -> str:
    """Where a probe's result shows the answer's marker (see `_hostile.desync_answer`)."""
    if platform == "acp":
        return str(result.agent_id)
    if platform == "nat":
        return str(result)
    return str(result["status"] if platform == "prefactor" else result.status)


def _session(
    platform: str, mode: str, transport: str, base_url: str, action: Callable[[Any], Any], **options: Any
) -> Any:
    """Build, run `action(client)` (awaited in async mode), close; its result (or its exception)."""
    if mode == "sync":
        client = build(platform, mode, transport, base_url, **options)
        try:
            return action(client)
        finally:
            client.close()

    async def run() -> Any:
        client = build(platform, mode, transport, base_url, **options)
        try:
            return await action(client)
        finally:
            await client.aclose()

    return asyncio.run(run())


def call(platform: str, mode: str, transport: str, base_url: str, **options: Any) -> Any:
    """Build, call once, close; the call's result (or its exception)."""
    return _session(platform, mode, transport, base_url, lambda client: _probe(platform, client), **options)


def call_twice(
    platform: str, mode: str, transport: str, base_url: str, between: Callable[[], None] | None = None, **options: Any
) -> list[Any]:
    """The probe twice in a row on one client (`between()` runs in between, off the event loop); both results."""
    pause = between or (lambda: None)
    if mode == "sync":

        def twice_sync(client: Any) -> list[Any]:
            first = _probe(platform, client)
            pause()
            return [first, _probe(platform, client)]

        return list(_session(platform, mode, transport, base_url, twice_sync, **options))

    async def twice(client: Any) -> list[Any]:
        first = await _probe(platform, client)
        await asyncio.to_thread(pause)
        return [first, await _probe(platform, client)]

    return list(_session(platform, mode, transport, base_url, twice, **options))


def _open_stream(platform: str, how: str, client: Any) -> Any:
    if platform == "nat":
        return client.stream("hello")
    if how == "stream":
        return client.runs.stream(RUN_ID)
    return client.runs.create_and_stream(agent_id=AGENT_ID, input="hello")


def stream(platform: str, how: str, mode: str, transport: str, base_url: str, **options: Any) -> int:
    """Open a platform's event stream (`how`, from `STREAMS`), read it to its end; how many events came."""
    if mode == "sync":

        def read(client: Any) -> int:
            with _open_stream(platform, how, client) as events:
                return sum(1 for _ in events)

        return int(_session(platform, mode, transport, base_url, read, **options))

    async def read_async(client: Any) -> int:
        async with _open_stream(platform, how, client) as events:
            return sum([1 async for _ in events])

    return int(_session(platform, mode, transport, base_url, read_async, **options))


def caller_client(mode: str, **kwargs: Any) -> httpx2.Client | httpx2.AsyncClient:
    """A caller's own httpx2 client (e.g. with follow_redirects=True)."""
    return httpx2.Client(**kwargs) if mode == "sync" else httpx2.AsyncClient(**kwargs)
