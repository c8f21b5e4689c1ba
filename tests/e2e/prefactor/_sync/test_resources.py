# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
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
    BulkResponse,
    InstanceTerminatedError,
    Prefactor,
    SchemaVersionBuilder,
    data_risk,
)

from ..conftest import TOKEN

pytestmark = pytest.mark.anyio


def _name() -> str:
    return f"agent-{uuid.uuid4().hex[:8]}"


def test_agents_lifecycle(prefactor_url: str) -> None:
    with Prefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        external = _name()
        agent = client.agents.create(_name(), external_identifier=external, description="d", team_id="t")
        assert isinstance(agent, Agent) and agent.available_actions.retire is True  # type: ignore[union-attr]
        assert (client.agents.get(agent.id)).name == agent.name
        shown = client.agents.show(external_identifier=external, include_counts=True)
        assert shown.id == agent.id and shown.instance_counts.total == 0  # type: ignore[union-attr]
        cleared = client.agents.update(agent.id, description=None, name="renamed")
        assert cleared.description is None and cleared.name == "renamed" and cleared.team_id == "t"
        assert str((client.agents.retire(agent.id)).status) == "retired"
        with pytest.raises(ConflictError):
            client.agents.retire(agent.id)
        assert str((client.agents.reinstate(agent.id)).status) == "active"
        assert (client.agents.delete(agent.id)).id == agent.id
        with pytest.raises(NotFoundError):
            client.agents.get(agent.id)


def test_list_walks_every_page(prefactor_url: str) -> None:
    team = uuid.uuid4().hex
    with Prefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        for index in range(5):
            client.agents.create(f"paged-{index}", team_id=team)
        names = [summary.name for summary in client.agents.list(team_id=team, page_size=2)]
        first = client.agents.list(team_id=team, page_size=2).first_page()
        newest_first = [s.name for s in client.agents.list(team_id=team, sorting="-name", max_items=2)]
    assert names == [f"paged-{index}" for index in range(5)]
    assert first.total == 5 and len(first) == 2
    assert newest_first == ["paged-4", "paged-3"]


def test_show_needs_exactly_one_selector(prefactor_url: str) -> None:
    client = Prefactor(api_url=prefactor_url, api_token=TOKEN)
    try:
        with pytest.raises(ConfigurationError, match="exactly one"):
            client.agents.show()
    finally:
        client.close()


def test_instances_and_spans_directly(prefactor_url: str) -> None:
    schema = (
        SchemaVersionBuilder("e2e-direct")
        .span_type("llm", template="{{model}}: {{answer}}", data_risk=data_risk(disallow=["destroy_data"]))
        .quality("accuracy", template="{{score}}")
    )
    with Prefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent = client.agents.create(_name())
        instance = client.agent_instances.register(
            agent_id=agent.id, agent_version="1.0", agent_schema_version=schema, purpose="eval"
        )
        assert isinstance(instance, AgentInstance) and str(instance.status) == "pending"
        started = client.agent_instances.start(instance.id, timestamp=datetime(2025, 1, 2, tzinfo=UTC))
        assert str(started.status) == "active"
        span = client.agent_spans.create(instance.id, "llm", payload={"model": "m1"})
        assert isinstance(span, AgentSpan) and str(span.status) == "active"
        done = client.agent_spans.finish(span.id, status="complete", result_payload={"answer": "42"})
        assert done.summary == "m1: 42"
        quality = client.agent_instances.record_quality(instance.id, "accuracy", {"score": 0.9})
        assert quality.quality_summaries.to_dict() == {"accuracy": "0.9"}  # type: ignore[union-attr]
        finished = client.agent_instances.finish(instance.id, status="complete")
        assert str(finished.status) == "complete"
        counts = (client.agent_instances.get(instance.id)).span_counts
        assert counts.complete == 1 and counts.finished == 1  # type: ignore[union-attr]


def test_control_signal_raises_with_the_recorded_span(prefactor_url: str) -> None:
    with Prefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent = client.agents.create(_name())
        instance = client.agent_instances.register(agent_id=agent.id)
        client.agent_instances.start(instance.id)
        client.agent_instances.terminate(instance.id, reason="over budget")
        with pytest.raises(InstanceTerminatedError) as caught:
            client.agent_spans.create(instance.id, "anything")
    assert caught.value.reason == "over budget" and caught.value.span.agent_instance_id == instance.id


def test_bulk_execute_is_typed_and_validated(prefactor_url: str) -> None:
    with Prefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent = client.agents.create(_name())
        answer = client.bulk.execute(
            [{"_type": "agents/get", "agent_id": agent.id}, {"_type": "agents/get", "agent_id": "missing"}]
        )
        assert isinstance(answer, BulkResponse)
        statuses = [str(output.status) for output in answer.outputs.additional_properties.values()]
        assert statuses == ["success", "error"]
        with pytest.raises(ConfigurationError, match="used twice"):
            client.bulk.execute([{"_type": "agents/list", "idempotency_key": "k" * 8}] * 2)


def test_wrong_token_is_an_authentication_error(prefactor_url: str) -> None:
    with Prefactor(api_url=prefactor_url, api_token="wrong") as client, pytest.raises(AuthenticationError):
        client.ping()


def test_settings_come_from_the_environment(prefactor_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFACTOR_API_URL", prefactor_url + "/")
    monkeypatch.setenv("PREFACTOR_API_TOKEN", TOKEN)
    with Prefactor() as client:
        assert (client.ping())["status"] == "success"
    monkeypatch.delenv("PREFACTOR_API_TOKEN")
    with pytest.raises(ConfigurationError, match="PREFACTOR_API_TOKEN"):
        Prefactor()
