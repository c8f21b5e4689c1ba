"""The direct API: agents, instances, spans and bulk, typed results and typed errors."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from agentplug.errors import AuthenticationError, ConfigurationError, ConflictError, NotFoundError
from agentplug.prefactor import (
    Agent,
    AgentInstance,
    AgentSpan,
    AsyncPrefactor,
    BulkResponse,
    InstanceTerminatedError,
    SchemaVersionBuilder,
    data_risk,
)

from ..conftest import TOKEN

pytestmark = pytest.mark.anyio


def _name() -> str:
    return f"agent-{uuid.uuid4().hex[:8]}"


async def test_agents_lifecycle(prefactor_url: str) -> None:
    async with AsyncPrefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        external = _name()
        agent = await client.agents.create(_name(), external_identifier=external, description="d", team_id="t")
        assert isinstance(agent, Agent) and agent.available_actions.retire is True  # type: ignore[union-attr]
        assert (await client.agents.get(agent.id)).name == agent.name
        shown = await client.agents.show(external_identifier=external, include_counts=True)
        assert shown.id == agent.id and shown.instance_counts.total == 0  # type: ignore[union-attr]
        cleared = await client.agents.update(agent.id, description=None, name="renamed")
        assert cleared.description is None and cleared.name == "renamed" and cleared.team_id == "t"
        assert str((await client.agents.retire(agent.id)).status) == "retired"
        with pytest.raises(ConflictError):
            await client.agents.retire(agent.id)
        assert str((await client.agents.reinstate(agent.id)).status) == "active"
        assert (await client.agents.delete(agent.id)).id == agent.id
        with pytest.raises(NotFoundError):
            await client.agents.get(agent.id)


async def test_list_walks_every_page(prefactor_url: str) -> None:
    team = uuid.uuid4().hex
    async with AsyncPrefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        for index in range(5):
            await client.agents.create(f"paged-{index}", team_id=team)
        names = [summary.name async for summary in client.agents.list(team_id=team, page_size=2)]
        first = await client.agents.list(team_id=team, page_size=2).first_page()
        newest_first = [s.name async for s in client.agents.list(team_id=team, sorting="-name", max_items=2)]
    assert names == [f"paged-{index}" for index in range(5)]
    assert first.total == 5 and len(first) == 2
    assert newest_first == ["paged-4", "paged-3"]


async def test_show_needs_exactly_one_selector(prefactor_url: str) -> None:
    client = AsyncPrefactor(api_url=prefactor_url, api_token=TOKEN)
    try:
        with pytest.raises(ConfigurationError, match="exactly one"):
            await client.agents.show()
    finally:
        await client.aclose()


async def test_instances_and_spans_directly(prefactor_url: str) -> None:
    schema = (
        SchemaVersionBuilder("e2e-direct")
        .span_type("llm", template="{{model}}: {{answer}}", data_risk=data_risk(disallow=["destroy_data"]))
        .quality("accuracy", template="{{score}}")
    )
    async with AsyncPrefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent = await client.agents.create(_name())
        instance = await client.agent_instances.register(
            agent_id=agent.id, agent_version="1.0", agent_schema_version=schema, purpose="eval"
        )
        assert isinstance(instance, AgentInstance) and str(instance.status) == "pending"
        started = await client.agent_instances.start(instance.id, timestamp=datetime(2025, 1, 2, tzinfo=UTC))
        assert str(started.status) == "active"
        span = await client.agent_spans.create(instance.id, "llm", payload={"model": "m1"})
        assert isinstance(span, AgentSpan) and str(span.status) == "active"
        done = await client.agent_spans.finish(span.id, status="complete", result_payload={"answer": "42"})
        assert done.summary == "m1: 42"
        quality = await client.agent_instances.record_quality(instance.id, "accuracy", {"score": 0.9})
        assert quality.quality_summaries.to_dict() == {"accuracy": "0.9"}  # type: ignore[union-attr]
        finished = await client.agent_instances.finish(instance.id, status="complete")
        assert str(finished.status) == "complete"
        counts = (await client.agent_instances.get(instance.id)).span_counts
        assert counts.complete == 1 and counts.finished == 1  # type: ignore[union-attr]


async def test_control_signal_raises_with_the_recorded_span(prefactor_url: str) -> None:
    async with AsyncPrefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent = await client.agents.create(_name())
        instance = await client.agent_instances.register(agent_id=agent.id)
        await client.agent_instances.start(instance.id)
        await client.agent_instances.terminate(instance.id, reason="over budget")
        with pytest.raises(InstanceTerminatedError) as caught:
            await client.agent_spans.create(instance.id, "anything")
    assert caught.value.reason == "over budget" and caught.value.span.agent_instance_id == instance.id


async def test_bulk_execute_is_typed_and_validated(prefactor_url: str) -> None:
    async with AsyncPrefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent = await client.agents.create(_name())
        answer = await client.bulk.execute(
            [{"_type": "agents/get", "agent_id": agent.id}, {"_type": "agents/get", "agent_id": "missing"}]
        )
        assert isinstance(answer, BulkResponse)
        statuses = [str(output.status) for output in answer.outputs.additional_properties.values()]
        assert statuses == ["success", "error"]
        with pytest.raises(ConfigurationError, match="used twice"):
            await client.bulk.execute([{"_type": "agents/list", "idempotency_key": "k" * 8}] * 2)


async def test_wrong_token_is_an_authentication_error(prefactor_url: str) -> None:
    async with AsyncPrefactor(api_url=prefactor_url, api_token="wrong") as client:
        with pytest.raises(AuthenticationError):
            await client.ping()


async def test_settings_come_from_the_environment(prefactor_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFACTOR_API_URL", prefactor_url + "/")
    monkeypatch.setenv("PREFACTOR_API_TOKEN", TOKEN)
    async with AsyncPrefactor() as client:
        assert (await client.ping())["status"] == "success"
    monkeypatch.delenv("PREFACTOR_API_TOKEN")
    with pytest.raises(ConfigurationError, match="PREFACTOR_API_TOKEN"):
        AsyncPrefactor()
