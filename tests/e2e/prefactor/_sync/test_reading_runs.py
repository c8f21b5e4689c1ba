# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Reading runs back and controlling them (list instances and spans, quality_payload, terminate), a live
span feed, deployment-scoped tokens, and spans recorded before the instance's start arrives."""

from __future__ import annotations

import uuid

import httpx2
import pytest
from agentplug.errors import AuthenticationError, ConfigurationError, ConflictError, NotFoundError
from agentplug.prefactor import AgentInstance, AgentSpan, InstanceTerminatedError, Prefactor, SchemaVersionBuilder

from ..conftest import TOKEN

pytestmark = pytest.mark.anyio

SCHEMA = SchemaVersionBuilder("e2e-reading").span_type("step").span_type("llm")


def _client(url: str, token: str = TOKEN) -> Prefactor:
    return Prefactor(api_url=url, api_token=token, max_retries=0)


def _instance(client: Prefactor, agent_id: str, *, start: bool = True) -> AgentInstance:
    instance = client.agent_instances.register(agent_id=agent_id, agent_schema_version=SCHEMA)
    return client.agent_instances.start(instance.id) if start else instance


def test_a_span_may_come_before_the_instance_start(prefactor_url: str) -> None:
    # The vendor's quick start: the instance start is queued, the first span is posted at once.
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"quick-{uuid.uuid4().hex[:6]}")
        instance = _instance(client, agent.id, start=False)
        span = client.agent_spans.create(instance.id, "step", payload={"n": 1})
        assert str(span.status) == "active"
        assert str((client.agent_instances.start(instance.id)).status) == "active"
        client.agent_spans.finish(span.id, status="complete")
        done = client.agent_instances.finish(instance.id)
        assert str(done.status) == "complete" and done.span_counts.complete == 1  # type: ignore[union-attr]


def test_instances_of_an_agent_are_listed_page_by_page(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"listed-{uuid.uuid4().hex[:6]}")
        ids = [(_instance(client, agent.id)).id for _ in range(3)]
        listed = [instance for instance in client.agent_instances.list(agent.id, page_size=2)]
        assert [instance.id for instance in listed] == ids
        assert all(isinstance(instance, AgentInstance) and instance.agent_id == agent.id for instance in listed)
        first = client.agent_instances.list(agent.id, page_size=2).first_page()
        assert first.total == 3 and first.has_more is True
        with pytest.raises(NotFoundError):
            client.agent_instances.list("no-such-agent").first_page()
        with pytest.raises(ConfigurationError, match="page_size"):
            client.agent_instances.list(agent.id, page_size=101)


def test_quality_payload_is_set_and_cleared(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"graded-{uuid.uuid4().hex[:6]}")
        instance = _instance(client, agent.id)
        graded = client.agent_instances.update(instance.id, quality_payload={"score": 0.75, "verdict": "ok"})
        assert graded.quality_payload.to_dict() == {"score": 0.75, "verdict": "ok"}  # type: ignore[union-attr]
        fetched = client.agent_instances.get(instance.id)
        assert fetched.quality_payload.to_dict() == {"score": 0.75, "verdict": "ok"}  # type: ignore[union-attr]
        cleared = client.agent_instances.update(instance.id, quality_payload=None)
        assert cleared.quality_payload is None


def test_terminate_stops_the_run_with_its_reason(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"stopped-{uuid.uuid4().hex[:6]}")
        instance = _instance(client, agent.id)
        with pytest.raises(ConfigurationError, match="reason"):
            client.agent_instances.terminate(instance.id, reason="  ")
        stopped = client.agent_instances.terminate(instance.id, reason="runaway loop")
        assert str(stopped.status) == "terminated" and stopped.termination_reason == "runaway loop"
        with pytest.raises(InstanceTerminatedError) as caught:
            client.agent_spans.create(instance.id, "step")
        assert caught.value.reason == "runaway loop"
        with pytest.raises(ConflictError):
            client.agent_instances.terminate(instance.id, reason="again")


def test_spans_are_listed_in_recording_order(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"spans-{uuid.uuid4().hex[:6]}")
        instance = _instance(client, agent.id)
        ids = [(client.agent_spans.create(instance.id, "step", payload={"n": n})).id for n in range(5)]
        listed = [span for span in client.agent_spans.list(agent_instance_id=instance.id, page_size=2)]
        assert [span.id for span in listed] == ids and all(isinstance(span, AgentSpan) for span in listed)


def test_a_feed_yields_only_the_new_spans_on_each_poll(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"feed-{uuid.uuid4().hex[:6]}")
        instance = _instance(client, agent.id)
        first = [(client.agent_spans.create(instance.id, "step", payload={"n": n})).id for n in range(3)]
        feed = client.agent_spans.feed(instance.id, page_size=2)
        assert [span.id for span in feed.poll()] == first
        assert feed.poll() == []
        later = [(client.agent_spans.create(instance.id, "llm")).id for _ in range(3)]
        assert [span.id for span in feed.poll()] == later and feed.offset == 6


def test_follow_streams_spans_as_they_are_recorded_until_the_run_ends(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"follow-{uuid.uuid4().hex[:6]}")
        instance = _instance(client, agent.id)
        seen: list[str] = []
        recorded = [(client.agent_spans.create(instance.id, "step", payload={"n": 0})).id]
        for span in client.agent_spans.follow(instance.id, interval=0.01, page_size=2):
            seen.append(span.id)
            # The run goes on while it is watched: each span seen, the agent records another, then ends.
            if len(recorded) < 5:
                recorded.append((client.agent_spans.create(instance.id, "step", payload={"n": 1})).id)
            elif len(recorded) == 5:
                recorded.append((client.agent_spans.create(instance.id, "llm", status="complete")).id)
                client.agent_instances.finish(instance.id)
        assert seen == recorded  # each span once, in order, the last one recorded just before the end


def test_a_run_shows_its_spans_live(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"live-{uuid.uuid4().hex[:6]}")
        with client.instance(agent.id, schema=SCHEMA) as run:
            feed = run.spans()
            with run.span("step", {"n": 1}):
                pass
            assert client.flush(10)
            assert [span.schema_name for span in feed.poll()] == ["step"]
            with run.span("llm"):
                pass
            assert client.flush(10)
            assert [span.schema_name for span in feed.poll()] == ["llm"]


def test_a_deployment_token_registers_without_naming_the_agent(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent = client.agents.create(f"deployed-{uuid.uuid4().hex[:6]}")
    minted = httpx2.post(f"{prefactor_url}/_sandbox/deployment_tokens", json={"agent_id": agent.id})
    with _client(prefactor_url, minted.json()["token"]) as deployed:
        instance = deployed.agent_instances.register(agent_schema_version=SCHEMA)
        assert instance.agent_id == agent.id
        with deployed.instance(schema=SCHEMA) as run, run.span("step"):  # no agent_id: the token says which
            pass
        assert run.instance is not None and run.instance.agent_id == agent.id
        assert deployed.flush(10) and deployed.telemetry_stats().rejected == 0
        # Reading runs back takes an account-scoped token.
        with pytest.raises(AuthenticationError):
            deployed.agent_instances.list(agent.id).first_page()
        with pytest.raises(AuthenticationError):
            deployed.agent_spans.feed(run.id).poll()
    with _client(prefactor_url) as client:
        assert str((client.agent_instances.get(run.id)).status) == "complete"
        assert [span.schema_name for span in client.agent_spans.list(agent_instance_id=run.id)] == ["step"]
