"""Pipelines, their configuration versions and executions (with inline or stored outputs)."""

from __future__ import annotations

import copy

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import ApiError, bad_request, conflict, not_found
from .params import Query, json_body
from .pipeline_checks import CONFIGURATION_SCHEMA, validate_configuration
from .records import Record, new_id, now, page_of, select
from .routes_agents import run_statistics
from .simulation import run_pipeline_execution
from .state import State
from .team_named import TeamNamed
from .web import caller, empty, ok, route, state

__all__ = ["pipeline_routes"]

_TERMINAL = {"completed", "failed", "cancelled"}
_EXECUTION_STATUSES = ("pending", "running", "completed", "failed", "cancelled", "paused")


def _pipeline_view(sandbox: State, pipeline: Record) -> Record:
    versions = {
        v["pipelineConfigurationVersionId"]
        for v in sandbox.pipeline_versions.values()
        if v["pipelineId"] == pipeline["pipelineId"]
    }
    runs = [e for e in sandbox.pipeline_executions.values() if e["pipelineConfigurationVersionId"] in versions]
    return {**pipeline, **run_statistics(runs)}


# -- pipelines ------------------------------------------------------------------------------
PIPELINES = TeamNamed("pipeline", "pipelines", "pipelineId", _pipeline_view)
_pipeline = PIPELINES.find


def _drop_execution(sandbox: State, ident: str) -> None:
    sandbox.stop(f"pipeline-execution:{ident}")
    sandbox.pipeline_executions.pop(ident, None)
    stored = sandbox.pipeline_outputs.pop(ident, None)
    if stored and "key" in stored:
        sandbox.store.delete(stored["key"])


async def delete_pipeline(request: Request) -> Response:
    pipeline = _pipeline(request)
    sandbox = state(request)
    for version in [v for v in sandbox.pipeline_versions.values() if v["pipelineId"] == pipeline["pipelineId"]]:
        version_id = version["pipelineConfigurationVersionId"]
        for execution_id in [
            e for e, rec in sandbox.pipeline_executions.items() if rec["pipelineConfigurationVersionId"] == version_id
        ]:
            _drop_execution(sandbox, execution_id)
        del sandbox.pipeline_versions[version_id]
    del sandbox.pipelines[pipeline["pipelineId"]]
    sandbox.audit(
        caller(request),
        team_id=pipeline["teamId"],
        resource_type="pipeline",
        resource_id=pipeline["pipelineId"],
        action="delete",
    )
    return empty(request)


# -- configuration versions -----------------------------------------------------------------
def _version(request: Request, ident: str | None = None) -> Record:
    ident = ident or request.path_params["pipelineConfigurationVersionId"]
    sandbox = state(request)
    version = sandbox.pipeline_versions.get(ident)
    pipeline = sandbox.pipelines.get(version["pipelineId"]) if version else None
    if version is None or pipeline is None or pipeline["teamId"] not in sandbox.team_ids_of(caller(request).user_id):
        raise not_found("Pipeline configuration version", ident)
    return version


def _has_other_current(sandbox: State, version: Record) -> bool:
    return any(
        v["pipelineId"] == version["pipelineId"] and v["status"] == "current" and v is not version
        for v in sandbox.pipeline_versions.values()
    )


