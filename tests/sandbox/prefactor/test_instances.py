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
