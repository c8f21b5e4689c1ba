# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Pipelines end to end: configuration versions, executions, waits, cancellation, inline and stored outputs."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from agentplug.errors import BadRequestError, ConflictError, NotFoundError, OperationFailedError
from agentplug.moderately import (
    ModeratelyAI,
    PipelineConfigurationVersionModel,
    PipelineExecutionModel,
    PipelineModel,
)

pytestmark = pytest.mark.anyio


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def configuration(name: str = "Echo") -> dict[str, Any]:
    return {
        "id": "echo",
        "name": name,
        "version": "1.0.0",
        "blocks": {
            "input": {"id": "input", "type": "input", "config": {"json_schema": {"type": "object"}}},
            "output": {"id": "output", "type": "output", "config": {"name": "output"}},
        },
        "connections": [
            {"source_block_id": "input", "source_port": "output", "target_block_id": "output", "target_port": "input"}
        ],
    }


def test_pipeline_crud(client: ModeratelyAI) -> None:
    name = unique("docs")
    pipeline = client.pipelines.create(name=name, description="Processes documents")
    with pytest.raises(ConflictError):
        client.pipelines.create(name=name)
    fetched = client.pipelines.retrieve(pipeline.pipeline_id)
    assert isinstance(fetched, PipelineModel) and fetched.total_runs == 0
    updated = client.pipelines.update(pipeline.pipeline_id, description="Legal documents")
    assert updated.description == "Legal documents"
    assert [p.pipeline_id for p in client.pipelines.list(name_like=name)] == [pipeline.pipeline_id]
    assert [p.pipeline_id for p in client.pipelines.list(pipeline_ids=[pipeline.pipeline_id])] == [pipeline.pipeline_id]
    pipeline.delete()
    with pytest.raises(NotFoundError):
        client.pipelines.retrieve(pipeline.pipeline_id)


def test_configuration_versions(client: ModeratelyAI) -> None:
    pipeline = client.pipelines.create(name=unique("configs"))
    validation = client.pipeline_configuration_versions.validate(configuration())
    assert validation.valid is True and validation.errors == []
    invalid = client.pipeline_configuration_versions.validate(
        {"id": "x", "name": "x", "blocks": {"a": {"id": "a", "type": "no-such-type", "config": {}}}}
    )
    assert invalid.valid is False and invalid.errors
    schema = client.pipeline_configuration_versions.get_schema()
    assert isinstance(schema, dict)

    current = pipeline.create_configuration_version(configuration(), status="current")
    assert isinstance(current, PipelineConfigurationVersionModel) and current.status == "current"
    with pytest.raises(ConflictError):
        pipeline.create_configuration_version(configuration(), status="current")
    clone = current.clone()
    assert clone.status == "draft" and clone.version > current.version
    edited = clone.update(configuration=configuration("Echo v2"))
    assert edited.configuration.name == "Echo v2"
    assert (
        client.pipeline_configuration_versions.retrieve(clone.pipeline_configuration_version_id)
    ).version == clone.version
    listed = [v.pipeline_configuration_version_id for v in pipeline.list_configuration_versions()]
    assert set(listed) == {current.pipeline_configuration_version_id, clone.pipeline_configuration_version_id}
    with pytest.raises(BadRequestError):
        current.delete()  # the current version cannot be deleted
    clone.delete()
    with pytest.raises(NotFoundError):
        clone.refresh()


def test_a_configuration_the_spec_forbids_is_refused_naming_the_field(client: ModeratelyAI) -> None:
    pipeline = client.pipelines.create(name=unique("forbidden"))
    bad = configuration()
    bad["blocks"]["input"]["config"]["json_schema"] = "not a schema"  # the spec wants an object
    with pytest.raises(BadRequestError) as caught:
        pipeline.create_configuration_version(bad)
    message = str(caught.value)
    assert "body.configuration.blocks.input.config.json_schema: must be of type object" in message
    assert "<locals>" not in message and "lambda" not in message
    # Nothing was stored, so listing the pipeline's versions still works, and a good version goes through.
    assert [v for v in pipeline.list_configuration_versions()] == []
    good = pipeline.create_configuration_version(configuration())
    assert [v.pipeline_configuration_version_id for v in pipeline.list_configuration_versions()] == [
        good.pipeline_configuration_version_id
    ]


def test_execution_runs_to_an_inline_output(client: ModeratelyAI) -> None:
    pipeline = client.pipelines.create(name=unique("inline"))
    version = pipeline.create_configuration_version(configuration(), status="current")
    execution = client.pipeline_executions.create(
        pipeline_configuration_version_id=version.pipeline_configuration_version_id,
        pipeline_input={"documents": ["doc1.pdf", "doc2.pdf"]},
        pipeline_input_summary="Process 2 documents",
    )
    assert isinstance(execution, PipelineExecutionModel) and execution.status == "pending"
    final = execution.wait_for_completion(timeout=30)
    assert final.status == "completed"
    output = final.get_output()
    assert output["input"] == {"documents": ["doc1.pdf", "doc2.pdf"]}
    listed = [e.pipeline_execution_id for e in pipeline.list_executions(statuses=["completed"])]
    assert listed == [execution.pipeline_execution_id]
    by_version = client.pipeline_executions.list(
        pipeline_configuration_version_ids=version.pipeline_configuration_version_id
    )
    assert [e.pipeline_execution_id for e in by_version] == [execution.pipeline_execution_id]


def test_large_outputs_come_from_storage_gzipped(client: ModeratelyAI) -> None:
    pipeline = client.pipelines.create(name=unique("stored"))
    pipeline.create_configuration_version(configuration(), status="current")
    final = pipeline.execute({"simulate": {"outputBytes": 50_000}}, block=True, timeout=30)
    assert final.status == "completed" and final.pipeline_output is None
    output = client.pipeline_executions.get_output(final.pipeline_execution_id)
    assert len(output["padding"]) == 50_000


def test_failure_cancel_update_and_missing_output(client: ModeratelyAI) -> None:
    pipeline = client.pipelines.create(name=unique("failing"))
    version = pipeline.create_configuration_version(configuration(), status="current")
    failing = version.execute({"simulate": {"fail": "block exploded"}})
    with pytest.raises(OperationFailedError, match="block exploded") as caught:
        failing.wait_for_completion(timeout=30)
    assert caught.value.result.status == "failed"
    with pytest.raises(NotFoundError):
        failing.get_output()

    slow = version.execute({"simulate": {"steps": 50}})
    cancelled = slow.cancel(reason="no longer needed")
    assert cancelled.status == "cancelled"
    with pytest.raises(BadRequestError):
        client.pipeline_executions.cancel(slow.pipeline_execution_id)

    worker = version.execute({"simulate": {"pause": True}})
    reported = client.pipeline_executions.update(
        worker.pipeline_execution_id, progress_data={"message": "halfway"}, current_step=1, total_steps=2
    )
    assert reported.progress_data["message"] == "halfway" and reported.current_step == 1
    fetched = client.pipeline_executions.retrieve(worker.pipeline_execution_id)
    assert fetched.pipeline_execution_id == worker.pipeline_execution_id
