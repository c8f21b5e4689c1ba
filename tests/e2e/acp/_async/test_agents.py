"""`client.agents`: search (paged), get, descriptor; errors and raw responses."""

from __future__ import annotations

import uuid

import pytest
from agentplug.acp import Agent, AgentACPDescriptor, AsyncACP
from agentplug.errors import ConfigurationError, NotFoundError

from ..scenario import AGENT

pytestmark = pytest.mark.anyio


async def test_search_pages_through_every_agent(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        # max_items bounds the loop should a server ignore limit/offset (the reference server does).
        found = [agent async for agent in client.agents.search(version="1.0.0", page_size=1, max_items=10)]
        named = [agent async for agent in client.agents.search(name=found[0].metadata.ref.name)]
    assert [str(agent.agent_id) for agent in found] == [AGENT]
    assert isinstance(named[0], Agent) and str(named[0].agent_id) == AGENT


async def test_find_answers_the_agent_by_name(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        agent = await client.agents.find("agentplug.sandbox.echo")
        versioned = await client.agents.find("agentplug.sandbox.echo", version=agent.metadata.ref.version)
    assert str(agent.agent_id) == AGENT == str(versioned.agent_id)


async def test_find_names_the_agents_there_are_when_none_matches(acp_url: str, acp_profile: str) -> None:
    named = r"no agent named 'org\.example\.x'"
    if acp_profile == "spec":  # the reference server cannot list its agents (a search needs a name or version)
        named += r".*'agentplug\.sandbox\.echo'"
    async with AsyncACP(base_url=acp_url) as client:
        with pytest.raises(NotFoundError, match=named) as caught:
            await client.agents.find("org.example.x")
    assert caught.value.status_code == 404


async def test_search_stops_at_max_items(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        pager = client.agents.search(version="1.0.0", max_items=0)
        assert [agent async for agent in pager] == []


async def test_get_and_descriptor(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        agent = await client.agents.get(AGENT)
        descriptor = await client.agents.descriptor(uuid.UUID(AGENT))
    assert str(agent.agent_id) == AGENT
    assert isinstance(descriptor, AgentACPDescriptor)
    assert descriptor.specs.capabilities.interrupts is True
    assert descriptor.metadata.ref.name == agent.metadata.ref.name


async def test_unknown_agent_is_not_found(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.agents.get(uuid.uuid4())
    assert caught.value.status_code == 404


async def test_an_id_that_is_not_a_uuid_never_reaches_the_server(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        with pytest.raises(ConfigurationError, match="agent_id must be a UUID"):
            await client.agents.get("../threads")


async def test_raw_response_carries_status_headers_and_bytes(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        raw = await client.agents.with_raw_response.get(AGENT)
        by_name = await client.with_raw_response.agents.descriptor(AGENT)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert AGENT.encode() in raw.content
    assert str(raw.parse().agent_id) == AGENT
    assert by_name.parse().specs.capabilities.threads is True
