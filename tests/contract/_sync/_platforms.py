# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The four clients and one authenticated call per platform, for the contract tests."""

from __future__ import annotations

import contextlib
from typing import Any

import httpx2
from agentplug.acp import ACP
from agentplug.errors import APIStatusError
from agentplug.moderately import ModeratelyAI
from agentplug.nat import NAT
from agentplug.prefactor import Prefactor
from agentplug.sandbox.acp.agent import ECHO_AGENT_ID

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


def one_call(platform: str, client: Any) -> tuple[Any, str, tuple[Any, ...], dict[str, Any]]:
    """(object, method name, args, kwargs) of one plain GET answering JSON, per platform."""
    if platform == "acp":
        return client.agents, "get", (ECHO_AGENT_ID,), {}
    if platform == "nat":
        return client, "health", (), {}
    if platform == "prefactor":
        return client, "ping", (), {}
    return client, "health", (), {}


def paged_call(platform: str, client: Any) -> tuple[Any, str, tuple[Any, ...], dict[str, Any]] | None:
    """(object, method name, args, kwargs) of one listing answering a pager (NAT has none)."""
    if platform == "acp":
        return client.agents, "search", (), {"name": "agentplug.sandbox.echo"}
    if platform == "prefactor":
        return client.agents, "list", (), {}
    if platform == "moderately":
        return client.teams, "list", (), {}
    return None


def streamed_call(platform: str, client: Any) -> tuple[Any, str, tuple[Any, ...], dict[str, Any]] | None:
    """(object, method name, args, kwargs) of one call answering an event stream (ACP and NAT)."""
    if platform == "acp":
        arguments = {"agent_id": ECHO_AGENT_ID, "input": {"messages": []}}
        return client.runs, "create_and_stream", (), {**arguments, "config": {"configurable": {}}}
    if platform == "nat":
        return client, "stream", ("x",), {"endpoint": "/plain"}
    return None


def json_call(platform: str, client: Any, **options: Any) -> None:
    """One call whose request has a JSON object body (the sandbox may refuse an extra field)."""
    with contextlib.suppress(APIStatusError):
        if platform == "acp":
            client.agents.find(name="agentplug.sandbox.echo", **options)
        elif platform == "nat":
            client.run("x", endpoint="/plain", **options)
        elif platform == "prefactor":
            client.agents.create("contract-extra-body", **options)
        else:
            client.teams.create(name="contract-extra-body", **options)
