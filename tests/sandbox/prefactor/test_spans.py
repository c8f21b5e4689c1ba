"""Spans: accepted before the instance starts, parents must exist, transitions, templates, listing, control."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .spec import Caller


def _span(instance: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"details": {"agent_instance_id": instance["id"], "schema_name": "tool_call", "payload": {}, **fields}}


def test_a_span_is_accepted_before_the_instance_starts(
    api: Caller, new_instance: Callable[..., dict[str, Any]]
) -> None:
    # prefactor-core's quick start: `instance.start()` is queued, the first span is posted at once.
    pending = new_instance(start=False)
    span = api.call("create_agent_span", json=_span(pending, status="active"))["details"]
    path = {"agent_instance_id": pending["id"]}
    started = api.call("start_agent_instance", path=path, json={"timestamp": None})["details"]
    assert started["status"] == "active" and started["span_counts"]["active"] == 1
    api.call("finish_agent_span", path={"agent_span_id": span["id"]}, json={"status": "complete"})


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


def test_terminated_instance_sends_the_control_signal(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    instance = new_instance()
    open_span = api.call("create_agent_span", json=_span(instance, status="active"))
    assert "control" not in open_span
    path = {"agent_instance_id": instance["id"]}
    api.call("terminate_agent_instance", path=path, json={"reason": "budget exceeded"})
    after = api.call("create_agent_span", json=_span(instance, status="active"))
    assert after["control"] == {"terminate": True, "reason": "budget exceeded"}
    finished = api.call("finish_agent_span", path={"agent_span_id": open_span["details"]["id"]}, json={})
    assert finished["control"]["terminate"] is True
    assert api.call("get_agent_instance", path=path)["details"]["status"] == "terminated"
    assert (
        api.call("finish_agent_instance", expect=409, path=path, json={"status": "complete"})["code"] == "invalid_state"
    )


def test_spans_are_listed_in_recording_order_page_by_page(
    api: Caller, new_instance: Callable[..., dict[str, Any]]
) -> None:
    instance = new_instance()
    ids = [api.call("create_agent_span", json=_span(instance, status="active"))["details"]["id"] for _ in range(5)]
    query = {"agent_instance_id": instance["id"], "pagination[page_size]": 2}
    first = api.call("list_agent_spans", params=query)
    assert [span["id"] for span in first["summaries"]] == ids[:2]
    assert first["pagination"]["next_page_offset"] == 2 and first["pagination"]["item_count"] == 5
    last = api.call("list_agent_spans", params={**query, "pagination[offset]": 4})
    assert [span["id"] for span in last["summaries"]] == ids[4:]
    assert last["pagination"]["next_page_offset"] is None
    # Paging on from the end shows only what was recorded since.
    newer = api.call("create_agent_span", json=_span(instance, status="active"))["details"]["id"]
    after = api.call("list_agent_spans", params={**query, "pagination[offset]": 5})
    assert [span["id"] for span in after["summaries"]] == [newer]
    api.call("list_agent_spans", expect=404, params={"agent_instance_id": "nope"})
    missing = api.call("list_agent_spans", expect=422, params={"pagination[page_size]": 500})
    assert set(missing["errors"]) == {"agent_instance_id", "pagination[page_size]"}
