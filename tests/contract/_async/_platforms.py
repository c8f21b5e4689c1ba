"""The four clients and one authenticated call per platform, for the contract tests."""

from __future__ import annotations

from typing import Any

import httpx2
from agentplug.acp import AsyncACP
from agentplug.moderately import AsyncModeratelyAI
from agentplug.nat import AsyncNAT
from agentplug.prefactor import AsyncPrefactor

CLIENTS: dict[str, Any] = {
    "acp": AsyncACP,
    "nat": AsyncNAT,
    "prefactor": AsyncPrefactor,
    "moderately": AsyncModeratelyAI,
}


async def probe(platform: str, client: Any) -> None:
    """One call that reaches the sandbox (and is refused without the right credential)."""
    if platform == "acp":
        await client.call("search_agents", body={"name": "agentplug.sandbox.echo"})
    elif platform == "nat":
        await client.call("health")
    elif platform == "prefactor":
        await client.ping()
    else:
        await client.call("list_teams")


class AsyncRecorder(httpx2.AsyncBaseTransport):
    """A real loopback transport that records what goes through it; the next `fail_next` requests get a 503."""

    def __init__(self, fail_next: int = 0) -> None:
        self._inner = httpx2.AsyncHTTPTransport()
        self.requests: list[httpx2.Request] = []
        self.closed = False
        self.fail_next = fail_next

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if self.fail_next > 0:
            self.fail_next -= 1
            return httpx2.Response(503, json={"detail": "try again"}, request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed = True
        await self._inner.aclose()
