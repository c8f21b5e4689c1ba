"""Pipelines end to end: configuration versions, executions, waits, cancellation, inline and stored outputs."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from agentplug.errors import BadRequestError, ConflictError, NotFoundError, OperationFailedError
from agentplug.moderately import (
    AsyncModeratelyAI,
    AsyncPipelineConfigurationVersionModel,
    AsyncPipelineExecutionModel,
    AsyncPipelineModel,
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


async def test_pipeline_crud(client: AsyncModeratelyAI) -> None:
    name = unique("docs")
    pipeline = await client.pipelines.create(name=name, description="Processes documents")
    with pytest.raises(ConflictError):
        await client.pipelines.create(name=name)
    fetched = await client.pipelines.retrieve(pipeline.pipeline_id)
    assert isinstance(fetched, AsyncPipelineModel) and fetched.total_runs == 0
    updated = await client.pipelines.update(pipeline.pipeline_id, description="Legal documents")
    assert updated.description == "Legal documents"
    assert [p.pipeline_id async for p in client.pipelines.list(name_like=name)] == [pipeline.pipeline_id]
    assert [p.pipeline_id async for p in client.pipelines.list(pipeline_ids=[pipeline.pipeline_id])] == [
        pipeline.pipeline_id
    ]
    await pipeline.delete()
    with pytest.raises(NotFoundError):
        await client.pipelines.retrieve(pipeline.pipeline_id)


async def test_configuration_versions(client: AsyncModeratelyAI) -> None:
    pipeline = await client.pipelines.create(name=unique("configs"))
    validation = await client.pipeline_configuration_versions.validate(configuration())
    assert validation.valid is True and validation.errors == []
    invalid = await client.pipeline_configuration_versions.validate(
        {"id": "x", "name": "x", "blocks": {"a": {"id": "a", "type": "no-such-type", "config": {}}}}
    )
    assert invalid.valid is False and invalid.errors
    schema = await client.pipeline_configuration_versions.get_schema()
    assert isinstance(schema, dict)

    current = await pipeline.create_configuration_version(configuration(), status="current")
    assert isinstance(current, AsyncPipelineConfigurationVersionModel) and current.status == "current"
    with pytest.raises(ConflictError):
        await pipeline.create_configuration_version(configuration(), status="current")
    clone = await current.clone()
    assert clone.status == "draft" and clone.version > current.version
    edited = await clone.update(configuration=configuration("Echo v2"))
    assert edited.configuration.name == "Echo v2"
    assert (
        await client.pipeline_configuration_versions.retrieve(clone.pipeline_configuration_version_id)
    ).version == clone.version
    listed = [v.pipeline_configuration_version_id async for v in pipeline.list_configuration_versions()]
    assert set(listed) == {current.pipeline_configuration_version_id, clone.pipeline_configuration_version_id}
    with pytest.raises(BadRequestError):
        await current.delete()  # the current version cannot be deleted
    await clone.delete()
    with pytest.raises(NotFoundError):
        await clone.refresh()


async def test_a_configuration_the_spec_forbids_is_refused_naming_the_field(client: AsyncModeratelyAI) -> None:
    pipeline = await client.pipelines.create(name=unique("forbidden"))
    bad = configuration()
    bad["blocks"]["input"]["config"]["json_schema"] = "not a schema"  # the spec wants an object
    with pytest.raises(BadRequestError) as caught:
        await pipeline.create_configuration_version(bad)
    message = str(caught.value)
    assert "body.configuration.blocks.input.config.json_schema: must be of type object" in message
    assert "<locals>" not in message and "lambda" not in message
    # Nothing was stored, so listing the pipeline's versions still works, and a good version goes through.
    assert [v async for v in pipeline.list_configuration_versions()] == []
    good = await pipeline.create_configuration_version(configuration())
    assert [v.pipeline_configuration_version_id async for v in pipeline.list_configuration_versions()] == [
        good.pipeline_configuration_version_id
    ]


async def test_execution_runs_to_an_inline_output(client: AsyncModeratelyAI) -> None:
    pipeline = await client.pipelines.create(name=unique("inline"))
    version = await pipeline.create_configuration_version(configuration(), status="current")
    execution = await client.pipeline_executions.create(
        pipeline_configuration_version_id=version.pipeline_configuration_version_id,
        pipeline_input={"documents": ["doc1.pdf", "doc2.pdf"]},
        pipeline_input_summary="Process 2 documents",
    )
    assert isinstance(execution, AsyncPipelineExecutionModel) and execution.status == "pending"
    final = await execution.wait_for_completion(timeout=30)
    assert final.status == "completed"
    output = await final.get_output()
    assert output["input"] == {"documents": ["doc1.pdf", "doc2.pdf"]}
    listed = [e.pipeline_execution_id async for e in pipeline.list_executions(statuses=["completed"])]
    assert listed == [execution.pipeline_execution_id]
    by_version = client.pipeline_executions.list(
        pipeline_configuration_version_ids=version.pipeline_configuration_version_id
    )
    assert [e.pipeline_execution_id async for e in by_version] == [execution.pipeline_execution_id]


async def test_large_outputs_come_from_storage_gzipped(client: AsyncModeratelyAI) -> None:
    pipeline = await client.pipelines.create(name=unique("stored"))
    await pipeline.create_configuration_version(configuration(), status="current")
    final = await pipeline.execute({"simulate": {"outputBytes": 50_000}}, block=True, timeout=30)
    assert final.status == "completed" and final.pipeline_output is None
    output = await client.pipeline_executions.get_output(final.pipeline_execution_id)
    assert len(output["padding"]) == 50_000


async def test_failure_cancel_update_and_missing_output(client: AsyncModeratelyAI) -> None:
    pipeline = await client.pipelines.create(name=unique("failing"))
    version = await pipeline.create_configuration_version(configuration(), status="current")
    failing = await version.execute({"simulate": {"fail": "block exploded"}})
    with pytest.raises(OperationFailedError, match="block exploded") as caught:
        await failing.wait_for_completion(timeout=30)
    assert caught.value.result.status == "failed"
    with pytest.raises(NotFoundError):
        await failing.get_output()

    slow = await version.execute({"simulate": {"steps": 50}})
    cancelled = await slow.cancel(reason="no longer needed")
    assert cancelled.status == "cancelled"
    with pytest.raises(BadRequestError):
        await client.pipeline_executions.cancel(slow.pipeline_execution_id)

    worker = await version.execute({"simulate": {"pause": True}})
    reported = await client.pipeline_executions.update(
        worker.pipeline_execution_id, progress_data={"message": "halfway"}, current_step=1, total_steps=2
    )
    assert reported.progress_data["message"] == "halfway" and reported.current_step == 1
    fetched = await client.pipeline_executions.retrieve(worker.pipeline_execution_id)
    assert fetched.pipeline_execution_id == worker.pipeline_execution_id
