"""Agents, configuration versions and executions that advance in the background."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .conftest import TEAM, wait_for
from .spec import Caller

TERMINAL = {"completed", "failed", "cancelled", "paused"}


def version_body(agent_id: str, number: int, *, current: bool = True) -> dict[str, Any]:
    return {
        "agentId": agent_id,
        "instructions": "Answer briefly.",
        "inputSchema": {"type": "object"},
        "outputSchema": {"type": "object"},
        "versionNumber": number,
        "isCurrent": current,
        "systemPrompt": None,
        "llmConfig": {"thought_llm": {"provider": "openai", "model_tier": "small"}},
        "toolConfig": [{"type": "GetDateTool"}],
        "executionConfig": {"max_actions": 5},
    }


def make_agent(api: Caller, unique: Callable[[str], str]) -> tuple[dict[str, Any], dict[str, Any]]:
    agent = api.call("create_agent", json={"teamId": TEAM, "name": unique("agent")}, expect=201)
    version = api.call("create_agent_configuration_version", json=version_body(agent["agentId"], 1), expect=201)
    return agent, version


def run(api: Caller, version: dict[str, Any], agent_input: dict[str, Any]) -> dict[str, Any]:
    body = {
        "agentConfigurationVersionId": version["agentConfigurationVersionId"],
        "agentInput": agent_input,
        "agentInputSummary": "Say hello",
    }
    execution = api.call("create_agent_execution", json=body, expect=201)
    assert execution["status"] == "pending"
    ident = execution["agentExecutionId"]
    return wait_for(
        lambda: api.call("get_agent_execution", path={"agentExecutionId": ident}), lambda e: e["status"] in TERMINAL
    )


def test_agent_crud_and_name_conflicts(api: Caller, unique: Callable[[str], str]) -> None:
    name = unique("agent")
    agent = api.call("create_agent", json={"teamId": TEAM, "name": name, "description": "d"}, expect=201)
    api.call("create_agent", json={"teamId": TEAM, "name": name}, expect=409)
    api.call("create_agent", json={"teamId": "someone-else", "name": name}, expect=403)
    api.call("create_agent", json={"name": name}, expect=400)
    fetched = api.call("get_agent", path={"agentId": agent["agentId"]})
    assert fetched["totalRuns"] == 0 and fetched["lastRunAt"] is None
    updated = api.call("update_agent", path={"agentId": agent["agentId"]}, json={"description": None})
    assert updated["description"] is None
    listed = api.call("list_agents", params={"agentIds": agent["agentId"], "nameLike": name[:8]})
    assert [a["agentId"] for a in listed["items"]] == [agent["agentId"]]
    assert api.call("delete_agent", path={"agentId": agent["agentId"]}) is None
    api.call("get_agent", path={"agentId": agent["agentId"]}, expect=404)


def test_configuration_versions(api: Caller, unique: Callable[[str], str]) -> None:
    agent, first = make_agent(api, unique)
    api.call("create_agent_configuration_version", json=version_body(agent["agentId"], 1), expect=409)
    second = api.call("create_agent_configuration_version", json=version_body(agent["agentId"], 2), expect=201)
    versions = api.call("list_agent_configuration_versions", params={"agentIds": agent["agentId"]})
    assert [(v["versionNumber"], v["isCurrent"]) for v in versions] == [(1, False), (2, True)]
    current = api.call("list_agent_configuration_versions", params={"agentIds": agent["agentId"], "isCurrent": "true"})
    assert [v["agentConfigurationVersionId"] for v in current] == [second["agentConfigurationVersionId"]]
    path = {"agentConfigurationVersionId": first["agentConfigurationVersionId"]}
    assert api.call("update_agent_configuration_version", path=path, json={"instructions": "New"}) is None
    assert api.call("get_agent_configuration_version", path=path)["instructions"] == "New"
    api.call("get_agent_configuration_version", path={"agentConfigurationVersionId": "missing"}, expect=404)


def test_execution_runs_to_completion_with_memory_and_live_tail(api: Caller, unique: Callable[[str], str]) -> None:
    agent, version = make_agent(api, unique)
    done = run(api, version, {"question": "hi", "simulate": {"steps": 3}})
    assert done["status"] == "completed" and done["currentStep"] == 3
    assert done["agentOutput"]["input"]["question"] == "hi"
    assert len(done["thoughts"]) == 3 and done["startedAt"] and done["completedAt"]
    assert done["agentInputSchema"] == {"type": "object"}  # inherited from the version
    path = {"agentExecutionId": done["agentExecutionId"]}
    states = api.call("list_agent_execution_memory_states", path=path, params={"orderDirection": "desc"})
    assert [s["version"] for s in states["items"]] == [3, 2, 1]
    latest = api.call("list_agent_execution_memory_states", path=path, params={"latest": "true"})
    assert [s["version"] for s in latest["items"]] == [3]
    assert api.call("get_agent_execution_memory_state", path={**path, "version": 2})["state"]["step"] == 2
    api.call("get_agent_execution_memory_state", path={**path, "version": 9}, expect=404)
    tail = api.call("get_agent_execution_live_tail", path=path)
    assert tail["totalVersions"] == 3 and tail["latestMemoryState"]["version"] == 3
    assert [s["stepType"] for s in tail["steps"]] == ["task", "thought", "thought", "thought", "final_answer"]
    stats = api.call("get_agent", path={"agentId": agent["agentId"]})
    assert (stats["totalRuns"], stats["successfulRuns"], stats["successRate"]) == (1, 1, 1)


def test_failed_and_paused_executions(api: Caller, unique: Callable[[str], str]) -> None:
    agent, version = make_agent(api, unique)
    failed = run(api, version, {"simulate": {"fail": "tool crashed", "steps": 1}})
    assert failed["status"] == "failed" and failed["failedAt"] and failed["agentOutput"] is None
    paused = run(api, version, {"simulate": {"pause": True}})
    assert paused["status"] == "paused" and paused["pausedAt"]
    listed = api.call("list_agent_executions", params={"agentIds": agent["agentId"], "statuses": "failed,paused"})
    assert {e["status"] for e in listed["items"]} == {"failed", "paused"}
    without = api.call("list_agent_executions", params={"agentIds": agent["agentId"], "hasAgentOutput": "true"})
    assert without["items"] == []
    api.call("get_agent_execution", path={"agentExecutionId": "missing"}, expect=404)
    body = {"agentConfigurationVersionId": "missing", "agentInput": {}, "agentInputSummary": "x"}
    api.call("create_agent_execution", json=body, expect=404)
