# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Agents end to end: agents, configuration versions, executions moving through their statuses."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import ConflictError, NotFoundError, OperationFailedError, WaitTimeoutError
from agentplug.moderately import AgentExecutionModel, ModeratelyAI, UnsupportedOperationError

pytestmark = pytest.mark.anyio


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def test_agent_crud(client: ModeratelyAI, team_id: str) -> None:
    name = unique("support")
    agent = client.agents.create(name=name, description="Handles inquiries")
    assert agent.team_id == team_id and agent.name == name
    with pytest.raises(ConflictError):
        client.agents.create(name=name)
    fetched = client.agents.retrieve(agent.agent_id)
    assert fetched.total_runs == 0
    updated = client.agents.update(agent.agent_id, description="Renamed")
    assert updated.description == "Renamed"
    listed = [a.agent_id for a in client.agents.list(name_like=name)]
    assert listed == [agent.agent_id]
    by_id = [a.agent_id for a in client.agents.list(agent_ids=[agent.agent_id])]
    assert by_id == [agent.agent_id]
    client.agents.delete(agent.agent_id)
    with pytest.raises(NotFoundError):
        client.agents.retrieve(agent.agent_id)


def test_configuration_versions(client: ModeratelyAI) -> None:
    agent = client.agents.create(name=unique("configured"))
    first = client.agent_configuration_versions.create(agent_id=agent.agent_id, instructions="Be brief.")
    assert first.version_number == 0 and first.is_current
    second = client.agent_configuration_versions.create(
        agent_id=agent.agent_id, instructions="Be thorough.", is_current=False
    )
    assert second.version_number == 1
    versions = client.agent_configuration_versions.list(agent_ids=agent.agent_id)
    assert {v.agent_configuration_version_id for v in versions} == {
        first.agent_configuration_version_id,
        second.agent_configuration_version_id,
    }
    current = client.agent_configuration_versions.list(agent_ids=[agent.agent_id], is_current=True)
    assert [v.agent_configuration_version_id for v in current] == [first.agent_configuration_version_id]
    updated = client.agent_configuration_versions.update(
        second.agent_configuration_version_id, instructions="Be thorough and kind."
    )
    assert updated.instructions == "Be thorough and kind."
    fetched = client.agent_configuration_versions.retrieve(first.agent_configuration_version_id)
    assert fetched.instructions == "Be brief."


def test_executions_run_and_can_be_followed(client: ModeratelyAI) -> None:
    agent = client.agents.create(name=unique("runner"))
    client.agent_configuration_versions.create(agent_id=agent.agent_id, instructions="Answer.")
    execution = client.agent_executions.create(
        agent_id=agent.agent_id, input_data={"message": "Hello, world!", "simulate": {"steps": 2}}
    )
    assert isinstance(execution, AgentExecutionModel)
    assert execution.status == "pending" and execution.agent_input_summary
    seen: list[str] = []
    final = execution.wait_for_completion(timeout=30, on_progress=lambda e: seen.append(str(e.status)))
    assert final.status == "completed" and final.is_terminal()
    assert seen[-1] == "completed"
    assert (client.agent_executions.retrieve(execution.agent_execution_id)).status == "completed"

    tail = client.agent_executions.live_tail(execution.agent_execution_id)
    assert tail.execution.agent_execution_id == execution.agent_execution_id
    states = [s for s in client.agent_executions.list_memory_states(execution.agent_execution_id)]
    assert states
    one = client.agent_executions.get_memory_state(execution.agent_execution_id, states[0].version)
    assert one.version == states[0].version

    listed = [e.agent_execution_id for e in client.agent_executions.list(agent_id=agent.agent_id)]
    assert listed == [execution.agent_execution_id]
    done = [e for e in client.agent_executions.list(agent_id=agent.agent_id, status=["completed"])]
    assert len(done) == 1
    with pytest.raises(UnsupportedOperationError):
        execution.cancel()


def test_failures_and_timeouts(client: ModeratelyAI) -> None:
    agent = client.agents.create(name=unique("failing"))
    version = client.agent_configuration_versions.create(agent_id=agent.agent_id, instructions="Fail.")
    failing = client.agent_executions.create(
        agent_configuration_version_id=version.agent_configuration_version_id,
        input_data={"simulate": {"fail": "tool exploded"}},
        input_summary="a failing run",
    )
    final = client.agent_executions.wait_for_completion(failing.agent_execution_id, timeout=30)
    assert final.status == "failed"  # returned, as documented, unless asked to raise
    with pytest.raises(OperationFailedError):
        failing.wait_for_completion(timeout=30, raise_on_failure=True)
    paused = client.agent_executions.create(
        agent_configuration_version_id=version.agent_configuration_version_id, input_data={"simulate": {"pause": True}}
    )
    with pytest.raises(WaitTimeoutError) as caught:
        paused.wait_for_completion(timeout=0.5, poll_interval=0.05)
    assert caught.value.last.status in ("pending", "running", "paused")
    lonely = client.agents.create(name=unique("unconfigured"))
    with pytest.raises(NotFoundError):
        client.agent_executions.create(agent_id=lonely.agent_id, input_data={})
