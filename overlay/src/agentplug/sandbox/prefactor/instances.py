"""Agent instance operations: register, list, get, update, start, finish, record_quality, terminate."""

from __future__ import annotations

import json
from typing import Any

from .config import Deployment
from .errors import ApiError, not_found, validation_failed
from .paging import list_envelope, page_params
from .store import ACCOUNT_ID, TERMINAL, InstanceRecord, Store, now_iso
from .templates import render
from .validation import Fields

__all__ = ["InstanceOperations"]

_PURPOSES = frozenset({"live", "smoke_test", "eval"})
_FINISH = frozenset({"complete", "failed", "cancelled"})


def _schema_version(fields: Fields) -> tuple[dict[str, dict[str, Any]], bool, dict[str, dict[str, Any]]]:
    """Span types and quality schemas declared by `agent_schema_version`, checked."""
    version = fields.nested("agent_schema_version", required=True)
    span_types: dict[str, dict[str, Any]] = {}
    quality: dict[str, dict[str, Any]] = {}
    if version is None:
        return span_types, False, quality
    version.string("external_identifier")
    for map_name in ("span_schemas", "span_result_schemas"):
        schemas = version.nested(map_name)
        for type_name in schemas.data if schemas is not None else ():
            schemas.json_object(type_name, nullable=False)  # type: ignore[union-attr]
            span_types.setdefault(type_name, {"title": type_name, "template": None})
    for list_name, schema_key, target in (
        ("span_type_schemas", "params_schema", span_types),
        ("quality_schemas", "schema", quality),
    ):
        entries = version.data.get(list_name)
        if entries is None:
            continue
        if not isinstance(entries, list):
            version.add(list_name, "must be a list")
            continue
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                version.add(f"{list_name}.{index}", "must be an object")
                continue
            item = Fields(entry, version.path(f"{list_name}.{index}"), version.errors)
            name = item.string("name", required=True, min_length=1)
            item.json_object(schema_key, required=True)
            if list_name == "span_type_schemas":
                item.json_object("result_schema", nullable=False)
            title = item.string("title", nullable=False)
            item.string("description", nullable=False)
            template = item.string("template", nullable=False)
            item.data_risk("data_risk")
            if name is None:
                continue
            if name in seen:
                item.add("name", "is declared twice")
            seen.add(name)
            target[name] = {"title": title or name, "template": template}
    return span_types, bool(span_types), quality


