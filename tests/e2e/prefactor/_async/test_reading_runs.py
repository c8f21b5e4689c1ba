"""Reading runs back and controlling them (list instances and spans, quality_payload, terminate), a live
span feed, deployment-scoped tokens, and spans recorded before the instance's start arrives."""

from __future__ import annotations

import uuid

import httpx2
import pytest
from agentplug.errors import AuthenticationError, ConfigurationError, ConflictError, NotFoundError
from agentplug.prefactor import AgentInstance, AgentSpan, AsyncPrefactor, InstanceTerminatedError, SchemaVersionBuilder

from ..conftest import TOKEN

pytestmark = pytest.mark.anyio

SCHEMA = SchemaVersionBuilder("e2e-reading").span_type("step").span_type("llm")


def _client(url: str, token: str = TOKEN) -> AsyncPrefactor:
    return AsyncPrefactor(api_url=url, api_token=token, max_retries=0)


async def _instance(client: AsyncPrefactor, agent_id: str, *, start: bool = True) -> AgentInstance:
    instance = await client.agent_instances.register(agent_id=agent_id, agent_schema_version=SCHEMA)
    return await client.agent_instances.start(instance.id) if start else instance


async def test_a_span_may_come_before_the_instance_start(prefactor_url: str) -> None:
    # The vendor's quick start: the instance start is queued, the first span is posted at once.
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"quick-{uuid.uuid4().hex[:6]}")
        instance = await _instance(client, agent.id, start=False)
        span = await client.agent_spans.create(instance.id, "step", payload={"n": 1})
        assert str(span.status) == "active"
        assert str((await client.agent_instances.start(instance.id)).status) == "active"
        await client.agent_spans.finish(span.id, status="complete")
        done = await client.agent_instances.finish(instance.id)
        assert str(done.status) == "complete" and done.span_counts.complete == 1  # type: ignore[union-attr]


async def test_instances_of_an_agent_are_listed_page_by_page(prefactor_url: str) -> None:
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"listed-{uuid.uuid4().hex[:6]}")
        ids = [(await _instance(client, agent.id)).id for _ in range(3)]
        listed = [instance async for instance in client.agent_instances.list(agent.id, page_size=2)]
        assert [instance.id for instance in listed] == ids
        assert all(isinstance(instance, AgentInstance) and instance.agent_id == agent.id for instance in listed)
        first = await client.agent_instances.list(agent.id, page_size=2).first_page()
        assert first.total == 3 and first.has_more is True
        with pytest.raises(NotFoundError):
            await client.agent_instances.list("no-such-agent").first_page()
        with pytest.raises(ConfigurationError, match="page_size"):
            client.agent_instances.list(agent.id, page_size=101)


async def test_quality_payload_is_set_and_cleared(prefactor_url: str) -> None:
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"graded-{uuid.uuid4().hex[:6]}")
        instance = await _instance(client, agent.id)
        graded = await client.agent_instances.update(instance.id, quality_payload={"score": 0.75, "verdict": "ok"})
        assert graded.quality_payload.to_dict() == {"score": 0.75, "verdict": "ok"}  # type: ignore[union-attr]
        fetched = await client.agent_instances.get(instance.id)
        assert fetched.quality_payload.to_dict() == {"score": 0.75, "verdict": "ok"}  # type: ignore[union-attr]
        cleared = await client.agent_instances.update(instance.id, quality_payload=None)
        assert cleared.quality_payload is None


async def test_terminate_stops_the_run_with_its_reason(prefactor_url: str) -> None:
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"stopped-{uuid.uuid4().hex[:6]}")
        instance = await _instance(client, agent.id)
        with pytest.raises(ConfigurationError, match="reason"):
            await client.agent_instances.terminate(instance.id, reason="  ")
        stopped = await client.agent_instances.terminate(instance.id, reason="runaway loop")
        assert str(stopped.status) == "terminated" and stopped.termination_reason == "runaway loop"
        with pytest.raises(InstanceTerminatedError) as caught:
            await client.agent_spans.create(instance.id, "step")
        assert caught.value.reason == "runaway loop"
        with pytest.raises(ConflictError):
            await client.agent_instances.terminate(instance.id, reason="again")


