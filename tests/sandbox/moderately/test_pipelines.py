"""Pipelines, configuration versions (one current, clone, validate) and executions with outputs."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from .conftest import TEAM, wait_for
from .spec import Caller

CONFIGURATION: dict[str, Any] = {
    "id": "cfg",
    "name": "Summarise",
    "blocks": {
        "in": {"id": "in", "type": "input", "config": {"json_schema": {"type": "object"}}},
        "llm": {"id": "llm", "type": "llm", "config": {"provider": "openai"}},
        "out": {"id": "out", "type": "output", "config": {"json_schema": {"type": "string"}}},
    },
    "connections": [
        {"source_block_id": "llm", "source_port": "out", "target_block_id": "out", "target_port": "in"},
        {"source_block_id": "in", "source_port": "out", "target_block_id": "llm", "target_port": "in"},
    ],
}
TERMINAL = {"completed", "failed", "cancelled", "paused"}


def make_pipeline(api: Caller, unique: Callable[[str], str]) -> tuple[dict[str, Any], dict[str, Any]]:
    pipeline = api.call("create_pipeline", json={"teamId": TEAM, "name": unique("pl")}, expect=201)
    body = {"pipelineId": pipeline["pipelineId"], "configuration": CONFIGURATION, "status": "current"}
    version = api.call("create_pipeline_configuration_version", json=body, expect=201)
    return pipeline, version


def execute(
    api: Caller, version: dict[str, Any], pipeline_input: dict[str, Any], *, wait: bool = True
) -> dict[str, Any]:
    body = {
        "pipelineConfigurationVersionId": version["pipelineConfigurationVersionId"],
        "pipelineInput": pipeline_input,
        "pipelineInputSummary": "run",
    }
    execution: dict[str, Any] = api.call("create_pipeline_execution", json=body, expect=201)
    if not wait:
        return execution
    path = {"pipelineExecutionId": execution["pipelineExecutionId"]}
    return wait_for(lambda: api.call("get_pipeline_execution", path=path), lambda e: e["status"] in TERMINAL)


def test_pipeline_crud(api: Caller, unique: Callable[[str], str]) -> None:
    pipeline, version = make_pipeline(api, unique)
    path = {"pipelineId": pipeline["pipelineId"]}
    api.call("create_pipeline", json={"teamId": TEAM, "name": pipeline["name"]}, expect=409)
    other = api.call("create_pipeline", json={"teamId": TEAM, "name": unique("pl")}, expect=201)
    api.call("update_pipeline", path={"pipelineId": other["pipelineId"]}, json={"name": pipeline["name"]}, expect=409)
    assert api.call("update_pipeline", path=path, json={"description": "d"})["description"] == "d"
    listed = api.call("list_pipelines", params={"pipelineIds": f"{pipeline['pipelineId']},{other['pipelineId']}"})
    assert listed["pagination"]["totalItems"] == 2
    assert api.call("get_pipeline", path=path)["totalRuns"] == 0
    assert api.call("delete_pipeline", path=path) is None
    api.call("get_pipeline", path=path, expect=404)
    gone = {"pipelineConfigurationVersionId": version["pipelineConfigurationVersionId"]}
    api.call("get_pipeline_configuration_version", path=gone, expect=404)


def test_configuration_version_rules(api: Caller, unique: Callable[[str], str]) -> None:
    pipeline, current = make_pipeline(api, unique)
    body = {"pipelineId": pipeline["pipelineId"], "configuration": CONFIGURATION, "status": "current"}
    api.call("create_pipeline_configuration_version", json=body, expect=409)
    path = {"pipelineConfigurationVersionId": current["pipelineConfigurationVersionId"]}
    api.call("update_pipeline_configuration_version", path=path, json={"configuration": CONFIGURATION}, expect=400)
    api.call("delete_pipeline_configuration_version", path=path, expect=400)
    clone = api.call("clone_pipeline_configuration_version", path=path, expect=201)
    assert (clone["version"], clone["status"]) == (2, "draft")
    assert clone["configuration"] == current["configuration"]
    clone_path = {"pipelineConfigurationVersionId": clone["pipelineConfigurationVersionId"]}
    api.call("update_pipeline_configuration_version", path=clone_path, json={"status": "current"}, expect=409)
    renamed = {**CONFIGURATION, "name": "Renamed"}
    edited = api.call("update_pipeline_configuration_version", path=clone_path, json={"configuration": renamed})
    assert edited["configuration"]["name"] == "Renamed"
    api.call("update_pipeline_configuration_version", path=path, json={"status": "archived"})
    assert (
        api.call("update_pipeline_configuration_version", path=clone_path, json={"status": "current"})["status"]
        == "current"
    )
    listed = api.call(
        "list_pipeline_configuration_versions", params={"pipelineIds": pipeline["pipelineId"], "orderBy": "version"}
    )
    assert [(v["version"], v["status"]) for v in listed["items"]] == [(1, "archived"), (2, "current")]
    assert api.call("delete_pipeline_configuration_version", path=path) is None
    assert api.call("get_pipeline_configuration_version", path=clone_path)["version"] == 2


def test_validate_and_schema(api: Caller) -> None:
    good = api.call("validate_pipeline_configuration", json={"configuration": CONFIGURATION})
    assert good["valid"] is True and good["errors"] == []
    assert good["inputSchema"] == {"type": "object"} and good["outputSchema"] == {"type": "string"}
    broken = {
        "id": "b",
        "name": "b",
        "blocks": {
            "x": {"id": "x", "type": "teleport", "config": {}},
            "d": {"id": "d", "type": "dataset", "config": {}},
        },
        "connections": [{"source_block_id": "x", "source_port": "o", "target_block_id": "nowhere", "target_port": "i"}],
    }
    bad = api.call("validate_pipeline_configuration", json={"configuration": broken})
    assert bad["valid"] is False
    assert sorted(e.get("errorType") for e in bad["errors"]) == [
        "missing_config",
        "unknown_block",
        "unknown_block_type",
    ]
    schema = api.call("get_pipeline_configuration_schema")
    assert schema["required"] == ["id", "name", "blocks"]


def test_execution_with_inline_output(api: Caller, unique: Callable[[str], str]) -> None:
    pipeline, version = make_pipeline(api, unique)
    done = execute(api, version, {"text": "hello"})
    assert done["status"] == "completed" and (done["currentStep"], done["totalSteps"]) == (3, 3)
    assert done["pipelineOutput"]["blocks"] == ["in", "llm", "out"]  # ordered by the connections
    output = api.call("get_pipeline_execution_output", path={"pipelineExecutionId": done["pipelineExecutionId"]})
    assert output["type"] == "inline" and output["data"]["input"] == {"text": "hello"}
    stats = api.call("get_pipeline", path={"pipelineId": pipeline["pipelineId"]})
    assert (stats["totalRuns"], stats["successRate"]) == (1, 1)


def test_large_output_goes_to_storage_gzipped(api: Caller, unique: Callable[[str], str]) -> None:
    _, version = make_pipeline(api, unique)
    done = execute(api, version, {"simulate": {"outputBytes": 50_000}})
    assert done["pipelineOutput"] is None and done["pipelineOutputFileUri"].startswith("s3://")
    output = api.call("get_pipeline_execution_output", path={"pipelineExecutionId": done["pipelineExecutionId"]})
    assert output["type"] == "s3" and output["metadata"]["compressionType"] == "gzip"
    stored = httpx2.get(output["downloadUrl"])
    assert len(stored.content) == output["metadata"]["fileSizeBytes"]
    assert len(json.loads(gzip.decompress(stored.content))["padding"]) == 50_000


def test_failure_cancel_and_worker_updates(api: Caller, unique: Callable[[str], str]) -> None:
    pipeline, version = make_pipeline(api, unique)
    failed = execute(api, version, {"simulate": {"fail": "block llm exploded"}})
    assert failed["status"] == "failed" and failed["progressData"]["errors"] == ["block llm exploded"]
    ident = {"pipelineExecutionId": failed["pipelineExecutionId"]}
    api.call("get_pipeline_execution_output", path=ident, expect=404)
    api.call("cancel_pipeline_execution", path=ident, json={"reason": "late"}, expect=400)
    running = execute(api, version, {"simulate": {"steps": 50}}, wait=False)
    running_path = {"pipelineExecutionId": running["pipelineExecutionId"]}
    cancelled = api.call("cancel_pipeline_execution", path=running_path, json={"reason": "not needed"})
    assert cancelled["status"] == "cancelled" and cancelled["progressData"]["message"] == "not needed"
    worker = execute(api, version, {"simulate": {"steps": 50}}, wait=False)
    worker_path = {"pipelineExecutionId": worker["pipelineExecutionId"]}
    update = {"status": "completed", "pipelineOutput": {"answer": 42}, "completedAt": "2025-01-01T00:00:00Z"}
    assert api.call("update_pipeline_execution", path=worker_path, json=update)["status"] == "completed"
    assert api.call("get_pipeline_execution_output", path=worker_path)["data"] == {"answer": 42}
    listed = api.call(
        "list_pipeline_executions",
        params={"pipelineIds": pipeline["pipelineId"], "statuses": "failed,cancelled", "orderBy": "createdAt"},
    )
    assert [e["status"] for e in listed["items"]] == ["failed", "cancelled"]
    only = api.call("list_pipeline_executions", params={"pipelineIds": pipeline["pipelineId"], "status": "completed"})
    assert [e["pipelineExecutionId"] for e in only["items"]] == [worker["pipelineExecutionId"]]
    api.call("get_pipeline_execution", path={"pipelineExecutionId": "missing"}, expect=404)
    body = {"pipelineConfigurationVersionId": "missing", "pipelineInput": {}, "pipelineInputSummary": "x"}
    api.call("create_pipeline_execution", json=body, expect=404)


def _with_blocks(blocks: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"id": "cfg", "name": "Bad", "blocks": blocks, **extra}


@pytest.mark.parametrize(
    ("configuration", "fields"),
    [
        # A known block type is held to its own shape: no catch-all branch lets it through.
        (
            _with_blocks({"in": {"id": "in", "type": "input", "config": {"json_schema": "nope"}}}),
            {"body.configuration.blocks.in.config.json_schema": "must be of type object"},
        ),
        (
            _with_blocks({"l": {"id": "l", "type": "llm", "config": {}}}),
            {"body.configuration.blocks.l.config.provider": "is required"},
        ),
        (
            _with_blocks({"l": {"id": "l", "type": "llm", "config": {"provider": "openai", "temperature": "hot"}}}),
            {"body.configuration.blocks.l.config.temperature": "must be of type number"},
        ),
        (
            _with_blocks({}, connections=[{"source_block_id": 1, "source_port": "o", "target_block_id": "x"}]),
            {
                "body.configuration.connections.0.source_block_id": "must be of type string",
                "body.configuration.connections.0.target_port": "is required",
            },
        ),
        (
            {"id": "cfg", "blocks": {}, "metadata": {"name": 3}},
            {"body.configuration.name": "is required", "body.configuration.metadata.name": "must be of type string"},
        ),
    ],
)
def test_configurations_the_spec_forbids_are_refused_with_field_paths(
    api: Caller, unique: Callable[[str], str], configuration: dict[str, Any], fields: dict[str, str]
) -> None:
    pipeline = api.call("create_pipeline", json={"teamId": TEAM, "name": unique("pl")}, expect=201)
    body = {"pipelineId": pipeline["pipelineId"], "configuration": configuration}
    answer = api.call("create_pipeline_configuration_version", json=body, expect=400)
    assert {item["field"]: item["message"] for item in answer["error"]["details"]} == fields
    listed = api.call("list_pipeline_configuration_versions", params={"pipelineIds": pipeline["pipelineId"]})
    assert listed["items"] == []  # nothing was stored


def test_block_types_the_spec_does_not_describe_are_accepted(api: Caller, unique: Callable[[str], str]) -> None:
    pipeline = api.call("create_pipeline", json={"teamId": TEAM, "name": unique("pl")}, expect=201)
    configuration = _with_blocks({"x": {"id": "x", "type": "vendor_block", "config": {"anything": [1]}}})
    body = {"pipelineId": pipeline["pipelineId"], "configuration": configuration}
    created = api.call("create_pipeline_configuration_version", json=body, expect=201)
    assert created["configuration"] == configuration
