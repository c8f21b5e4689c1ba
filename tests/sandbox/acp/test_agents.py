"""Agents: search with filters and pagination, get, descriptor."""

from __future__ import annotations

import uuid

from agentplug.sandbox import acp

from .spec import AcpCaller


def test_search_lists_the_echo_agent(api: AcpCaller) -> None:
    agents = api.call("search_agents", json={})
    assert [agent["agent_id"] for agent in agents] == [acp.ECHO_AGENT_ID]
    assert agents[0]["metadata"]["ref"]["name"] == "agentplug.sandbox.echo"


def test_search_filters_and_paginates(api: AcpCaller) -> None:
    assert len(api.call("search_agents", json={"name": "agentplug.sandbox.echo", "version": "1.0.0"})) == 1
    assert api.call("search_agents", json={"name": "nobody"}) == []
    assert api.call("search_agents", json={"version": "9.9.9"}) == []
    assert api.call("search_agents", json={"offset": 1}) == []
    assert len(api.call("search_agents", json={"limit": 1, "offset": 0})) == 1


def test_search_rejects_invalid_bodies(api: AcpCaller) -> None:
    body = api.call("search_agents", json={"limit": 0}, expect=422)
    assert body["detail"][0]["loc"] == ["body", "limit"]
    assert api.call("search_agents", json={"name": 5}, expect=422)["detail"][0]["type"] == "string_type"
    api.call("search_agents", json=[1], expect=422)
    api.call("search_agents", content=b"{not json", expect=422)
    api.call("search_agents", content=b"", expect=422)


def test_get_agent_and_descriptor(api: AcpCaller) -> None:
    agent = api.call("get_agent_by_id", path={"agent_id": acp.ECHO_AGENT_ID})
    assert agent["agent_id"] == acp.ECHO_AGENT_ID
    descriptor = api.call("get_acp_descriptor_by_id", path={"agent_id": acp.ECHO_AGENT_ID})
    specs = descriptor["specs"]
    assert specs["capabilities"] == {
        "threads": True,
        "interrupts": True,
        "callbacks": True,
        "streaming": {"values": True, "custom": True},
    }
    assert [item["interrupt_type"] for item in specs["interrupts"]] == ["echo_interrupt"]
    for key in ("input", "output", "config", "thread_state", "custom_streaming_update"):
        assert isinstance(specs[key], dict)


def test_unknown_agent_is_404(api: AcpCaller) -> None:
    unknown = str(uuid.uuid4())
    assert "not found" in api.call("get_agent_by_id", path={"agent_id": unknown}, expect=404)["detail"]
    api.call("get_acp_descriptor_by_id", path={"agent_id": unknown}, expect=404)
    api.call("get_agent_by_id", path={"agent_id": "not-a-uuid"}, expect=404)
