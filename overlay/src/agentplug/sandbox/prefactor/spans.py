"""Span operations: create, finish and list, with the control signal of a terminated instance."""

from __future__ import annotations

from typing import Any

from .errors import ApiError, not_found
from .instances import InstanceOperations
from .paging import list_envelope, page_params
from .store import ACCOUNT_ID, SPAN_STATUSES, TERMINAL, Store, now_iso
from .templates import render
from .validation import Fields

__all__ = ["SpanOperations"]

_CREATE_STATUSES = frozenset(SPAN_STATUSES)
_FINISH = frozenset({"complete", "failed", "cancelled"})


class SpanOperations:
    def __init__(self, store: Store, instances: InstanceOperations) -> None:
        self.store = store
        self.instances = instances

    def _answer(self, span: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = {"status": "success", "details": dict(span)}
        instance = self.store.instances[span["agent_instance_id"]].data
        if instance["status"] == "terminated":
            answer["control"] = {"terminate": True, "reason": instance["termination_reason"]}
        return answer

    def create(self, details: dict[str, Any], prefix: str = "details") -> dict[str, Any]:
        """`details` is the span (the body's `details`, or a bulk item's own fields)."""
        fields = Fields(details, prefix)
        instance_id = fields.string("agent_instance_id", required=True, min_length=1)
        schema_name = fields.string("schema_name", required=True, min_length=1)
        status = fields.string("status", required=True, choices=_CREATE_STATUSES)
        if "payload" not in details:
            fields.add("payload", "is required")
        payload = fields.json_object("payload", nullable=False) or {}
        result = fields.json_object("result_payload")
        span_id = fields.string("id", min_length=1, nullable=False)
        parent_id = fields.string("parent_span_id", min_length=1)
        started_at = fields.timestamp("started_at")
        finished_at = fields.timestamp("finished_at")
        fields.idempotency_key()
        fields.raise_if_invalid()
        record = self.instances.record(instance_id)
        state = record.data["status"]
        # A registered instance takes spans before its start arrives: prefactor-core posts the first
        # span directly while the instance start is still queued.
        if state in TERMINAL and state != "terminated":
            raise ApiError(409, "instance_finished", f"The agent instance is already {state}")
        if record.strict_span_types and schema_name not in record.span_types:
            fields.add("schema_name", "is not a span type of the instance's schema version")
        if parent_id is not None:
            parent = self.store.spans.get(parent_id)
            if parent is None or parent["agent_instance_id"] != instance_id:
                fields.add("parent_span_id", "does not name a span of this instance")
        if span_id is not None and span_id in self.store.spans:
            fields.add("id", "has already been taken")
        fields.raise_if_invalid()
        assert instance_id is not None and schema_name is not None and status is not None
        span_type = record.span_types.get(schema_name, {"title": schema_name, "template": None})
        stamp = now_iso()
        terminal = status in _FINISH
        span = {
            "type": "agent_span",
            "id": span_id or self.store.new_id("span"),
            "account_id": ACCOUNT_ID,
            "agent_id": record.data["agent_id"],
            "agent_instance_id": instance_id,
            "parent_span_id": parent_id,
            "schema_name": schema_name,
            "schema_title": span_type["title"],
            "status": status,
            "payload": payload,
            "result_payload": result,
            "summary": render(span_type["template"], payload, result) if span_type["template"] else None,
            "started_at": started_at or stamp,
            "inserted_at": stamp,
            "updated_at": stamp,
            "finished_at": (finished_at or stamp) if terminal else None,
        }
        self.store.spans[span["id"]] = span
        record.span_ids.append(span["id"])
        record.counts[status] += 1
        return self._answer(span)

    def finish(self, params: dict[str, Any]) -> dict[str, Any]:
        span_id = params.get("agent_span_id")
        span = self.store.spans.get(span_id) if isinstance(span_id, str) else None
        if span is None:
            raise not_found("Agent span")
        fields = Fields(params)
        status = fields.string("status", choices=_FINISH) or "complete"
        result = fields.json_object("result_payload")
        timestamp = fields.timestamp("timestamp")
        fields.idempotency_key()
        fields.raise_if_invalid()
        current = span["status"]
        if current in _FINISH:
            raise ApiError(409, "invalid_transition", f"The span is already {current}")
        if current == "pending" and status != "cancelled":
            raise ApiError(409, "invalid_transition", "A pending span can only be cancelled")
        record = self.store.instances[span["agent_instance_id"]]
        record.counts[current] -= 1
        record.counts[status] += 1
        span.update(status=status, finished_at=timestamp or now_iso(), updated_at=now_iso())
        if "result_payload" in params:
            span["result_payload"] = result
        template = record.span_types.get(span["schema_name"], {}).get("template")
        if template:
            span["summary"] = render(template, span["payload"], span["result_payload"])
        return self._answer(span)

    def list(self, params: dict[str, Any]) -> dict[str, Any]:
        """An instance's spans in the order they were recorded: paging on from the last offset shows new ones."""
        fields = Fields(params)
        instance_id = fields.string("agent_instance_id", required=True, min_length=1)
        offset, size = page_params(fields)
        fields.raise_if_invalid()
        record = self.instances.record(instance_id)
        spans = [dict(self.store.spans[span_id]) for span_id in record.span_ids]
        return list_envelope(spans, offset, size, {"field": "inserted_at", "direction": "asc"})
