"""Background work: executions move through their statuses over time, datasets get processed.

Executions read an optional ``simulate`` object from their input to steer the outcome:
``{"steps": n}`` (how many steps to take), ``{"fail": "message"}`` (end `failed`),
``{"pause": true}`` (stop `paused` after the first step) and, for pipelines,
``{"outputBytes": n}`` (pad the output, which moves it to object storage past the inline limit).
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .processing import decode_lines, process_rows, read_csv
from .records import Record, new_id, now
from .state import Caller, State

__all__ = ["process_dataset", "run_agent_execution", "run_pipeline_execution"]

_CHUNK = 1024 * 1024


def _directives(payload: Any) -> dict[str, Any]:
    found = payload.get("simulate") if isinstance(payload, dict) else None
    return found if isinstance(found, dict) else {}


def _steps(directives: dict[str, Any], default: int) -> int:
    steps = directives.get("steps")
    return max(0, min(steps, 50)) if isinstance(steps, int) and not isinstance(steps, bool) else default


# -- agents ---------------------------------------------------------------------------------
def _record_memory(state: State, execution: Record, version: int, state_data: dict[str, Any]) -> None:
    stamp = now()
    state.memory_states.setdefault(execution["agentExecutionId"], []).append(
        {
            "agentExecutionMemoryStateId": new_id(),
            "agentExecutionId": execution["agentExecutionId"],
            "state": state_data,
            "version": version,
            "createdAt": stamp,
            "updatedAt": stamp,
        }
    )


def _add_step(state: State, execution: Record, step_type: str, field: str, value: Any, summary: str) -> None:
    stamp = now()
    state.execution_steps.setdefault(execution["agentExecutionId"], []).append(
        {"stepType": step_type, "startedAt": stamp, "endedAt": stamp, "summary": summary, field: value}
    )


async def run_agent_execution(state: State, execution_id: str) -> None:
    delay = state.settings.step_seconds
    execution = state.agent_executions[execution_id]
    directives = _directives(execution["agentInput"])
    steps = _steps(directives, 2)
    await asyncio.sleep(delay)
    execution.update(status="running", startedAt=now(), updatedAt=now(), currentStep=0)
    _add_step(state, execution, "task", "task", execution["agentInputSummary"], "Task received")
    for step in range(1, steps + 1):
        await asyncio.sleep(delay)
        thought = f"Step {step}: working on {execution['agentInputSummary']!r}"
        execution["thoughts"].append({"text": thought, "createdAt": now()})
        execution.update(currentStep=step, updatedAt=now())
        _add_step(state, execution, "thought", "thought", thought, f"Step {step}")
        _record_memory(state, execution, step, {"step": step, "notes": thought})
        if directives.get("pause") is True:
            execution.update(status="paused", pausedAt=now(), updatedAt=now())
            return
    await asyncio.sleep(delay)
    if isinstance(directives.get("fail"), str):
        execution.update(status="failed", failedAt=now(), updatedAt=now(), agentOutputSummary=directives["fail"])
        return
    answer = {"answer": f"Done: {execution['agentInputSummary']}", "input": execution["agentInput"]}
    final = {"type": "final_answer", "output": answer["answer"], "resourceIds": []}
    _add_step(state, execution, "final_answer", "finalAnswer", final, "Final answer")
    execution.update(
        status="completed",
        completedAt=now(),
        updatedAt=now(),
        agentOutput=answer,
        agentOutputSummary=answer["answer"],
    )


# -- pipelines ------------------------------------------------------------------------------
def _block_order(configuration: dict[str, Any]) -> list[str]:
    """Block ids with every block after those feeding it (cycles fall back to document order)."""
    blocks = list(configuration.get("blocks", {}))
    feeds: dict[str, set[str]] = {block: set() for block in blocks}
    for link in configuration.get("connections") or []:
        if link.get("target_block_id") in feeds and link.get("source_block_id") in feeds:
            feeds[link["target_block_id"]].add(link["source_block_id"])
    ordered: list[str] = []
    while len(ordered) < len(blocks):
        ready = [b for b in blocks if b not in ordered and feeds[b] <= set(ordered)]
        if not ready:
            ordered.extend(b for b in blocks if b not in ordered)
            break
        ordered.append(ready[0])
    return ordered


def _store_output(state: State, execution: Record, output: dict[str, Any], summary: str) -> None:
    encoded = json.dumps(output, separators=(",", ":")).encode()
    ident = execution["pipelineExecutionId"]
    if len(encoded) <= state.settings.inline_output_limit:
        execution.update(pipelineOutput=output, pipelineOutputSummary=summary)
        state.pipeline_outputs[ident] = {"inline": output, "summary": summary}
        return
    key = f"outputs/{ident}.json.gz"
    stored = state.store.put_bytes(key, gzip.compress(encoded), "application/gzip")
    execution.update(pipelineOutput=None, pipelineOutputSummary=summary, pipelineOutputFileUri=f"s3://sandbox/{key}")
    state.pipeline_outputs[ident] = {"key": key, "size": stored.size, "summary": summary}


async def run_pipeline_execution(state: State, execution_id: str, configuration: dict[str, Any]) -> None:
    delay = state.settings.step_seconds
    execution = state.pipeline_executions[execution_id]
    directives = _directives(execution["pipelineInput"])
    order = _block_order(configuration)
    steps = _steps(directives, len(order) or 1)
    execution["totalSteps"] = execution.get("totalSteps") or steps
    await asyncio.sleep(delay)
    execution.update(status="running", startedAt=now(), updatedAt=now(), currentStep=execution.get("currentStep") or 0)
    execution["progressData"] = {"status": "running", "message": "Started"}
    for step in range(1, steps + 1):
        await asyncio.sleep(delay)
        block = order[(step - 1) % len(order)] if order else f"step-{step}"
        execution.update(currentStep=step, updatedAt=now())
        execution["progressData"] = {"status": "running", "current_block": block, "message": f"Ran block {block}"}
        if directives.get("pause") is True:
            execution.update(status="paused", pausedAt=now())
            execution["progressData"] = {"status": "paused", "message": "Paused"}
            return
    await asyncio.sleep(delay)
    if isinstance(directives.get("fail"), str):
        message = directives["fail"]
        execution.update(status="failed", failedAt=now(), updatedAt=now())
        execution["progressData"] = {"status": "failed", "errors": [message], "error": message, "message": message}
        return
    output: dict[str, Any] = {
        "pipelineExecutionId": execution_id,
        "input": execution["pipelineInput"],
        "blocks": order,
    }
    padding = directives.get("outputBytes")
    if isinstance(padding, int) and not isinstance(padding, bool) and padding > 0:
        output["padding"] = "x" * min(padding, 64 * 1024 * 1024)
    _store_output(state, execution, output, f"Ran {len(order)} blocks")
    execution.update(status="completed", completedAt=now(), updatedAt=now())
    execution["progressData"] = {"status": "completed", "message": "Completed"}


# -- datasets -------------------------------------------------------------------------------
def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(_CHUNK):
            yield chunk


def _process_file(path: Path, columns: list[dict[str, Any]] | None, parsing: dict[str, Any]) -> tuple[int, list[str]]:
    encoding = str(parsing.get("encoding") or "utf-8")
    try:
        rows = read_csv(decode_lines(_chunks(path), encoding), str(parsing.get("delimiter") or ","))
        result = process_rows(rows, columns, parsing)
    except (LookupError, UnicodeDecodeError, ValueError) as exc:  # unknown codec, bad bytes, bad csv
        return 0, [f"cannot read the file: {exc}"]
    return result.row_count, result.errors


async def process_dataset(state: State, dataset_id: str, caller: Caller) -> None:
    await asyncio.sleep(state.settings.processing_seconds)
    dataset = state.datasets.get(dataset_id)
    if dataset is None:
        return
    data_version = state.data_versions.get(dataset["currentDataVersionId"] or "")
    schema_version = state.schema_versions.get(dataset["currentSchemaVersionId"] or "")
    stored = state.store.info(f"datasets/{data_version['datasetDataVersionId']}") if data_version else None
    if data_version is None or stored is None:
        rows, errors = 0, ["the dataset has no uploaded data"]
    elif data_version["fileType"] != "csv":
        rows, errors = 0, ["only csv data can be processed by the sandbox"]
    else:
        columns = schema_version["columnsJson"] if schema_version else None
        parsing = (schema_version or {}).get("parsingOptions") or {}
        rows, errors = await asyncio.to_thread(_process_file, stored.path, columns, parsing)
    status = "failed" if errors else "completed"
    dataset.update(processingStatus=status, updatedAt=now())
    if status == "completed":
        dataset["activeDataVersionId"] = dataset["currentDataVersionId"]
        dataset["activeDataSchemaVersionId"] = dataset["currentSchemaVersionId"]
    state.audit(
        caller,
        team_id=dataset["teamId"],
        resource_type="dataset",
        resource_id=dataset_id,
        action="execute",
        changes={"processingStatus": status, "rowCount": rows, "errors": errors},
    )
