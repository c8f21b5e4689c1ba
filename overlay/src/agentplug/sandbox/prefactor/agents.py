"""Agent operations: create, list, show, get, update, delete, retire, reinstate."""

from __future__ import annotations

from typing import Any

from .errors import ApiError, not_found, validation_failed
from .paging import list_envelope, page_params
from .store import Store, now_iso
from .validation import Fields

__all__ = ["AgentOperations"]

_SORTABLE = frozenset({"name", "id", "inserted_at", "updated_at", "external_identifier", "status"})
_UPDATABLE = ("name", "description", "owner_person_id", "risk_profile_id", "team_id")
_FILTERS = ("risk_profile_id", "team_id", "owner_person_id")
_OPTIONAL = ("description", "external_identifier", "owner_person_id", "risk_profile_id", "team_id")


def _available_actions(agent: dict[str, Any]) -> dict[str, bool]:
    retired = agent["status"] == "retired"
    return {"update": not retired, "retire": not retired, "reinstate": retired, "delete": True}


def _summary(agent: dict[str, Any]) -> dict[str, Any]:
    summary = {key: value for key, value in agent.items() if key != "risk_profile_id"}
    summary["available_actions"] = _available_actions(agent)
    return summary


class AgentOperations:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _agent(self, agent_id: object) -> dict[str, Any]:
        agent = self.store.agents.get(agent_id) if isinstance(agent_id, str) else None
        if agent is None:
            raise not_found("Agent")
        return agent

    def answer(self, agent: dict[str, Any], counts: dict[str, int] | None = None) -> dict[str, Any]:
        details = {**agent, "available_actions": _available_actions(agent)}
        if counts is not None:
            details["instance_counts"] = counts
        return {"status": "success", "details": details}

    def create(self, params: dict[str, Any]) -> dict[str, Any]:
        fields = Fields(params)
        details = fields.nested("details", required=True)
        fields.idempotency_key()
        values: dict[str, Any] = {}
        agent_id = None
        if details is not None:
            values["name"] = details.string("name", required=True, min_length=1)
            for name in _OPTIONAL:
                values[name] = details.string(name)
            agent_id = details.string("id", min_length=1)
            external = values["external_identifier"]
            if external is not None and external in self.store.agent_by_external:
                details.add("external_identifier", "has already been taken")
            if agent_id is not None and agent_id in self.store.agents:
                details.add("id", "has already been taken")
        fields.raise_if_invalid()
        stamp = now_iso()
        agent = {
            "type": "agent",
            "id": agent_id or self.store.new_id("agent"),
            "status": "pending",
            **values,
            "inserted_at": stamp,
            "updated_at": stamp,
        }
        self.store.agents[agent["id"]] = agent
        if agent["external_identifier"] is not None:
            self.store.agent_by_external[agent["external_identifier"]] = agent["id"]
        return self.answer(agent)

    def list(self, params: dict[str, Any]) -> dict[str, Any]:
        fields = Fields(params)
        offset, size = page_params(fields)
        sorting = params.get("sorting") or "name"
        if not isinstance(sorting, str) or sorting.lstrip("-") not in _SORTABLE:
            fields.add("sorting", f"must name one of: {', '.join(sorted(_SORTABLE))}")
        fields.raise_if_invalid()
        filters = [(name, params[name]) for name in _FILTERS if params.get(name) is not None]
        agents = [agent for agent in self.store.agents.values() if all(agent.get(n) == v for n, v in filters)]
        key, descending = sorting.lstrip("-"), sorting.startswith("-")
        agents.sort(key=lambda agent: (str(agent.get(key) or ""), agent["id"]), reverse=descending)
        order = {"field": key, "direction": "desc" if descending else "asc"}
        return list_envelope([_summary(agent) for agent in agents], offset, size, order)

    def show(self, params: dict[str, Any]) -> dict[str, Any]:
        agent_id, external = params.get("agent_id"), params.get("external_identifier")
        if (agent_id is None) == (external is None):
            raise validation_failed({"agent_id": ["exactly one of agent_id and external_identifier must be given"]})
        if external is not None:
            agent_id = self.store.agent_by_external.get(external) if isinstance(external, str) else None
        agent = self._agent(agent_id)
        include = params.get("include_counts") in (True, "true")
        counts = self.store.instance_counts(agent["id"], params.get("environment_id")) if include else None
        return self.answer(agent, counts)

    def get(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.answer(self._agent(params.get("agent_id")))

    def update(self, params: dict[str, Any]) -> dict[str, Any]:
        agent = self._agent(params.get("agent_id"))
        fields = Fields(params)
        details = fields.nested("details", required=True)
        fields.idempotency_key()
        changes: dict[str, Any] = {}
        if details is not None:
            if "external_identifier" in details.data:
                details.add("external_identifier", "cannot be changed")
            for name in _UPDATABLE:
                if name in details.data:
                    value = details.string(name, min_length=1 if name == "name" else 0, nullable=name != "name")
                    changes[name] = value
        fields.raise_if_invalid()
        if agent["status"] == "retired":
            raise ApiError(409, "invalid_state", "A retired agent cannot be updated")
        agent.update(changes, updated_at=now_iso())
        return self.answer(agent)

    def delete(self, params: dict[str, Any]) -> dict[str, Any]:
        agent = self._agent(params.get("agent_id"))
        del self.store.agents[agent["id"]]
        if agent["external_identifier"] is not None:
            self.store.agent_by_external.pop(agent["external_identifier"], None)
        return self.answer(agent)

    def retire(self, params: dict[str, Any]) -> dict[str, Any]:
        agent = self._agent(params.get("agent_id"))
        if agent["status"] == "retired":
            raise ApiError(409, "invalid_state", "The agent is already retired")
        agent.update(status="retired", updated_at=now_iso())
        return self.answer(agent)

    def reinstate(self, params: dict[str, Any]) -> dict[str, Any]:
        agent = self._agent(params.get("agent_id"))
        if agent["status"] != "retired":
            raise ApiError(409, "invalid_state", "Only a retired agent can be reinstated")
        agent.update(status="active", updated_at=now_iso())
        return self.answer(agent)
