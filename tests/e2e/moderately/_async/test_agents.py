"""Agents end to end: agents, configuration versions, executions moving through their statuses."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import ConflictError, NotFoundError, OperationFailedError, WaitTimeoutError
from agentplug.moderately import AsyncAgentExecutionModel, AsyncModeratelyAI, UnsupportedOperationError

pytestmark = pytest.mark.anyio


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


async def test_agent_crud(client: AsyncModeratelyAI, team_id: str) -> None:
    name = unique("support")
    agent = await client.agents.create(name=name, description="Handles inquiries")
    assert agent.team_id == team_id and agent.name == name
    with pytest.raises(ConflictError):
        await client.agents.create(name=name)
    fetched = await client.agents.retrieve(agent.agent_id)
    assert fetched.total_runs == 0
    updated = await client.agents.update(agent.agent_id, description="Renamed")
    assert updated.description == "Renamed"
    listed = [a.agent_id async for a in client.agents.list(name_like=name)]
    assert listed == [agent.agent_id]
    by_id = [a.agent_id async for a in client.agents.list(agent_ids=[agent.agent_id])]
    assert by_id == [agent.agent_id]
    await client.agents.delete(agent.agent_id)
    with pytest.raises(NotFoundError):
        await client.agents.retrieve(agent.agent_id)


async def test_configuration_versions(client: AsyncModeratelyAI) -> None:
    agent = await client.agents.create(name=unique("configured"))
    first = await client.agent_configuration_versions.create(agent_id=agent.agent_id, instructions="Be brief.")
    assert first.version_number == 0 and first.is_current
    second = await client.agent_configuration_versions.create(
        agent_id=agent.agent_id, instructions="Be thorough.", is_current=False
    )
    assert second.version_number == 1
    versions = await client.agent_configuration_versions.list(agent_ids=agent.agent_id)
    assert {v.agent_configuration_version_id for v in versions} == {
        first.agent_configuration_version_id,
        second.agent_configuration_version_id,
    }
    current = await client.agent_configuration_versions.list(agent_ids=[agent.agent_id], is_current=True)
    assert [v.agent_configuration_version_id for v in current] == [first.agent_configuration_version_id]
    updated = await client.agent_configuration_versions.update(
        second.agent_configuration_version_id, instructions="Be thorough and kind."
    )
    assert updated.instructions == "Be thorough and kind."
    fetched = await client.agent_configuration_versions.retrieve(first.agent_configuration_version_id)
    assert fetched.instructions == "Be brief."


async def test_executions_run_and_can_be_followed(client: AsyncModeratelyAI) -> None:
    agent = await client.agents.create(name=unique("runner"))
    await client.agent_configuration_versions.create(agent_id=agent.agent_id, instructions="Answer.")
    execution = await client.agent_executions.create(
        agent_id=agent.agent_id, input_data={"message": "Hello, world!", "simulate": {"steps": 2}}
    )
    assert isinstance(execution, AsyncAgentExecutionModel)
    assert execution.status == "pending" and execution.agent_input_summary
    seen: list[str] = []
    final = await execution.wait_for_completion(timeout=30, on_progress=lambda e: seen.append(str(e.status)))
    assert final.status == "completed" and final.is_terminal()
    assert seen[-1] == "completed"
    assert (await client.agent_executions.retrieve(execution.agent_execution_id)).status == "completed"

    tail = await client.agent_executions.live_tail(execution.agent_execution_id)
    assert tail.execution.agent_execution_id == execution.agent_execution_id
    states = [s async for s in client.agent_executions.list_memory_states(execution.agent_execution_id)]
    assert states
    one = await client.agent_executions.get_memory_state(execution.agent_execution_id, states[0].version)
    assert one.version == states[0].version

    listed = [e.agent_execution_id async for e in client.agent_executions.list(agent_id=agent.agent_id)]
    assert listed == [execution.agent_execution_id]
    done = [e async for e in client.agent_executions.list(agent_id=agent.agent_id, status=["completed"])]
    assert len(done) == 1
    with pytest.raises(UnsupportedOperationError):
        await execution.cancel()


async def test_failures_and_timeouts(client: AsyncModeratelyAI) -> None:
    agent = await client.agents.create(name=unique("failing"))
    version = await client.agent_configuration_versions.create(agent_id=agent.agent_id, instructions="Fail.")
    failing = await client.agent_executions.create(
        agent_configuration_version_id=version.agent_configuration_version_id,
        input_data={"simulate": {"fail": "tool exploded"}},
        input_summary="a failing run",
    )
    final = await client.agent_executions.wait_for_completion(failing.agent_execution_id, timeout=30)
    assert final.status == "failed"  # returned, as documented, unless asked to raise
    with pytest.raises(OperationFailedError):
        await failing.wait_for_completion(timeout=30, raise_on_failure=True)
    paused = await client.agent_executions.create(
        agent_configuration_version_id=version.agent_configuration_version_id, input_data={"simulate": {"pause": True}}
    )
    with pytest.raises(WaitTimeoutError) as caught:
        await paused.wait_for_completion(timeout=0.5, poll_interval=0.05)
    assert caught.value.last.status in ("pending", "running", "paused")
    lonely = await client.agents.create(name=unique("unconfigured"))
    with pytest.raises(NotFoundError):
        await client.agent_executions.create(agent_id=lonely.agent_id, input_data={})
