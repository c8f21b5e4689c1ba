"""Spans: instance must have started, parents must exist, transitions, templates, the control signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2

from .spec import Caller


def _span(instance: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"details": {"agent_instance_id": instance["id"], "schema_name": "tool_call", "payload": {}, **fields}}


def test_no_span_before_the_instance_starts(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    pending = new_instance(start=False)
    assert (
        api.call("create_agent_span", expect=409, json=_span(pending, status="active"))["code"]
        == "instance_not_started"
    )


def test_parent_must_be_a_known_span_of_the_instance(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    instance = new_instance()
    body = api.call("create_agent_span", expect=422, json=_span(instance, status="active", parent_span_id="local-1"))
    assert body["errors"] == {"details.parent_span_id": ["does not name a span of this instance"]}
    parent = api.call("create_agent_span", json=_span(instance, status="active", id="client-parent-1"))["details"]
    child = api.call("create_agent_span", json=_span(instance, status="active", parent_span_id=parent["id"]))
    assert child["details"]["parent_span_id"] == "client-parent-1"


def test_finish_renders_the_template_and_refuses_a_second_finish(
    api: Caller, new_instance: Callable[..., dict[str, Any]]
) -> None:
    span = api.call("create_agent_span", json=_span(new_instance(), status="active", payload={"tool": "search"}))
    path = {"agent_span_id": span["details"]["id"]}
    done = api.call("finish_agent_span", path=path, json={"status": "complete", "result_payload": {"answer": 42}})
    assert done["details"]["status"] == "complete" and done["details"]["summary"] == "search -> 42"
    assert api.call("finish_agent_span", expect=409, path=path, json={})["code"] == "invalid_transition"
    assert api.call("finish_agent_span", expect=404, path={"agent_span_id": "nope"}, json={})["code"] == "not_found"


def test_pending_span_can_only_be_cancelled(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    span = api.call("create_agent_span", json=_span(new_instance(), status="pending"))
    path = {"agent_span_id": span["details"]["id"]}
    assert (
        api.call("finish_agent_span", expect=409, path=path, json={"status": "complete"})["code"]
        == "invalid_transition"
    )
    assert api.call("finish_agent_span", path=path, json={"status": "cancelled"})["details"]["status"] == "cancelled"


def test_unknown_span_type_is_refused(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    body = _span(new_instance(), status="active")
    body["details"]["schema_name"] = "not-declared"
    assert "details.schema_name" in api.call("create_agent_span", expect=422, json=body)["errors"]


def test_terminated_instance_sends_the_control_signal(
    api: Caller, http: httpx2.Client, new_instance: Callable[..., dict[str, Any]]
) -> None:
    instance = new_instance()
    open_span = api.call("create_agent_span", json=_span(instance, status="active"))
    assert "control" not in open_span
    http.post(f"/_sandbox/agent_instance/{instance['id']}/terminate", json={"reason": "budget exceeded"})
    after = api.call("create_agent_span", json=_span(instance, status="active"))
    assert after["control"] == {"terminate": True, "reason": "budget exceeded"}
    finished = api.call("finish_agent_span", path={"agent_span_id": open_span["details"]["id"]}, json={})
    assert finished["control"]["terminate"] is True
    path = {"agent_instance_id": instance["id"]}
    assert api.call("get_agent_instance", path=path)["details"]["status"] == "terminated"
    assert (
        api.call("finish_agent_instance", expect=409, path=path, json={"status": "complete"})["code"] == "invalid_state"
    )
