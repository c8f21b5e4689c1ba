"""Agents: the eight agent endpoints, envelopes, paging, null-clears, transitions, field-path errors."""

from __future__ import annotations

import uuid
from typing import Any

from .spec import Caller


def test_create_get_show_and_counts(api: Caller) -> None:
    external = f"ext-{uuid.uuid4().hex[:8]}"
    created = api.call("create_agent", json={"details": {"name": "Support bot", "external_identifier": external}})
    agent = created["details"]
    assert created["status"] == "success" and agent["type"] == "agent" and agent["name"] == "Support bot"
    assert api.call("get_agent", path={"agent_id": agent["id"]})["details"]["id"] == agent["id"]
    shown = api.call("show_agent", params={"external_identifier": external, "include_counts": "true"})["details"]
    assert shown["id"] == agent["id"] and shown["instance_counts"]["total"] == 0


def test_show_needs_exactly_one_selector(api: Caller, agent: dict[str, Any]) -> None:
    body = api.call("show_agent", expect=422, params={"agent_id": agent["id"], "external_identifier": "x"})
    assert body["code"] == "validation_errors" and "agent_id" in body["errors"]
    assert api.call("show_agent", expect=404, params={"external_identifier": "no-such"})["code"] == "not_found"


def test_validation_errors_name_the_field_path(api: Caller) -> None:
    body = api.call("create_agent", expect=422, json={"details": {"name": "", "team_id": 5}})
    assert body["status"] == "error" and body["message"] == "Validation failed"
    assert set(body["errors"]) == {"details.name", "details.team_id"}
    assert api.call("create_agent", expect=422, json={})["errors"] == {"details": ["is required"]}


def test_body_that_is_not_an_object_is_a_bad_request(api: Caller) -> None:
    assert api.call("create_agent", expect=400, json=[1, 2])["code"] == "bad_request"


def test_list_pages_and_sorts(api: Caller) -> None:
    team = f"team-{uuid.uuid4().hex[:6]}"
    for name in ("c", "a", "b"):
        api.call("create_agent", json={"details": {"name": name, "team_id": team}})
    first = api.call("list_agents", params={"team_id": team, "pagination[page_size]": 2})
    assert [s["name"] for s in first["summaries"]] == ["a", "b"]
    assert first["pagination"]["item_count"] == 3 and first["pagination"]["next_page_offset"] == 2
    second = api.call("list_agents", params={"team_id": team, "pagination[page_size]": 2, "pagination[offset]": 2})
    assert [s["name"] for s in second["summaries"]] == ["c"] and second["pagination"]["next_page_offset"] is None
    descending = api.call("list_agents", params={"team_id": team, "sorting": "-name"})
    assert [s["name"] for s in descending["summaries"]] == ["c", "b", "a"]
    assert descending["sorting"] == {"field": "name", "direction": "desc"}
    bad = api.call("list_agents", expect=422, params={"pagination[page_size]": 500})
    assert "pagination[page_size]" in bad["errors"]


def test_update_keeps_omitted_fields_and_clears_nulls(api: Caller) -> None:
    details = {"name": "n", "description": "d", "team_id": "t"}
    agent = api.call("create_agent", json={"details": details})["details"]
    path = {"agent_id": agent["id"]}
    updated = api.call("update_agent", path=path, json={"details": {"description": None, "name": "m"}})["details"]
    assert updated["name"] == "m" and updated["description"] is None and updated["team_id"] == "t"
    frozen = api.call("update_agent", expect=422, path=path, json={"details": {"external_identifier": "x"}})
    assert "details.external_identifier" in frozen["errors"]


def test_retire_reinstate_delete(api: Caller, agent: dict[str, Any]) -> None:
    path = {"agent_id": agent["id"]}
    retired = api.call("retire_agent", path=path)["details"]
    assert retired["status"] == "retired" and retired["available_actions"]["reinstate"] is True
    assert api.call("retire_agent", expect=409, path=path)["code"] == "invalid_state"
    assert (
        api.call("reinstate_agent", path=path, json={"idempotency_key": "reinstate-1"})["details"]["status"] == "active"
    )
    assert api.call("delete_agent", path=path)["details"]["id"] == agent["id"]
    assert api.call("get_agent", expect=404, path=path)["code"] == "not_found"
