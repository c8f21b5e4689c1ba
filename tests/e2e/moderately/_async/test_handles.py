"""Models are live handles: `refresh()` and `wait_for_completion()` update the model in place and answer it."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import OperationFailedError, ResponseValidationError
from agentplug.moderately import AsyncDatasetSummaryModel, AsyncModeratelyAI, AsyncPipelineSummaryModel

from .test_pipelines import configuration

pytestmark = pytest.mark.anyio


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


async def test_a_pipeline_execution_waits_and_refreshes_in_place(client: AsyncModeratelyAI) -> None:
    pipeline = await client.pipelines.create(name=unique("handles"))
    version = await pipeline.create_configuration_version(configuration(), status="current")
    assert await client.pipelines.current_configuration_version_id(pipeline.pipeline_id) == (
        version.pipeline_configuration_version_id
    )
    execution = await version.execute({"documents": ["a.pdf"]})
    assert execution.status == "pending"
    assert await execution.wait_for_completion(timeout=30) is execution
    assert execution.status == "completed" and execution.is_terminal()
    assert await execution.refresh() is execution and execution.status == "completed"

    failing = await version.execute({"simulate": {"fail": "block exploded"}})
    with pytest.raises(OperationFailedError) as caught:
        await failing.wait_for_completion(timeout=30)
    assert caught.value.result is failing and failing.status == "failed"


async def test_an_agent_execution_waits_in_place(client: AsyncModeratelyAI) -> None:
    agent = await client.agents.create(name=unique("handles"))
    await client.agent_configuration_versions.create(agent_id=agent.agent_id, instructions="Answer.")
    execution = await client.agent_executions.create(
        agent_id=agent.agent_id, input_data={"message": "Hi", "simulate": {"steps": 2}}
    )
    assert execution.status == "pending"
    assert await execution.wait_for_completion(timeout=30) is execution
    assert execution.status == "completed"
    assert await execution.refresh() is execution


async def test_refresh_sees_a_change_made_elsewhere_and_a_summary_stays_a_summary(client: AsyncModeratelyAI) -> None:
    name = unique("handles")
    dataset = await client.datasets.create(name=name)
    (summary,) = [d async for d in client.datasets.list(name_like=name)]
    assert isinstance(summary, AsyncDatasetSummaryModel)
    await client.datasets.update(dataset.dataset_id, description="changed elsewhere")
    assert dataset.description != "changed elsewhere"
    assert await dataset.refresh() is dataset and dataset.description == "changed elsewhere"
    assert await summary.refresh() is summary and summary.description == "changed elsewhere"
    assert "processingStatus" in summary.additional_properties  # a field the summary does not type

    pipeline = await client.pipelines.create(name=unique("handles"))
    assert isinstance(pipeline, AsyncPipelineSummaryModel)
    await client.pipelines.update(pipeline.pipeline_id, description="renamed elsewhere")
    assert await pipeline.refresh() is pipeline and pipeline.description == "renamed elsewhere"
    assert pipeline.additional_properties["totalRuns"] == 0  # the run statistics, untyped on a summary


async def test_a_file_refreshes_in_place_and_a_download_checks_what_it_is_told(client: AsyncModeratelyAI) -> None:
    data = b"id\n1\n2\n"
    uploaded = await client.files.upload(data, name=f"{unique('handles')}.csv")
    assert await uploaded.refresh() is uploaded and uploaded.is_ready()
    assert await client.files.download(uploaded.file_id, expected_size=len(data)) == data
    with pytest.raises(ResponseValidationError):
        await client.files.download(uploaded.file_id, expected_size=len(data) + 1)
