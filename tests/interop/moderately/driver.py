"""Runs inside the vendor SDK's own venv: drives `moderatelyai_sdk` against a sandbox URL.

    python driver.py BASE_URL TEAM_ID WORKDIR

Prints one JSON object: for every step, {"ok": true, "value": ...} or {"ok": false, "error": ...}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import moderatelyai_sdk as sdk

BASE_URL, TEAM_ID, WORKDIR = sys.argv[1], sys.argv[2], Path(sys.argv[3])
results: dict[str, Any] = {}
CSV = b"id,name,score\n1,Ada,9.5\n2,Bob,7\n"
CONFIGURATION = {
    "id": "interop",
    "name": "Interop",
    "blocks": {
        "in": {"id": "in", "type": "input", "config": {"json_schema": {"type": "object"}}},
        "out": {"id": "out", "type": "output", "config": {}},
    },
    "connections": [{"source_block_id": "in", "source_port": "o", "target_block_id": "out", "target_port": "i"}],
}


def step(name: str, action: Callable[[], Any]) -> Any:
    try:
        value = action()
    except Exception as exc:  # recorded for the test to judge
        results[name] = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:500]}
        return None
    results[name] = {"ok": True, "value": value}
    return value


def data(model: Any) -> Any:
    """Plain JSON of whatever the SDK returned (its models keep the wire dict in `_data`)."""
    if hasattr(model, "_data"):
        return data(model._data)
    if isinstance(model, dict):
        return {key: data(value) for key, value in model.items()}
    if isinstance(model, list):
        return [data(item) for item in model]
    return json.loads(json.dumps(model, default=str))


def wait_processed(dataset: Any) -> Any:
    for _ in range(200):
        current = client.datasets.retrieve(dataset.dataset_id)
        if current.processing_status in ("completed", "failed"):
            return data(current)
        time.sleep(0.05)
    return data(current)


client = sdk.ModeratelyAI(api_key="interop-key", team_id=TEAM_ID, base_url=BASE_URL, max_retries=0)

# Teams and users.
step("teams.retrieve", lambda: data(client.teams.retrieve(TEAM_ID)))
team = step("teams.create", lambda: data(client.teams.create(name="Interop team")))
if team:
    step("teams.update", lambda: data(client.teams.update(team["teamId"], name="Renamed team")))
step("teams.list", lambda: data(client.teams.list()))
step("users.retrieve", lambda: data(client.users.retrieve("user_sandbox")))
step("users.list", lambda: data(client.users.list()))
step("agents.create", lambda: data(client.agents.create(name="Interop agent")))
step("agents.list", lambda: data(client.agents.list()))

# Files: presigned upload, download (bytes and to disk), listing, deletion.
uploaded = step("files.upload", lambda: client.files.upload(b"hello from the vendor sdk\n", name="hello.txt"))
if uploaded is not None:
    results["files.upload"]["value"] = data(uploaded)
    step("file.is_ready", lambda: uploaded.is_ready())
    step("file.download", lambda: uploaded.download().decode())
    target = WORKDIR / "downloaded.txt"
    step("file.download_to_path", lambda: (uploaded.download(path=target), target.read_text())[1])
    step("files.retrieve", lambda: data(client.files.retrieve(uploaded.file_id)))
    step("files.list", lambda: [f.file_id for f in client.files.list()["items"]])
    step("file.delete", lambda: uploaded.delete())
    step("files.retrieve_deleted", lambda: data(client.files.retrieve(uploaded.file_id)))

# Datasets: schema, data upload, processing, download, sample inference.
dataset = step("datasets.create", lambda: client.datasets.create(name="Interop dataset"))
if dataset is not None:
    results["datasets.create"]["value"] = data(dataset)
    columns = [{"name": "id", "type": "int"}, {"name": "name", "type": "str"}, {"name": "score", "type": "float"}]
    step("dataset.create_schema", lambda: data(dataset.create_schema(columns, status="current")))
    step("dataset.upload_data", lambda: data(dataset.upload_data(CSV, file_type="csv")))
    step("dataset.update_process", lambda: data(dataset.update(should_process=True)))
    step("dataset.processed", lambda: wait_processed(dataset))
    step("dataset.list_data_versions", lambda: data(dataset.list_data_versions()))
    step("dataset.download_data", lambda: dataset.download_data().decode())
    builder = (
        dataset.schema_builder()
        .add_column("id", "int", required=True)
        .add_column("name", "str", required=False)
        .with_parsing(delimiter=",", header_row=1)
        .as_current()
    )
    step("dataset.schema_builder", lambda: data(builder.create()))
    step("dataset.get_current_schema", lambda: data(dataset.get_current_schema()))
    sample = WORKDIR / "sample.csv"
    sample.write_bytes(CSV)
    step("dataset.create_schema_from_sample", lambda: data(dataset.create_schema_from_sample(str(sample))))
    step("datasets.list", lambda: data(client.datasets.list()))
    step("datasets.retrieve_missing", lambda: data(client.datasets.retrieve("missing")))

# Pipelines: configuration versions, execution, waiting, outputs, cancellation.
pipeline = step("pipelines.create", lambda: client.pipelines.create(name="Interop pipeline"))
if pipeline is not None:
    results["pipelines.create"]["value"] = data(pipeline)
    versions = client.pipeline_configuration_versions
    version = step(
        "pipeline.create_configuration_version",
        lambda: data(pipeline.create_configuration_version(configuration=CONFIGURATION, status="current")),
    )
    if version:
        version_id = version["pipelineConfigurationVersionId"]
        step("configuration_versions.retrieve", lambda: data(versions.retrieve(version_id)))
        step("configuration_versions.list", lambda: data(versions.list(pipeline_ids=[pipeline.pipeline_id])))
        step("configuration_versions.validate", lambda: data(versions.validate(configuration=CONFIGURATION)))
        step("configuration_versions.get_schema", lambda: data(versions.get_schema()))
        clone = step("configuration_versions.clone", lambda: data(versions.clone(version_id)))
        if clone:
            clone_id = clone["pipelineConfigurationVersionId"]
            step("configuration_versions.update", lambda: data(versions.update(clone_id, configuration=CONFIGURATION)))
            step("configuration_versions.delete", lambda: versions.delete(clone_id))

        def run(pipeline_input: dict[str, Any]) -> Any:
            execution = pipeline.execute(
                configuration_version_id=version_id,
                pipeline_input=pipeline_input,
                pipeline_input_summary="interop",
            )
            return execution.wait_for_completion(timeout=30, poll_interval=0.05, show_progress=False)

        inline = step("pipeline.execute_and_wait", lambda: run({"text": "hi"}))
        if inline is not None:
            results["pipeline.execute_and_wait"]["value"] = data(inline)
            step("execution.get_output_inline", lambda: inline.get_output())
        stored = step("pipeline.execute_large", lambda: run({"simulate": {"outputBytes": 40000}}))
        if stored is not None:
            results["pipeline.execute_large"]["value"] = None
            step("execution.get_output_s3", lambda: len(stored.get_output()["padding"]))
        executions = client.pipeline_executions
        slow = step(
            "pipeline_executions.create",
            lambda: data(
                executions.create(
                    pipeline_configuration_version_id=version_id,
                    pipeline_input={"simulate": {"steps": 50}},
                    pipeline_input_summary="to cancel",
                )
            ),
        )
        if slow:
            ident = slow["pipelineExecutionId"]
            step("pipeline_executions.retrieve", lambda: data(executions.retrieve(ident)))
            step("pipeline_executions.cancel", lambda: data(executions.cancel(ident, reason="interop")))
            step("pipeline_executions.list", lambda: data(executions.list(pipeline_ids=[pipeline.pipeline_id])))
    step("pipelines.retrieve", lambda: data(client.pipelines.retrieve(pipeline.pipeline_id)))
    step("pipelines.update", lambda: data(client.pipelines.update(pipeline.pipeline_id, description="updated")))
    step("pipelines.delete", lambda: client.pipelines.delete(pipeline.pipeline_id))


# The async client: a few reads and a file round trip.
async def async_steps() -> None:
    async with sdk.AsyncModeratelyAI(api_key="interop-key", team_id=TEAM_ID, base_url=BASE_URL) as aclient:
        results["async.teams.retrieve"] = {"ok": True, "value": data(await aclient.teams.retrieve(TEAM_ID))}
        file = await aclient.files.upload(b"async bytes", name="async.txt")
        results["async.files.upload"] = {"ok": True, "value": data(file)}
        results["async.file.download"] = {"ok": True, "value": (await file.download()).decode()}


try:
    asyncio.run(async_steps())
except Exception as exc:
    results["async.error"] = {
        "ok": False,
        "error": f"{type(exc).__name__}: {exc}"[:500],
        "trace": traceback.format_exc()[-800:],
    }

print(json.dumps(results))
