# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The four clients and one authenticated call per platform, for the contract tests."""

from __future__ import annotations

from typing import Any

import httpx2
from agentplug.acp import ACP
from agentplug.moderately import ModeratelyAI
from agentplug.nat import NAT
from agentplug.prefactor import Prefactor

CLIENTS: dict[str, Any] = {
    "acp": ACP,
    "nat": NAT,
    "prefactor": Prefactor,
    "moderately": ModeratelyAI,
}


def probe(platform: str, client: Any) -> None:
    """One call that reaches the sandbox (and is refused without the right credential)."""
    if platform == "acp":
        client.call("search_agents", body={"name": "agentplug.sandbox.echo"})
    elif platform == "nat":
        client.call("health")
    elif platform == "prefactor":
        client.ping()
    else:
        client.call("list_teams")


class Recorder(httpx2.BaseTransport):
    """A real loopback transport that records what goes through it; the next `fail_next` requests get a 503."""

    def __init__(self, fail_next: int = 0) -> None:
        self._inner = httpx2.HTTPTransport()
        self.requests: list[httpx2.Request] = []
        self.closed = False
        self.fail_next = fail_next

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        if self.fail_next > 0:
            self.fail_next -= 1
            return httpx2.Response(503, json={"detail": "try again"}, request=request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self.closed = True
        self._inner.close()