async def test_spans_are_listed_in_recording_order(prefactor_url: str) -> None:
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"spans-{uuid.uuid4().hex[:6]}")
        instance = await _instance(client, agent.id)
        ids = [(await client.agent_spans.create(instance.id, "step", payload={"n": n})).id for n in range(5)]
        listed = [span async for span in client.agent_spans.list(agent_instance_id=instance.id, page_size=2)]
        assert [span.id for span in listed] == ids and all(isinstance(span, AgentSpan) for span in listed)


async def test_a_feed_yields_only_the_new_spans_on_each_poll(prefactor_url: str) -> None:
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"feed-{uuid.uuid4().hex[:6]}")
        instance = await _instance(client, agent.id)
        first = [(await client.agent_spans.create(instance.id, "step", payload={"n": n})).id for n in range(3)]
        feed = client.agent_spans.feed(instance.id, page_size=2)
        assert [span.id for span in await feed.poll()] == first
        assert await feed.poll() == []
        later = [(await client.agent_spans.create(instance.id, "llm")).id for _ in range(3)]
        assert [span.id for span in await feed.poll()] == later and feed.offset == 6


async def test_follow_streams_spans_as_they_are_recorded_until_the_run_ends(prefactor_url: str) -> None:
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"follow-{uuid.uuid4().hex[:6]}")
        instance = await _instance(client, agent.id)
        seen: list[str] = []
        recorded = [(await client.agent_spans.create(instance.id, "step", payload={"n": 0})).id]
        async for span in client.agent_spans.follow(instance.id, interval=0.01, page_size=2):
            seen.append(span.id)
            # The run goes on while it is watched: each span seen, the agent records another, then ends.
            if len(recorded) < 5:
                recorded.append((await client.agent_spans.create(instance.id, "step", payload={"n": 1})).id)
            elif len(recorded) == 5:
                recorded.append((await client.agent_spans.create(instance.id, "llm", status="complete")).id)
                await client.agent_instances.finish(instance.id)
        assert seen == recorded  # each span once, in order, the last one recorded just before the end


async def test_a_run_shows_its_spans_live(prefactor_url: str) -> None:
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"live-{uuid.uuid4().hex[:6]}")
        async with client.instance(agent.id, schema=SCHEMA) as run:
            feed = run.spans()
            with run.span("step", {"n": 1}):
                pass
            assert await client.flush(10)
            assert [span.schema_name for span in await feed.poll()] == ["step"]
            with run.span("llm"):
                pass
            assert await client.flush(10)
            assert [span.schema_name for span in await feed.poll()] == ["llm"]


async def test_a_deployment_token_registers_without_naming_the_agent(prefactor_url: str) -> None:
    async with _client(prefactor_url) as client:
        agent = await client.agents.create(f"deployed-{uuid.uuid4().hex[:6]}")
    minted = httpx2.post(f"{prefactor_url}/_sandbox/deployment_tokens", json={"agent_id": agent.id})
    async with _client(prefactor_url, minted.json()["token"]) as deployed:
        instance = await deployed.agent_instances.register(agent_schema_version=SCHEMA)
        assert instance.agent_id == agent.id
        async with deployed.instance(schema=SCHEMA) as run, run.span("step"):  # no agent_id: the token says which
            pass
        assert run.instance is not None and run.instance.agent_id == agent.id
        assert await deployed.flush(10) and deployed.telemetry_stats().rejected == 0
        # Reading runs back takes an account-scoped token.
        with pytest.raises(AuthenticationError):
            await deployed.agent_instances.list(agent.id).first_page()
        with pytest.raises(AuthenticationError):
            await deployed.agent_spans.feed(run.id).poll()
    async with _client(prefactor_url) as client:
        assert str((await client.agent_instances.get(run.id)).status) == "complete"
        assert [span.schema_name async for span in client.agent_spans.list(agent_instance_id=run.id)] == ["step"]
