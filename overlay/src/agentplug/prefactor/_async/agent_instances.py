"""`client.agent_instances`: register, start, finish, get, record_quality (and list, update, terminate)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from agentplug._core._http import AsyncHTTP
from agentplug._core._response import APIResult, RawResponseMixin, raw_capable
from agentplug.errors import ConfigurationError

from .._inputs import AgentVersionInput, SchemaVersionInput, agent_version_body, schema_version_body
from .._models import AgentInstance
from .._wire import PLATFORM, details_parser, iso, new_key, path_id, prune
from .instance_admin import AsyncInstanceAdmin

__all__ = ["AsyncAgentInstances"]

_INSTANCE = details_parser(AgentInstance.from_dict, "AgentInstance")
_PURPOSES = ("live", "smoke_test", "eval")
_FINISH = ("complete", "failed", "cancelled")


class AsyncAgentInstances(AsyncInstanceAdmin, RawResponseMixin):
    def __init__(self, http: AsyncHTTP) -> None:
        self._http = http

    async def _post(self, path: str, body: dict[str, Any], key: str | None) -> Any:
        key = key or new_key()
        body["idempotency_key"] = key
        return await self._http.send("POST", path, json=body, headers={"Idempotency-Key": key})

    @raw_capable
    async def register(
        self,
        *,
        agent_version: AgentVersionInput = None,
        agent_schema_version: SchemaVersionInput = None,
        agent_id: str | None = None,
        environment_id: str | None = None,
        id: str | None = None,
        purpose: str | None = None,
        external_identifier: str | None = None,
        update_current_version: bool = True,
        idempotency_key: str | None = None,
    ) -> APIResult[AgentInstance]:
        """Register a pending instance of an agent with its version and schema version.

        `agent_id` (and usually `environment_id`) are needed with an account-scoped token and
        omitted with a deployment-scoped one.
        """
        if purpose is not None and purpose not in _PURPOSES:
            raise ConfigurationError(f"purpose must be one of {', '.join(_PURPOSES)}, got {purpose!r}")
        body = {
            "agent_version": agent_version_body(agent_version),
            "agent_schema_version": schema_version_body(agent_schema_version),
            "update_current_version": update_current_version,
            **prune(
                {
                    "agent_id": agent_id,
                    "environment_id": environment_id,
                    "id": id,
                    "purpose": purpose,
                    "external_identifier": external_identifier,
                }
            ),
        }
        response = await self._post("/api/v1/agent_instance/register", body, idempotency_key)
        return APIResult(response, _INSTANCE, PLATFORM)

    @raw_capable
    async def start(
        self, agent_instance_id: str, *, timestamp: datetime | None = None, idempotency_key: str | None = None
    ) -> APIResult[AgentInstance]:
        """Mark the instance active (at `timestamp`, or now as the server sees it)."""
        path = f"/api/v1/agent_instance/{path_id(agent_instance_id, 'agent_instance_id')}/start"
        response = await self._post(path, {"timestamp": iso(timestamp)}, idempotency_key)
        return APIResult(response, _INSTANCE, PLATFORM)

    @raw_capable
    async def finish(
        self,
        agent_instance_id: str,
        *,
        status: str | None = None,
        timestamp: datetime | None = None,
        idempotency_key: str | None = None,
    ) -> APIResult[AgentInstance]:
        """Finish the instance as `complete` (the server's default), `failed` or `cancelled`."""
        if status is not None and status not in _FINISH:
            raise ConfigurationError(f"status must be one of {', '.join(_FINISH)}, got {status!r}")
        path = f"/api/v1/agent_instance/{path_id(agent_instance_id, 'agent_instance_id')}/finish"
        response = await self._post(path, prune({"status": status, "timestamp": iso(timestamp)}), idempotency_key)
        return APIResult(response, _INSTANCE, PLATFORM)

    @raw_capable
    async def get(self, agent_instance_id: str) -> APIResult[AgentInstance]:
        """The instance with its span counts (`status` is `terminated` once the platform stopped it)."""
        response = await self._http.send(
            "GET", f"/api/v1/agent_instance/{path_id(agent_instance_id, 'agent_instance_id')}"
        )
        return APIResult(response, _INSTANCE, PLATFORM)

    @raw_capable
    async def record_quality(
        self,
        agent_instance_id: str,
        name: str,
        payload: Mapping[str, Any] | None,
        *,
        idempotency_key: str | None = None,
    ) -> APIResult[AgentInstance]:
        """Store `payload` under the quality schema `name`; None removes that entry only."""
        path = f"/api/v1/agent_instance/{path_id(agent_instance_id, 'agent_instance_id')}/record_quality"
        body = {"name": name, "payload": None if payload is None else dict(payload)}
        response = await self._post(path, body, idempotency_key)
        return APIResult(response, _INSTANCE, PLATFORM)
