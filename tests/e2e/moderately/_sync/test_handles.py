# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Models are live handles: `refresh()` and `wait_for_completion()` update the model in place and answer it."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import OperationFailedError, ResponseValidationError
from agentplug.moderately import DatasetSummaryModel, ModeratelyAI, PipelineSummaryModel

from .test_pipelines import configuration

pytestmark = pytest.mark.anyio


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def test_a_pipeline_execution_waits_and_refreshes_in_place(client: ModeratelyAI) -> None:
    pipeline = client.pipelines.create(name=unique("handles"))
    version = pipeline.create_configuration_version(configuration(), status="current")
    assert client.pipelines.current_configuration_version_id(pipeline.pipeline_id) == (
        version.pipeline_configuration_version_id
    )
    execution = version.execute({"documents": ["a.pdf"]})
    assert execution.status == "pending"
    assert execution.wait_for_completion(timeout=30) is execution
    assert execution.status == "completed" and execution.is_terminal()
    assert execution.refresh() is execution and execution.status == "completed"

    failing = version.execute({"simulate": {"fail": "block exploded"}})
    with pytest.raises(OperationFailedError) as caught:
        failing.wait_for_completion(timeout=30)
    assert caught.value.result is failing and failing.status == "failed"


def test_an_agent_execution_waits_in_place(client: ModeratelyAI) -> None:
    agent = client.agents.create(name=unique("handles"))
    client.agent_configuration_versions.create(agent_id=agent.agent_id, instructions="Answer.")
    execution = client.agent_executions.create(
        agent_id=agent.agent_id, input_data={"message": "Hi", "simulate": {"steps": 2}}
    )
    assert execution.status == "pending"
    assert execution.wait_for_completion(timeout=30) is execution
    assert execution.status == "completed"
    assert execution.refresh() is execution


def test_refresh_sees_a_change_made_elsewhere_and_a_summary_stays_a_summary(client: ModeratelyAI) -> None:
    name = unique("handles")
    dataset = client.datasets.create(name=name)
    (summary,) = [d for d in client.datasets.list(name_like=name)]
    assert isinstance(summary, DatasetSummaryModel)
    client.datasets.update(dataset.dataset_id, description="changed elsewhere")
    assert dataset.description != "changed elsewhere"
    assert dataset.refresh() is dataset and dataset.description == "changed elsewhere"
    assert summary.refresh() is summary and summary.description == "changed elsewhere"
    assert "processingStatus" in summary.additional_properties  # a field the summary does not type

    pipeline = client.pipelines.create(name=unique("handles"))
    assert isinstance(pipeline, PipelineSummaryModel)
    client.pipelines.update(pipeline.pipeline_id, description="renamed elsewhere")
    assert pipeline.refresh() is pipeline and pipeline.description == "renamed elsewhere"
    assert pipeline.additional_properties["totalRuns"] == 0  # the run statistics, untyped on a summary


def test_a_file_refreshes_in_place_and_a_download_checks_what_it_is_told(client: ModeratelyAI) -> None:
    data = b"id\n1\n2\n"
    uploaded = client.files.upload(data, name=f"{unique('handles')}.csv")
    assert uploaded.refresh() is uploaded and uploaded.is_ready()
    assert client.files.download(uploaded.file_id, expected_size=len(data)) == data
    with pytest.raises(ResponseValidationError):
        client.files.download(uploaded.file_id, expected_size=len(data) + 1)
