"""`client.agent_spans`: create and finish one span directly (telemetry normally goes through bulk); list,
feed and follow an instance's spans."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx2
from agentplug_prefactor_client.models import AgentSpanForCreate, CreateAgentSpanRequest, FinishSpanRequest
from typing_extensions import Unpack

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._call_options import CallOptions
from agentplug._core._errors import build_model
from agentplug._core._operations import given, lazy_operations
from agentplug.errors import ConfigurationError, ResponseValidationError

from .._errors import InstanceTerminatedError
from .._models import AgentSpan
from .._wire import control_of, envelope_of, iso, new_key
from .span_feed import AsyncSpanReads

create_agent_span, finish_agent_span = lazy_operations(
    "agentplug_prefactor_client.api.agent_spans", "create_agent_span", "finish_agent_span"
)

__all__ = ["AsyncAgentSpans"]

_STATUSES = ("pending", "active", "complete", "failed", "cancelled")
_FINISH = ("complete", "failed", "cancelled")


def parse_span(response: httpx2.Response) -> AgentSpan:
    """The span of a span answer; its `control` signal raises InstanceTerminatedError (span attached)."""
    body = envelope_of(response)
    details = body.get("details")
    if not isinstance(details, dict):
        raise ResponseValidationError("The prefactor server's answer has no `details` object", body=body)
    span = build_model(AgentSpan.from_dict, details, response=response, model="AgentSpan")
    terminate, reason = control_of(body)
    if terminate:
        raise InstanceTerminatedError(reason, instance_id=span.agent_instance_id, span=span)
    return span


class AsyncAgentSpans(AsyncSpanReads):
    """Agent spans (`client.agent_spans`): create and finish spans; list, feed or follow an instance's spans."""

    def __init__(self, http: AsyncHTTP) -> None:
        self._http = http

    async def create(
        self,
        agent_instance_id: str,
        schema_name: str,
        status: str = "active",
        *,
        payload: Mapping[str, Any] | None = None,
        result_payload: Mapping[str, Any] | None = None,
        id: str | None = None,
        parent_span_id: str | None = None,
        started_at: datetime | None = None,
        finished_at: datetime | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentSpan:
        """Record a span, open (`active`) or already finished.

        Raises InstanceTerminatedError (carrying the recorded span) when the platform asks the
        instance to stop.
        """
        if status not in _STATUSES:
            raise ConfigurationError(f"status must be one of {', '.join(_STATUSES)}, got {status!r}")
        key = idempotency_key or new_key()
        details = given(
            AgentSpanForCreate,
            agent_instance_id=agent_instance_id,
            schema_name=schema_name,
            status=status,
            payload=dict(payload or {}),
            result_payload=None if result_payload is None else dict(result_payload),
            id=id,
            parent_span_id=parent_span_id,
            started_at=iso(started_at),
            finished_at=iso(finished_at),
            idempotency_key=key,
        )
        body = CreateAgentSpanRequest(details=details)
        response = await self._http.send_operation(create_agent_span, {"body": body}, headers={"Idempotency-Key": key})
        return parse_span(response)

    async def finish(
        self,
        agent_span_id: str,
        *,
        status: str | None = None,
        result_payload: Mapping[str, Any] | None = None,
        timestamp: datetime | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentSpan:
        """Finish a span as `complete` (the server's default), `failed` or `cancelled`."""
        if status is not None and status not in _FINISH:
            raise ConfigurationError(f"status must be one of {', '.join(_FINISH)}, got {status!r}")
        key = idempotency_key or new_key()
        body = given(
            FinishSpanRequest,
            status=status,
            result_payload=None if result_payload is None else dict(result_payload),
            timestamp=iso(timestamp),
            idempotency_key=key,
        )
        response = await self._http.send_operation(
            finish_agent_span, {"agent_span_id": agent_span_id, "body": body}, headers={"Idempotency-Key": key}
        )
        return parse_span(response)
