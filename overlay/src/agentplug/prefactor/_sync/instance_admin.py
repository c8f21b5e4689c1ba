# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Reading runs back and controlling them: list an agent's instances, set an instance's
`quality_payload`, terminate an instance. Prefactor takes an account-scoped token for these (a
deployment-scoped one answers 401: AuthenticationError)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentplug_prefactor_client.models import (
    AgentInstanceForUpdate,
    AgentInstanceUpdateRequest,
    QualityPayload,
    TerminateAgentInstanceRequest,
)
from agentplug_prefactor_client.types import UNSET
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import lazy_operations
from agentplug._core._pagination import OffsetPagination, Page, Params
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._pagination import Pager
from agentplug._core._sync._resource import ResourceBase
from agentplug.errors import ConfigurationError

from .._models import AgentInstance
from .._pages import list_page
from .._wire import details_parser, new_key, path_id
from ._operations import send_built

list_agent_instances, terminate_agent_instance, update_agent_instance = lazy_operations(
    "agentplug_prefactor_client.api.agent_instances",
    "list_agent_instances",
    "terminate_agent_instance",
    "update_agent_instance",
)

__all__ = ["InstanceAdmin", "check_page_size", "paging_arguments"]

_INSTANCE = details_parser(AgentInstance.from_dict, "AgentInstance")


def check_page_size(page_size: int | None) -> None:
    if page_size is None:
        return  # the server's own page size
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
        raise ConfigurationError(f"page_size must be an integer between 1 and 100, got {page_size!r}")


def paging_arguments(params: Params) -> dict[str, Any]:
    """The generated operation's paging arguments: only those set (the first page sends no offset)."""
    return {"paginationoffset": params.get("offset", UNSET), "paginationpage_size": params.get("limit", UNSET)}


class InstanceAdmin(ResourceBase):
    """The read and control half of `client.agent_instances`."""

    _http: HTTP

    def list(
        self,
        agent_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[AgentInstance]:
        """Every instance of the agent, oldest first, fetched page by page as you iterate.

        `page_size` (1..100) is sent only when given; the server's own applies otherwise.
        """
        path_id(agent_id, "agent_id")
        check_page_size(page_size)

        def fetch(params: Params) -> Page[AgentInstance]:
            built = list_agent_instances.request_kwargs(agent_id=agent_id, **paging_arguments(params))
            return list_page(send_built(self._http, built), AgentInstance.from_dict, "AgentInstance", params)

        return Pager(fetch, OffsetPagination(limit=page_size), max_items=max_items)

    def update(
        self,
        agent_instance_id: str,
        *,
        quality_payload: Mapping[str, Any] | None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentInstance:
        """Replace the instance's `quality_payload` (an evaluation's verdict); None clears it."""
        if quality_payload is not None and not isinstance(quality_payload, Mapping):
            raise ConfigurationError(f"quality_payload must be a mapping or None, got {type(quality_payload).__name__}")
        key = idempotency_key or new_key()
        payload = None if quality_payload is None else QualityPayload.from_dict(dict(quality_payload))
        body = AgentInstanceUpdateRequest(details=AgentInstanceForUpdate(quality_payload=payload), idempotency_key=key)
        built = update_agent_instance.request_kwargs(path_id(agent_instance_id, "agent_instance_id"), body=body)
        response = send_built(self._http, built, headers={"Idempotency-Key": key})
        return _INSTANCE(response)

    def terminate(
        self, agent_instance_id: str, *, reason: str, idempotency_key: str | None = None, **options: Unpack[CallOptions]
    ) -> AgentInstance:
        """Stop the instance from the platform's side; its later spans answer with the stop signal.

        ConflictError when the instance has already finished.
        """
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigurationError("terminate needs a reason (a non-blank string): the agent is told it")
        key = idempotency_key or new_key()
        body = TerminateAgentInstanceRequest(reason=reason, idempotency_key=key)
        built = terminate_agent_instance.request_kwargs(path_id(agent_instance_id, "agent_instance_id"), body=body)
        response = send_built(self._http, built, headers={"Idempotency-Key": key})
        return _INSTANCE(response)
