"""Agent instances: register with schema versions and data risk, start, finish, quality, span counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .spec import Caller

DATA_RISK = {
    "action_profile": {"read_data": "allowed", "destroy_data": "disallowed"},
    "params_data_categories": {"personal_identifiers": "included", "classification": "internal"},
    "result_data_categories": {},
}


def test_register_start_finish(api: Caller, agent: dict[str, Any], spec: Any) -> None:
    body = {
        "agent_id": agent["id"],
        "agent_version": {"name": "v", "external_identifier": "1.0", "runtime_environment": {"os": "linux"}},
        "agent_schema_version": {
            "external_identifier": "s1",
            "span_type_schemas": [{"name": "search", "params_schema": {}, "data_risk": DATA_RISK}],
        },
        "purpose": "eval",
        "external_identifier": "run-1",
        "update_current_version": False,
    }
    spec.validate_schema("RegisterAgentInstanceRequest", body)
    instance = api.call("register_agent_instance", json=body)["details"]
    assert instance["status"] == "pending" and instance["purpose"] == "eval"
    path = {"agent_instance_id": instance["id"]}
    started = api.call("start_agent_instance", path=path, json={"timestamp": "2025-01-02T00:00:00+00:00"})
    assert started["details"]["status"] == "active" and started["details"]["started_at"].startswith("2025-01-02")
    assert api.call("start_agent_instance", expect=409, path=path, json={"timestamp": None})["code"] == "invalid_state"
    finished = api.call("finish_agent_instance", path=path, json={"status": "failed"})["details"]
    assert finished["status"] == "failed" and finished["finished_at"] is not None
    assert api.call("finish_agent_instance", expect=409, path=path, json={})["code"] == "invalid_state"


def test_register_reports_nested_field_paths(api: Caller, agent: dict[str, Any]) -> None:
    bad_risk = {**DATA_RISK, "action_profile": {"read_data": "sometimes"}}
    del bad_risk["result_data_categories"]
    body = {
        "agent_id": agent["id"],
        "agent_version": {"name": "v"},
        "agent_schema_version": {"span_type_schemas": [{"name": "a", "params_schema": {}}, {"data_risk": bad_risk}]},
    }
    errors = api.call("register_agent_instance", expect=422, json=body)["errors"]
    prefix = "agent_schema_version.span_type_schemas.1"
    assert {
        f"{prefix}.name",
        f"{prefix}.params_schema",
        f"{prefix}.data_risk.action_profile.read_data",
        f"{prefix}.data_risk.result_data_categories",
    } <= set(errors)


def test_register_needs_a_known_agent(api: Caller) -> None:
    body = {"agent_version": {}, "agent_schema_version": {}}
    assert "agent_id" in api.call("register_agent_instance", expect=422, json=body)["errors"]
    assert api.call("register_agent_instance", expect=404, json={**body, "agent_id": "nope"})["code"] == "not_found"


def test_record_quality_sets_and_removes(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    path = {"agent_instance_id": new_instance()["id"]}
    recorded = api.call("record_agent_instance_quality", path=path, json={"name": "accuracy", "payload": {"score": 9}})
    assert recorded["details"]["quality_payloads"] == {"accuracy": {"score": 9}}
    assert recorded["details"]["quality_summaries"] == {"accuracy": "score 9"}
    removed = api.call("record_agent_instance_quality", path=path, json={"name": "accuracy", "payload": None})
    assert removed["details"]["quality_payloads"] == {}
    unknown = api.call("record_agent_instance_quality", expect=422, path=path, json={"name": "x", "payload": {}})
    assert "name" in unknown["errors"]
    assert (
        "payload"
        in api.call("record_agent_instance_quality", expect=422, path=path, json={"name": "accuracy"})["errors"]
    )


def test_get_reports_span_counts(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    instance = new_instance()
    for status in ("active", "complete", "failed"):
        details = {"agent_instance_id": instance["id"], "schema_name": "llm", "status": status, "payload": {}}
        api.call("create_agent_span", json={"details": details})
    counts = api.call("get_agent_instance", path={"agent_instance_id": instance["id"]})["details"]["span_counts"]
    assert counts == {"total": 3, "pending": 0, "active": 1, "complete": 1, "failed": 1, "cancelled": 0, "finished": 2}
    assert api.call("get_agent_instance", expect=404, path={"agent_instance_id": "missing"})["code"] == "not_found"


def test_instances_of_an_agent_are_listed_page_by_page(
    api: Caller, agent: dict[str, Any], new_instance: Callable[..., dict[str, Any]]
) -> None:
    ids = [new_instance(start=index % 2 == 0)["id"] for index in range(3)]
    query = {"agent_id": agent["id"], "pagination[page_size]": 2}
    first = api.call("list_agent_instances", params=query)
    assert [row["id"] for row in first["summaries"]] == ids[:2]
    assert first["pagination"]["next_page_offset"] == 2
    rest = api.call("list_agent_instances", params={**query, "pagination[offset]": 2})
    assert [row["id"] for row in rest["summaries"]] == ids[2:] and rest["pagination"]["next_page_offset"] is None
    assert rest["summaries"][0]["agent_id"] == agent["id"]
    assert "agent_id" in api.call("list_agent_instances", expect=422)["errors"]
    api.call("list_agent_instances", expect=404, params={"agent_id": "nope"})


def test_update_replaces_the_quality_payload(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    path = {"agent_instance_id": new_instance()["id"]}
    assert api.call("get_agent_instance", path=path)["details"]["quality_payload"] is None
    body = {"details": {"quality_payload": {"score": 0.8, "verdict": "pass"}}}
    updated = api.call("update_agent_instance", path=path, json=body)["details"]
    assert updated["quality_payload"] == {"score": 0.8, "verdict": "pass"}
    assert api.call("get_agent_instance", path=path)["details"]["quality_payload"] == {"score": 0.8, "verdict": "pass"}
    cleared = api.call("update_agent_instance", path=path, json={"details": {"quality_payload": None}})["details"]
    assert cleared["quality_payload"] is None
    # The `details` wrapper is required, as on the platform.
    unwrapped = api.call("update_agent_instance", expect=422, path=path, json={"quality_payload": {"score": 1}})
    assert "details" in unwrapped["errors"]
    api.call("update_agent_instance", expect=404, path={"agent_instance_id": "nope"}, json=body)


def test_terminate_needs_a_reason_and_stops_the_instance(
    api: Caller, new_instance: Callable[..., dict[str, Any]]
) -> None:
    path = {"agent_instance_id": new_instance()["id"]}
    for bad in ({}, {"reason": ""}, {"reason": "   "}):
        assert "reason" in api.call("terminate_agent_instance", expect=422, path=path, json=bad)["errors"]
    done = api.call("terminate_agent_instance", path=path, json={"reason": "over budget"})["details"]
    assert (done["status"], done["termination_reason"]) == ("terminated", "over budget")
    again = api.call("terminate_agent_instance", expect=409, path=path, json={"reason": "again"})
    assert again["code"] == "invalid_state"
    api.call("terminate_agent_instance", expect=404, path={"agent_instance_id": "nope"}, json={"reason": "x"})


def test_a_deployment_token_registers_its_own_agent_and_cannot_read_runs(
    api: Caller, agent: dict[str, Any], base_url: str, spec: Any
) -> None:
    import httpx2

    minted = httpx2.post(f"{base_url}/_sandbox/deployment_tokens", json={"agent_id": agent["id"]})
    assert minted.status_code == 201
    with httpx2.Client(base_url=base_url, headers={"Authorization": f"Bearer {minted.json()['token']}"}) as http:
        deployed = Caller(http, spec)
        body = {"agent_version": {"name": "v1"}, "agent_schema_version": {"external_identifier": "s1"}}
        spec.validate_schema("RegisterAgentInstanceRequest", body)
        instance = deployed.call("register_agent_instance", json=body)["details"]
        assert instance["agent_id"] == agent["id"] and instance["environment_id"] == "env_sandbox"
        other = deployed.call("register_agent_instance", expect=403, json={**body, "agent_id": "someone-else"})
        assert other["code"] == "forbidden"
        path = {"agent_instance_id": instance["id"]}
        details = {"agent_instance_id": instance["id"], "schema_name": "llm", "status": "complete", "payload": {}}
        deployed.call("create_agent_span", json={"details": details})
        # Reading runs back and controlling them takes an account-scoped token.
        for operation, arguments in (
            ("list_agent_instances", {"params": {"agent_id": agent["id"]}}),
            ("list_agent_spans", {"params": {"agent_instance_id": instance["id"]}}),
            ("update_agent_instance", {"path": path, "json": {"details": {"quality_payload": {}}}}),
            ("terminate_agent_instance", {"path": path, "json": {"reason": "stop"}}),
        ):
            assert deployed.call(operation, expect=401, **arguments)["code"] == "unauthorized"
    # The account token sees the run the deployment recorded.
    listed = api.call("list_agent_spans", params={"agent_instance_id": instance["id"]})
    assert [span["schema_name"] for span in listed["summaries"]] == ["llm"]
    assert httpx2.post(f"{base_url}/_sandbox/deployment_tokens", json={"agent_id": "nope"}).status_code == 404
