"""`client.agent_instances`: register, start, finish, get, record_quality (and list, update, terminate)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import ModuleType
from typing import Any

from agentplug_prefactor_client.models import (
    AgentInstanceRecordQuality,
    FinishInstanceRequest,
    RegisterAgentInstanceRequest,
    TimestampRequest,
)
from typing_extensions import Unpack

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug.errors import ConfigurationError

from .._inputs import AgentVersionInput, SchemaVersionInput, agent_version_body, schema_version_body
from .._models import AgentInstance
from .._wire import details_parser, iso, new_key
from .instance_admin import AsyncInstanceAdmin

(
    finish_agent_instance,
    get_agent_instance,
    record_agent_instance_quality,
    register_agent_instance,
    start_agent_instance,
) = lazy_operations(
    "agentplug_prefactor_client.api.agent_instances",
    "finish_agent_instance",
    "get_agent_instance",
    "record_agent_instance_quality",
    "register_agent_instance",
    "start_agent_instance",
)

__all__ = ["AsyncAgentInstances"]

_INSTANCE = details_parser(AgentInstance.from_dict, "AgentInstance")
_PURPOSES = ("live", "smoke_test", "eval")
_FINISH = ("complete", "failed", "cancelled")


class AsyncAgentInstances(AsyncInstanceAdmin):
    """Agent instances (`client.agent_instances`): the runs of agents, from registration to finish."""

    def __init__(self, http: AsyncHTTP) -> None:
        self._http = http

    async def _post(self, operation: ModuleType, body: Any, key: str | None, **arguments: Any) -> Any:
        key = key or new_key()
        body.idempotency_key = key  # a generated request model: its idempotency_key field
        return await self._http.send_operation(operation, {**arguments, "body": body}, headers={"Idempotency-Key": key})

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
        update_current_version: bool | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentInstance:
        """Register a pending instance of an agent with its version and schema version.

        `agent_id` (and usually `environment_id`) are needed with an account-scoped token and
        omitted with a deployment-scoped one. `update_current_version` left None is not sent (the
        server then moves the deployment's pinned version to this one).
        """
        if purpose is not None and purpose not in _PURPOSES:
            raise ConfigurationError(f"purpose must be one of {', '.join(_PURPOSES)}, got {purpose!r}")
        body = given(
            RegisterAgentInstanceRequest,
            agent_version=agent_version_body(agent_version),
            agent_schema_version=schema_version_body(agent_schema_version),
            update_current_version=update_current_version,
            agent_id=agent_id,
            environment_id=environment_id,
            id=id,
            purpose=purpose,
            external_identifier=external_identifier,
        )
        response = await self._post(register_agent_instance, body, idempotency_key)
        return _INSTANCE(response)

    async def start(
        self,
        agent_instance_id: str,
        *,
        timestamp: datetime | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentInstance:
        """Mark the instance active (at `timestamp`, or now as the server sees it)."""
        response = await self._post(
            start_agent_instance,
            TimestampRequest(timestamp=iso(timestamp)),  # type: ignore[arg-type]  # ISO text passes as is
            idempotency_key,
            agent_instance_id=agent_instance_id,
        )
        return _INSTANCE(response)

    async def finish(
        self,
        agent_instance_id: str,
        *,
        status: str | None = None,
        timestamp: datetime | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentInstance:
        """Finish the instance as `complete` (the server's default), `failed` or `cancelled`."""
        if status is not None and status not in _FINISH:
            raise ConfigurationError(f"status must be one of {', '.join(_FINISH)}, got {status!r}")
        body = given(FinishInstanceRequest, status=status, timestamp=iso(timestamp))
        response = await self._post(finish_agent_instance, body, idempotency_key, agent_instance_id=agent_instance_id)
        return _INSTANCE(response)

    async def get(self, agent_instance_id: str, **options: Unpack[CallOptions]) -> AgentInstance:
        """The instance with its span counts (`status` is `terminated` once the platform stopped it)."""
        response = await self._http.send_operation(get_agent_instance, {"agent_instance_id": agent_instance_id})
        return _INSTANCE(response)

    async def record_quality(
        self,
        agent_instance_id: str,
        name: str,
        payload: Mapping[str, Any] | None,
        *,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentInstance:
        """Store `payload` under the quality schema `name`; None removes that entry only."""
        body = AgentInstanceRecordQuality(name=name, payload=None if payload is None else dict(payload))  # type: ignore[arg-type]
        response = await self._post(
            record_agent_instance_quality, body, idempotency_key, agent_instance_id=agent_instance_id
        )
        return _INSTANCE(response)
