"""Bulk semantics and idempotency: ordered items, stop at the first failure, stored answers, never twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2

from .conftest import key
from .spec import Caller


def _create(instance: dict[str, Any], item_key: str, **fields: Any) -> dict[str, Any]:
    return {
        "_type": "agent_spans/create",
        "idempotency_key": item_key,
        "agent_instance_id": instance["id"],
        "schema_name": "llm",
        "status": "active",
        "payload": {},
        **fields,
    }


def _spans(http: httpx2.Client, instance: dict[str, Any]) -> list[dict[str, Any]]:
    spans: list[dict[str, Any]] = http.get(f"/_sandbox/agent_instance/{instance['id']}/spans").json()
    return spans


def test_items_run_in_order_and_stop_at_the_first_failure(
    api: Caller, http: httpx2.Client, new_instance: Callable[..., dict[str, Any]]
) -> None:
    instance = new_instance()
    items = [
        _create(instance, "item-aaaa-1", id="bulk-parent"),
        _create(instance, "item-aaaa-2", parent_span_id="bulk-parent"),
        {"_type": "agent_spans/finish", "idempotency_key": "item-aaaa-3", "agent_span_id": "bulk-parent"},
        _create(instance, "item-aaaa-4", parent_span_id="never-sent"),
        _create(instance, "item-aaaa-5"),
    ]
    body = api.call("execute_bulk", json={"items": items})
    outputs = body["outputs"]
    assert list(outputs) == ["item-aaaa-1", "item-aaaa-2", "item-aaaa-3", "item-aaaa-4"]
    assert [outputs[k]["status"] for k in outputs] == ["success", "success", "success", "error"]
    assert outputs["item-aaaa-4"]["code"] == "validation_errors"
    assert outputs["item-aaaa-3"]["details"]["status"] == "complete"
    assert len(_spans(http, instance)) == 2


def test_a_replayed_bulk_never_duplicates(api: Caller, http: httpx2.Client, new_instance: Callable[..., Any]) -> None:
    instance = new_instance()
    items = [_create(instance, key()) for _ in range(5)]
    first = api.call("execute_bulk", json={"items": items})
    again = api.call("execute_bulk", json={"items": items})
    assert first == again
    assert len(_spans(http, instance)) == 5


def test_whole_request_validation(api: Caller, new_instance: Callable[..., dict[str, Any]]) -> None:
    instance = new_instance()
    errors = api.call(
        "execute_bulk",
        expect=422,
        json={"items": [_create(instance, "same-key-1"), _create(instance, "same-key-1"), {"_type": "x"}]},
    )["errors"]
    assert set(errors) == {"items.1.idempotency_key", "items.2._type", "items.2.idempotency_key"}
    assert "items" in api.call("execute_bulk", expect=422, json={"items": []})["errors"]


def test_bulk_covers_agents_and_instances(api: Caller, agent: dict[str, Any]) -> None:
    items = [
        {"_type": "agents/show", "idempotency_key": key(), "agent_id": agent["id"]},
        {"_type": "agents/list", "idempotency_key": key()},
        {"_type": "agent_instances/register", "idempotency_key": "register-bulk-1", "agent_id": agent["id"],
         "agent_version": {"name": "v"}, "agent_schema_version": {}},
    ]  # fmt: skip
    outputs = api.call("execute_bulk", json={"items": items})["outputs"]
    assert outputs[items[0]["idempotency_key"]]["details"]["id"] == agent["id"]
    assert "summaries" in outputs[items[1]["idempotency_key"]]
    assert outputs["register-bulk-1"]["details"]["status"] == "pending"


def test_same_key_same_result(api: Caller, http: httpx2.Client, new_instance: Callable[..., dict[str, Any]]) -> None:
    instance = new_instance()
    body = {"details": {"agent_instance_id": instance["id"], "schema_name": "llm", "status": "active",
                        "payload": {}, "idempotency_key": "span-key-1"}}  # fmt: skip
    first = api.call("create_agent_span", json=body)
    second = api.call("create_agent_span", json=body)
    assert first == second and len(_spans(http, instance)) == 1
    changed = {"details": {**body["details"], "payload": {"other": True}}}
    assert api.call("create_agent_span", expect=409, json=changed)["code"] == "idempotency_key_reused"


def test_idempotency_key_header_is_honoured(api: Caller, agent: dict[str, Any]) -> None:
    headers = {"Idempotency-Key": key()}
    body = {"agent_id": agent["id"], "agent_version": {"name": "v"}, "agent_schema_version": {}}
    first = api.call("register_agent_instance", json=body, headers=headers)
    assert api.call("register_agent_instance", json=body, headers=headers) == first