class InstanceOperations:
    def __init__(self, store: Store, environment_id: str) -> None:
        self.store = store
        self.environment_id = environment_id

    def record(self, instance_id: object) -> InstanceRecord:
        record = self.store.instance(instance_id) if isinstance(instance_id, str) else None
        if record is None:
            raise not_found("Agent instance")
        return record

    def _answer(self, record: InstanceRecord) -> dict[str, Any]:
        return {"status": "success", "details": self.store.instance_answer(record)}

    def register(self, params: dict[str, Any], deployment: Deployment | None = None) -> dict[str, Any]:
        """Register an instance; with a deployment-scoped token, of the token's agent and environment."""
        fields = Fields(params)
        version = fields.nested("agent_version", required=True)
        if version is not None:
            for name in ("name", "external_identifier", "description"):
                version.string(name, nullable=False)
            version.json_object("runtime_environment", nullable=False)
        span_types, strict, quality = _schema_version(fields)
        fields.boolean("update_current_version", default=True)
        agent_id = fields.string("agent_id", min_length=1)
        environment_id = fields.string("environment_id", min_length=1)
        if deployment is not None:
            for name, given, own in (
                ("agent_id", agent_id, deployment.agent_id),
                ("environment_id", environment_id, deployment.environment_id),
            ):
                if given is not None and given != own:
                    raise ApiError(403, "forbidden", f"The deployment-scoped token belongs to another {name[:-3]}")
            agent_id, environment_id = deployment.agent_id, deployment.environment_id
        environment_id = environment_id or self.environment_id
        instance_id = fields.string("id", min_length=1)
        fields.idempotency_key()
        purpose = fields.string("purpose", choices=_PURPOSES) or "live"
        external = fields.string("external_identifier", min_length=1)
        if agent_id is None and "agent_id" not in fields.errors:
            fields.add("agent_id", "is required with an account-scoped token")
        if instance_id is not None and instance_id in self.store.instances:
            fields.add("id", "has already been taken")
        fields.raise_if_invalid()
        agent = self.store.agents.get(agent_id or "")
        if agent is None:
            raise not_found("Agent")
        if agent["status"] == "retired":
            raise ApiError(409, "invalid_state", "A retired agent cannot register instances")
        if external is not None and any(
            r.data["agent_id"] == agent["id"] and r.data["external_identifier"] == external
            for r in self.store.instances.values()
        ):
            raise validation_failed({"external_identifier": ["has already been taken"]})
        version_data = params["agent_version"]
        version_key = (agent["id"], json.dumps(version_data, sort_keys=True))
        version_id = self.store.versions.setdefault(version_key, self.store.new_id("agver"))
        schema_key = (agent["id"], json.dumps(params["agent_schema_version"], sort_keys=True))
        self.store.schema_versions.setdefault(schema_key, self.store.new_id("agschema"))
        if agent["status"] == "pending":
            agent.update(status="active", updated_at=now_iso())
        stamp = now_iso()
        data = {
            "type": "agent_instance",
            "id": instance_id or self.store.new_id("inst"),
            "account_id": ACCOUNT_ID,
            "agent_id": agent["id"],
            "agent_version_id": version_id,
            "environment_id": environment_id,
            "agent_deployment_id": f"deploy_{agent['id']}_{environment_id}",
            "status": "pending",
            "inserted_at": stamp,
            "updated_at": stamp,
            "started_at": None,
            "finished_at": None,
            "termination_reason": None,
            "external_identifier": external,
            "purpose": purpose,
            "quality_payloads": {},
            "quality_summaries": {},
            "quality_payload": None,
        }
        record = InstanceRecord(data, span_types, strict, quality)
        self.store.instances[data["id"]] = record
        return self._answer(record)

    def get(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._answer(self.record(params.get("agent_instance_id")))

    def list(self, params: dict[str, Any]) -> dict[str, Any]:
        """An agent's instances, oldest first (only `agent_id` filters, as on the platform)."""
        fields = Fields(params)
        agent_id = fields.string("agent_id", required=True, min_length=1)
        offset, size = page_params(fields)
        fields.raise_if_invalid()
        if agent_id not in self.store.agents:
            raise not_found("Agent")
        records = [record for record in self.store.instances.values() if record.data["agent_id"] == agent_id]
        answers = [self.store.instance_answer(record) for record in records]
        return list_envelope(answers, offset, size, {"field": "inserted_at", "direction": "asc"})

    def update(self, params: dict[str, Any]) -> dict[str, Any]:
        """Replace the instance's `quality_payload` (null clears it); the `details` wrapper is required."""
        record = self.record(params.get("agent_instance_id"))
        fields = Fields(params)
        details = fields.nested("details", required=True)
        fields.idempotency_key()
        payload = details.json_object("quality_payload") if details is not None else None
        fields.raise_if_invalid()
        assert details is not None
        if "quality_payload" in details.data:
            record.data["quality_payload"] = payload
        record.data["updated_at"] = now_iso()
        return self._answer(record)

    def start(self, params: dict[str, Any]) -> dict[str, Any]:
        record = self.record(params.get("agent_instance_id"))
        fields = Fields(params)
        if "timestamp" not in params:
            fields.add("timestamp", "is required (null means now)")
        timestamp = fields.timestamp("timestamp")
        fields.idempotency_key()
        fields.raise_if_invalid()
        if record.data["status"] != "pending":
            raise ApiError(409, "invalid_state", f"The instance is {record.data['status']}, not pending")
        record.data.update(status="active", started_at=timestamp or now_iso(), updated_at=now_iso())
        return self._answer(record)

    def finish(self, params: dict[str, Any]) -> dict[str, Any]:
        record = self.record(params.get("agent_instance_id"))
        fields = Fields(params)
        status = fields.string("status", choices=_FINISH) or "complete"
        timestamp = fields.timestamp("timestamp")
        fields.idempotency_key()
        fields.raise_if_invalid()
        if record.data["status"] in TERMINAL:
            raise ApiError(409, "invalid_state", f"The instance is already {record.data['status']}")
        record.data.update(status=status, finished_at=timestamp or now_iso(), updated_at=now_iso())
        return self._answer(record)

    def record_quality(self, params: dict[str, Any]) -> dict[str, Any]:
        record = self.record(params.get("agent_instance_id"))
        fields = Fields(params)
        name = fields.string("name", required=True, min_length=1)
        if "payload" not in params:
            fields.add("payload", "is required (null removes the entry)")
        payload = fields.json_object("payload")
        fields.idempotency_key()
        if name is not None and name not in record.quality_schemas:
            fields.add("name", "is not a quality schema of the instance's schema version")
        fields.raise_if_invalid()
        assert name is not None
        payloads, summaries = record.data["quality_payloads"], record.data["quality_summaries"]
        if payload is None:
            payloads.pop(name, None)
            summaries.pop(name, None)
        else:
            payloads[name] = payload
            template = record.quality_schemas[name].get("template")
            summaries[name] = render(template, payload, None) if template else json.dumps(payload, sort_keys=True)
        record.data["updated_at"] = now_iso()
        return self._answer(record)

    def terminate(self, params: dict[str, Any]) -> dict[str, Any]:
        """Stop the instance from the platform's side: later span answers carry `control`."""
        record = self.record(params.get("agent_instance_id"))
        fields = Fields(params)
        reason = fields.string("reason", required=True, min_length=1)
        if reason is not None and not reason.strip():
            fields.add("reason", "can't be blank")
        fields.idempotency_key()
        fields.raise_if_invalid()
        if record.data["status"] in TERMINAL:
            raise ApiError(409, "invalid_state", f"The instance is already {record.data['status']}")
        record.data.update(status="terminated", termination_reason=reason, finished_at=now_iso(), updated_at=now_iso())
        return self._answer(record)