def _new_version(sandbox: State, pipeline_id: str, configuration: Record, status: str) -> Record:
    number = 1 + max(
        (v["version"] for v in sandbox.pipeline_versions.values() if v["pipelineId"] == pipeline_id), default=0
    )
    stamp = now()
    version: Record = {
        "pipelineConfigurationVersionId": new_id(),
        "pipelineId": pipeline_id,
        "configuration": configuration,
        "version": number,
        "status": status,
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    sandbox.pipeline_versions[version["pipelineConfigurationVersionId"]] = version
    return version


async def validate_pipeline_configuration(request: Request) -> Response:
    body = await json_body(request, "PipelineConfigurationValidationRequest")
    return ok(validate_configuration(body["configuration"]))


async def get_pipeline_configuration_schema(request: Request) -> Response:
    return ok(CONFIGURATION_SCHEMA)


async def list_pipeline_configuration_versions(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("version", "createdAt", "updatedAt"))
    pipelines, ids, teams = query.ids("pipelineIds"), query.ids("pipelineConfigurationVersionIds"), query.ids("teamIds")
    status = query.choice("status", ("draft", "current", "archived"))
    statuses = query.ids("statuses")
    mine = sandbox.team_ids_of(caller(request).user_id)
    team_of = {p["pipelineId"]: p["teamId"] for p in sandbox.pipelines.values()}
    versions = select(
        sandbox.pipeline_versions.values(),
        where=lambda v: (
            team_of.get(v["pipelineId"]) in mine
            and (teams is None or team_of.get(v["pipelineId"]) in teams)
            and (pipelines is None or v["pipelineId"] in pipelines)
            and (ids is None or v["pipelineConfigurationVersionId"] in ids)
            and (status is None or v["status"] == status)
            and (statuses is None or v["status"] in statuses)
        ),
        order_by=order,
        descending=descending,
    )
    return ok(page_of(versions, page, size, dict))


async def create_pipeline_configuration_version(request: Request) -> Response:
    body = await json_body(request, "PipelineConfigurationVersionCreate")
    sandbox = state(request)
    pipeline = _pipeline(request, body["pipelineId"])
    status = body.get("status", "draft")
    if status == "current" and any(
        v["pipelineId"] == pipeline["pipelineId"] and v["status"] == "current"
        for v in sandbox.pipeline_versions.values()
    ):
        raise conflict("The pipeline already has a current configuration version; archive it first")
    version = _new_version(sandbox, pipeline["pipelineId"], body["configuration"], status)
    sandbox.audit(
        caller(request),
        team_id=pipeline["teamId"],
        resource_type="pipeline_configuration_version",
        resource_id=version["pipelineConfigurationVersionId"],
        action="create",
    )
    return ok(version, 201)


async def get_pipeline_configuration_version(request: Request) -> Response:
    return ok(_version(request))


async def update_pipeline_configuration_version(request: Request) -> Response:
    version = _version(request)
    body = await json_body(request, "PipelineConfigurationVersionUpdate")
    sandbox = state(request)
    if "configuration" in body and version["status"] == "current":
        raise bad_request("The configuration of the current version cannot change; clone it instead")
    if body.get("status") == "current" and _has_other_current(sandbox, version):
        raise conflict("The pipeline already has a current configuration version; archive it first")
    version.update(body)
    version["updatedAt"] = now()
    return ok(version)


async def delete_pipeline_configuration_version(request: Request) -> Response:
    version = _version(request)
    sandbox = state(request)
    if version["status"] == "current":
        raise bad_request("The current version cannot be deleted; archive it first")
    version_id = version["pipelineConfigurationVersionId"]
    for execution_id in [
        e for e, rec in sandbox.pipeline_executions.items() if rec["pipelineConfigurationVersionId"] == version_id
    ]:
        _drop_execution(sandbox, execution_id)
    del sandbox.pipeline_versions[version_id]
    return empty(request)


async def clone_pipeline_configuration_version(request: Request) -> Response:
    version = _version(request)
    await json_body(request, "PipelineConfigurationVersionClone", required=False)
    sandbox = state(request)
    clone = _new_version(sandbox, version["pipelineId"], copy.deepcopy(version["configuration"]), "draft")
    return ok(clone, 201)


# -- executions -----------------------------------------------------------------------------
def _execution(request: Request) -> Record:
    ident = request.path_params["pipelineExecutionId"]
    sandbox = state(request)
    execution = sandbox.pipeline_executions.get(ident)
    if execution is None:
        raise not_found("Pipeline execution", ident)
    try:
        _version(request, execution["pipelineConfigurationVersionId"])
    except ApiError:
        raise not_found("Pipeline execution", ident) from None
    return execution


async def list_pipeline_executions(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("createdAt", "updatedAt", "startedAt"))
    pipelines, versions = query.ids("pipelineIds"), query.ids("pipelineConfigurationVersionIds")
    ids, teams = query.ids("pipelineExecutionIds"), query.ids("teamIds")
    status = query.choice("status", _EXECUTION_STATUSES)
    statuses = query.ids("statuses")
    mine = sandbox.team_ids_of(caller(request).user_id)
    pipeline_of = {v["pipelineConfigurationVersionId"]: v["pipelineId"] for v in sandbox.pipeline_versions.values()}
    team_of = {p["pipelineId"]: p["teamId"] for p in sandbox.pipelines.values()}

    def where(e: Record) -> bool:
        pipeline_id = pipeline_of.get(e["pipelineConfigurationVersionId"])
        team_id = team_of.get(pipeline_id or "")
        return (
            team_id in mine
            and (teams is None or team_id in teams)
            and (pipelines is None or pipeline_id in pipelines)
            and (versions is None or e["pipelineConfigurationVersionId"] in versions)
            and (ids is None or e["pipelineExecutionId"] in ids)
            and (status is None or e["status"] == status)
            and (statuses is None or e["status"] in statuses)
        )

    executions = select(sandbox.pipeline_executions.values(), where=where, order_by=order, descending=descending)
    return ok(page_of(executions, page, size, dict))


async def create_pipeline_execution(request: Request) -> Response:
    body = await json_body(request, "PipelineExecutionCreate")
    sandbox = state(request)
    version = _version(request, body["pipelineConfigurationVersionId"])
    pipeline = sandbox.pipelines[version["pipelineId"]]
    stamp = now()
    execution = {
        "pipelineExecutionId": new_id(),
        "pipelineConfigurationVersionId": version["pipelineConfigurationVersionId"],
        "pipelineInput": body["pipelineInput"],
        "pipelineInputSummary": body["pipelineInputSummary"],
        "pipelineOutput": None,
        "pipelineOutputSummary": None,
        "status": "pending",
        "progressData": {},
        "pipelineOutputFileUri": None,
        "currentStep": body.get("currentStep"),
        "totalSteps": body.get("totalSteps"),
        "createdAt": stamp,
        "updatedAt": stamp,
        "startedAt": None,
        "completedAt": None,
        "failedAt": None,
        "cancelledAt": None,
        "pausedAt": None,
    }
    ident = execution["pipelineExecutionId"]
    sandbox.pipeline_executions[ident] = execution
    sandbox.audit(
        caller(request),
        team_id=pipeline["teamId"],
        resource_type="pipeline_execution",
        resource_id=ident,
        action="execute",
    )
    configuration = copy.deepcopy(version["configuration"])
    sandbox.start(f"pipeline-execution:{ident}", run_pipeline_execution(sandbox, ident, configuration))
    return ok(execution, 201)


async def get_pipeline_execution(request: Request) -> Response:
    return ok(_execution(request))


async def update_pipeline_execution(request: Request) -> Response:
    execution = _execution(request)
    body = await json_body(request, "PipelineExecutionUpdate")
    sandbox = state(request)
    ident = execution["pipelineExecutionId"]
    if "status" in body:
        # A worker reporting status takes the execution over from the simulation.
        sandbox.stop(f"pipeline-execution:{ident}")
    execution.update(body)
    if "pipelineOutput" in body:
        if body["pipelineOutput"] is None:
            sandbox.pipeline_outputs.pop(ident, None)
        else:
            summary = body.get("pipelineOutputSummary", execution["pipelineOutputSummary"])
            sandbox.pipeline_outputs[ident] = {"inline": body["pipelineOutput"], "summary": summary}
    execution["updatedAt"] = now()
    return ok(execution)


async def cancel_pipeline_execution(request: Request) -> Response:
    execution = _execution(request)
    body = await json_body(request, "PipelineExecutionCancel", required=False)
    if execution["status"] in _TERMINAL:
        raise bad_request(f"The execution is already {execution['status']}")
    sandbox = state(request)
    sandbox.stop(f"pipeline-execution:{execution['pipelineExecutionId']}")
    stamp = now()
    execution.update(status="cancelled", cancelledAt=stamp, updatedAt=stamp)
    execution["progressData"] = {
        **execution["progressData"],
        "status": "cancelled",
        "message": body.get("reason") or "Cancelled",
    }
    return ok(execution)


async def get_pipeline_execution_output(request: Request) -> Response:
    execution = _execution(request)
    sandbox = state(request)
    stored = sandbox.pipeline_outputs.get(execution["pipelineExecutionId"])
    if stored is None:
        raise not_found("Output of pipeline execution", execution["pipelineExecutionId"])
    if "inline" in stored:
        return ok({"type": "inline", "data": stored["inline"], "summary": stored.get("summary")})
    url, expires = sandbox.store.presign("GET", stored["key"])
    metadata = {
        "fileSizeBytes": stored["size"],
        "compressionType": "gzip",
        "fileType": "json",
        "outputSummary": stored.get("summary"),
    }
    return ok({"type": "s3", "downloadUrl": url, "expiresAt": expires, "metadata": metadata})


def pipeline_routes() -> list[Route]:
    return [
        route("/pipelines", get=PIPELINES.list, post=PIPELINES.create),
        route("/pipelines/{pipelineId}", get=PIPELINES.get, patch=PIPELINES.update, delete=delete_pipeline),
        route("/pipeline-configuration-versions/validate", post=validate_pipeline_configuration),
        route("/pipeline-configuration-versions/schema", get=get_pipeline_configuration_schema),
        route(
            "/pipeline-configuration-versions",
            get=list_pipeline_configuration_versions,
            post=create_pipeline_configuration_version,
        ),
        route(
            "/pipeline-configuration-versions/{pipelineConfigurationVersionId}",
            get=get_pipeline_configuration_version,
            patch=update_pipeline_configuration_version,
            delete=delete_pipeline_configuration_version,
        ),
        route(
            "/pipeline-configuration-versions/{pipelineConfigurationVersionId}/clone",
            post=clone_pipeline_configuration_version,
        ),
        route("/pipeline-executions", get=list_pipeline_executions, post=create_pipeline_execution),
        route(
            "/pipeline-executions/{pipelineExecutionId}",
            get=get_pipeline_execution,
            patch=update_pipeline_execution,
        ),
        route("/pipeline-executions/{pipelineExecutionId}/cancel", post=cancel_pipeline_execution),
        route("/pipeline-executions/{pipelineExecutionId}/output", get=get_pipeline_execution_output),
    ]
