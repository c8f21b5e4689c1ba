"""Agents, their configuration versions and executions (memory snapshots, live tail)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import conflict, not_found
from .params import Query, json_body
from .records import Record, new_id, now, page_of, select
from .simulation import run_agent_execution
from .state import State
from .team_named import TeamNamed
from .web import caller, empty, ok, route, state

__all__ = ["agent_routes", "run_statistics"]

_TERMINAL = {"completed", "failed", "cancelled"}


def run_statistics(executions: list[Record]) -> dict[str, Any]:
    finished = [e for e in executions if e["status"] in _TERMINAL]
    succeeded = sum(1 for e in finished if e["status"] == "completed")
    return {
        "lastRunAt": max((e["createdAt"] for e in executions), default=None),
        "totalRuns": len(executions),
        "successfulRuns": succeeded,
        "successRate": succeeded / len(finished) if finished else 0,
    }


def _agent_view(sandbox: State, agent: Record) -> Record:
    versions = {
        v["agentConfigurationVersionId"] for v in sandbox.agent_versions.values() if v["agentId"] == agent["agentId"]
    }
    runs = [e for e in sandbox.agent_executions.values() if e["agentConfigurationVersionId"] in versions]
    return {**agent, **run_statistics(runs)}


# -- agents ---------------------------------------------------------------------------------
AGENTS = TeamNamed("agent", "agents", "agentId", _agent_view)
_agent = AGENTS.find


async def delete_agent(request: Request) -> Response:
    agent = _agent(request)
    sandbox = state(request)
    versions = [v for v in sandbox.agent_versions.values() if v["agentId"] == agent["agentId"]]
    for version in versions:
        for execution in [
            e
            for e in sandbox.agent_executions.values()
            if e["agentConfigurationVersionId"] == version["agentConfigurationVersionId"]
        ]:
            sandbox.stop(f"agent-execution:{execution['agentExecutionId']}")
            del sandbox.agent_executions[execution["agentExecutionId"]]
        del sandbox.agent_versions[version["agentConfigurationVersionId"]]
    del sandbox.agents[agent["agentId"]]
    sandbox.audit(
        caller(request), team_id=agent["teamId"], resource_type="agent", resource_id=agent["agentId"], action="delete"
    )
    return empty(request)


# -- configuration versions -----------------------------------------------------------------
def _version(request: Request) -> Record:
    ident = request.path_params["agentConfigurationVersionId"]
    sandbox = state(request)
    version = sandbox.agent_versions.get(ident)
    if version is None:
        raise not_found("Agent configuration version", ident)
    sandbox.visible(caller(request), sandbox.agents, version["agentId"], "Agent configuration version")
    return version


def _make_current(sandbox: State, version: Record) -> None:
    for other in sandbox.agent_versions.values():
        if other["agentId"] == version["agentId"] and other is not version and other["isCurrent"]:
            other.update(isCurrent=False, updatedAt=now())
    version["isCurrent"] = True


async def list_agent_configuration_versions(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    agents, ids, numbers = query.ids("agentIds"), query.ids("agentConfigurationVersionIds"), query.ids("versionNumbers")
    current = query.choice("isCurrent", ("true", "false"))
    mine = sandbox.team_ids_of(caller(request).user_id)
    visible = {a["agentId"] for a in sandbox.agents.values() if a["teamId"] in mine}
    versions = select(
        sandbox.agent_versions.values(),
        where=lambda v: (
            v["agentId"] in visible
            and (agents is None or v["agentId"] in agents)
            and (ids is None or v["agentConfigurationVersionId"] in ids)
            and (numbers is None or str(v["versionNumber"]) in numbers)
            and (current is None or v["isCurrent"] == (current == "true"))
        ),
        order_by="versionNumber",
    )
    return ok(versions)


async def create_agent_configuration_version(request: Request) -> Response:
    body = await json_body(request, "AgentConfigurationVersionCreate")
    sandbox = state(request)
    agent = sandbox.visible(caller(request), sandbox.agents, body["agentId"], "Agent")
    if any(
        v["agentId"] == agent["agentId"] and v["versionNumber"] == body["versionNumber"]
        for v in sandbox.agent_versions.values()
    ):
        raise conflict(f"Version {body['versionNumber']} already exists for this agent")
    stamp = now()
    version = {"agentConfigurationVersionId": new_id(), **body, "createdAt": stamp, "updatedAt": stamp}
    sandbox.agent_versions[version["agentConfigurationVersionId"]] = version
    if version["isCurrent"]:
        _make_current(sandbox, version)
    sandbox.audit(
        caller(request),
        team_id=agent["teamId"],
        resource_type="agent_configuration_version",
        resource_id=version["agentConfigurationVersionId"],
        action="create",
    )
    return ok(version, 201)


async def get_agent_configuration_version(request: Request) -> Response:
    return ok(_version(request))


async def update_agent_configuration_version(request: Request) -> Response:
    version = _version(request)
    body = await json_body(request, "AgentConfigurationVersionUpdate")
    sandbox = state(request)
    current = body.pop("isCurrent", None)
    version.update(body)
    if current is True:
        _make_current(sandbox, version)
    elif current is False:
        version["isCurrent"] = False
    version["updatedAt"] = now()
    return empty(request)


# -- executions -----------------------------------------------------------------------------
def _execution(request: Request) -> Record:
    ident = request.path_params["agentExecutionId"]
    sandbox = state(request)
    execution = sandbox.agent_executions.get(ident)
    version = sandbox.agent_versions.get(execution["agentConfigurationVersionId"]) if execution else None
    if execution is None or version is None:
        raise not_found("Agent execution", ident)
    sandbox.visible(caller(request), sandbox.agents, version["agentId"], "Agent execution")
    return execution


async def list_agent_executions(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging(default_size=20, max_size=100)
    ids, agents, teams = query.ids("agentExecutionIds"), query.ids("agentIds"), query.ids("teamIds")
    versions, statuses = query.ids("agentConfigurationVersionIds"), query.ids("statuses")
    has_output = query.boolean("hasAgentOutput")
    mine = sandbox.team_ids_of(caller(request).user_id)
    owner = {
        v["agentConfigurationVersionId"]: sandbox.agents[v["agentId"]]
        for v in sandbox.agent_versions.values()
        if v["agentId"] in sandbox.agents
    }

    def where(e: Record) -> bool:
        agent = owner.get(e["agentConfigurationVersionId"])
        return (
            agent is not None
            and agent["teamId"] in mine
            and (teams is None or agent["teamId"] in teams)
            and (agents is None or agent["agentId"] in agents)
            and (ids is None or e["agentExecutionId"] in ids)
            and (versions is None or e["agentConfigurationVersionId"] in versions)
            and (statuses is None or e["status"] in statuses)
            and (has_output is None or (e["agentOutput"] is not None) == has_output)
        )

    executions = select(sandbox.agent_executions.values(), where=where, descending=True)
    return ok(page_of(executions, page, size, dict))


async def create_agent_execution(request: Request) -> Response:
    body = await json_body(request, "AgentExecutionCreate")
    sandbox = state(request)
    version = sandbox.agent_versions.get(body["agentConfigurationVersionId"])
    if version is None:
        raise not_found("Agent configuration version", body["agentConfigurationVersionId"])
    agent = sandbox.visible(caller(request), sandbox.agents, version["agentId"], "Agent configuration version")
    execution_config = version.get("executionConfig") or {}
    stamp = now()
    execution = {
        "agentExecutionId": new_id(),
        "agentConfigurationVersionId": version["agentConfigurationVersionId"],
        "agentInput": body["agentInput"],
        "agentInputSchema": body.get("agentInputSchema", version.get("inputSchema")),
        "agentInputSummary": body["agentInputSummary"],
        "agentOutput": None,
        "agentOutputSchema": body.get("agentOutputSchema", version.get("outputSchema")),
        "agentOutputSummary": None,
        "status": "pending",
        "thoughts": [],
        "maxActions": body.get("maxActions") or execution_config.get("max_actions"),
        "currentStep": None,
        "planningInterval": body.get("planningInterval") or execution_config.get("planning_interval"),
        "createdAt": stamp,
        "updatedAt": stamp,
        "startedAt": None,
        "completedAt": None,
        "failedAt": None,
        "cancelledAt": None,
        "pausedAt": None,
    }
    ident = execution["agentExecutionId"]
    sandbox.agent_executions[ident] = execution
    sandbox.audit(
        caller(request), team_id=agent["teamId"], resource_type="agent_execution", resource_id=ident, action="execute"
    )
    sandbox.start(f"agent-execution:{ident}", run_agent_execution(sandbox, ident))
    return ok(execution, 201)


async def get_agent_execution(request: Request) -> Response:
    return ok(_execution(request))


async def list_agent_execution_memory_states(request: Request) -> Response:
    execution = _execution(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("version", "createdAt"), default="version")
    version = query.integer("version", None)
    latest = query.boolean("latest")
    snapshots = list(state(request).memory_states.get(execution["agentExecutionId"], []))
    if latest and snapshots:
        snapshots = [max(snapshots, key=lambda s: s["version"])]
    chosen = select(
        snapshots, where=lambda s: version is None or s["version"] == version, order_by=order, descending=descending
    )
    return ok(page_of(chosen, page, size, dict))


async def get_agent_execution_memory_state(request: Request) -> Response:
    execution = _execution(request)
    try:
        version = int(request.path_params["version"])
    except ValueError:
        raise not_found("Memory state version", request.path_params["version"]) from None
    for snapshot in state(request).memory_states.get(execution["agentExecutionId"], []):
        if snapshot["version"] == version:
            return ok(snapshot)
    raise not_found("Memory state version", version)


async def get_agent_execution_live_tail(request: Request) -> Response:
    execution = _execution(request)
    sandbox = state(request)
    snapshots = sandbox.memory_states.get(execution["agentExecutionId"], [])
    fields = ("agentExecutionId", "status", "currentStep", "createdAt", "updatedAt", "startedAt", "completedAt")
    return ok(
        {
            "execution": {name: execution[name] for name in fields},
            "latestMemoryState": max(snapshots, key=lambda s: s["version"]) if snapshots else None,
            "steps": sandbox.execution_steps.get(execution["agentExecutionId"], []),
            "totalVersions": len(snapshots),
        }
    )


def agent_routes() -> list[Route]:
    return [
        route("/agents", get=AGENTS.list, post=AGENTS.create),
        route("/agents/{agentId}", get=AGENTS.get, patch=AGENTS.update, delete=delete_agent),
        route(
            "/agent-configuration-versions",
            get=list_agent_configuration_versions,
            post=create_agent_configuration_version,
        ),
        route(
            "/agent-configuration-versions/{agentConfigurationVersionId}",
            get=get_agent_configuration_version,
            patch=update_agent_configuration_version,
        ),
        route("/agent-executions", get=list_agent_executions, post=create_agent_execution),
        route("/agent-executions/{agentExecutionId}", get=get_agent_execution),
        route("/agent-executions/{agentExecutionId}/memory-states", get=list_agent_execution_memory_states),
        route("/agent-executions/{agentExecutionId}/memory-states/{version}", get=get_agent_execution_memory_state),
        route("/agent-executions/{agentExecutionId}/live-tail", get=get_agent_execution_live_tail),
    ]
