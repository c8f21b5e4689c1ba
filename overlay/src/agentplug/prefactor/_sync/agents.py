# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""`client.agents`: create, list (every page), show, get, update, delete, retire, reinstate."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from agentplug_prefactor_client.models import (
    AgentActionRequest,
    AgentCreateRequest,
    AgentForCreate,
    AgentForUpdate,
    AgentUpdateRequest,
)
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._pagination import OffsetPagination, Page, Params
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._pagination import Pager
from agentplug._core._sync._resource import ResourceBase
from agentplug.errors import ConfigurationError, ResponseValidationError

from .._models import Agent, AgentSummary
from .._wire import NOT_GIVEN, NotGiven, details_parser, envelope_of, new_key, prune

create_agent, delete_agent, get_agent, list_agents, reinstate_agent, retire_agent, show_agent, update_agent = (
    lazy_operations(
        "agentplug_prefactor_client.api.agents",
        "create_agent",
        "delete_agent",
        "get_agent",
        "list_agents",
        "reinstate_agent",
        "retire_agent",
        "show_agent",
        "update_agent",
    )
)

__all__ = ["Agents"]

_AGENT = details_parser(Agent.from_dict, "Agent")
_KeyedRequest = AgentCreateRequest | AgentUpdateRequest | AgentActionRequest


def _summaries(body: dict[str, Any], params: Params) -> Page[AgentSummary]:
    summaries = body.get("summaries")
    if not isinstance(summaries, list) or not all(isinstance(item, dict) for item in summaries):
        raise ResponseValidationError("The prefactor server's agent list has no `summaries` list", body=body)
    try:
        items = [AgentSummary.from_dict(item) for item in summaries]
    except (LookupError, TypeError, ValueError, AttributeError) as exc:
        raise ResponseValidationError(f"The server's answer is not a valid AgentSummary: {exc}", body=body) from exc
    pagination = body.get("pagination")
    total = has_more = None
    if isinstance(pagination, dict):
        count = pagination.get("item_count")
        total = count if isinstance(count, int) and not isinstance(count, bool) else None
        has_more = pagination.get("next_page_offset") is not None
    return Page(items, total=total, has_more=has_more, params=params)


class Agents(ResourceBase):
    """Agents (`client.agents`): create, list, read, update, delete, retire and reinstate."""

    def __init__(self, http: HTTP) -> None:
        self._http = http

    def _post(self, operation: ModuleType, body: _KeyedRequest, key: str | None, **arguments: Any) -> Any:
        key = key or new_key()  # one key per call, sent again by every retry
        body.idempotency_key = key
        return self._http.send_operation(operation, {**arguments, "body": body}, headers={"Idempotency-Key": key})

    def create(
        self,
        name: str,
        *,
        description: str | None = None,
        external_identifier: str | None = None,
        id: str | None = None,
        owner_person_id: str | None = None,
        risk_profile_id: str | None = None,
        team_id: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Agent:
        """Create an agent (`external_identifier` is unique within the account)."""
        details = given(
            AgentForCreate,
            name=name,
            description=description,
            external_identifier=external_identifier,
            id=id,
            owner_person_id=owner_person_id,
            risk_profile_id=risk_profile_id,
            team_id=team_id,
        )
        response = self._post(create_agent, AgentCreateRequest(details=details), idempotency_key)
        return _AGENT(response)

    def list(
        self,
        *,
        risk_profile_id: str | None = None,
        team_id: str | None = None,
        owner_person_id: str | None = None,
        sorting: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[AgentSummary]:
        """Every agent matching the filters, fetched page by page as you iterate.

        `sorting` is a field name, with a leading `-` for descending order (`"-name"`). Keyword
        arguments not named here go to the spec's operation as they are (a newer parameter).
        """
        if page_size is not None and not 1 <= page_size <= 100:
            raise ConfigurationError(f"page_size must be between 1 and 100, got {page_size}")
        filters = prune(
            {
                "risk_profile_id": risk_profile_id,
                "team_id": team_id,
                "owner_person_id": owner_person_id,
                "sorting": sorting,
            }
        )
        filters.update(extra)

        def fetch(params: Params) -> Page[AgentSummary]:
            query = dict(filters)
            if "offset" in params:
                query["paginationoffset"] = params["offset"]
            if "limit" in params:
                query["paginationpage_size"] = params["limit"]
            response = self._http.send_operation(list_agents, query)
            return _summaries(envelope_of(response), params)

        return Pager(fetch, OffsetPagination(limit=page_size), max_items=max_items)

    def show(
        self,
        *,
        agent_id: str | None = None,
        external_identifier: str | None = None,
        environment_id: str | None = None,
        include_counts: bool = False,
        include_risk_rollup: bool = False,
        **options: Unpack[CallOptions],
    ) -> Agent:
        """The agent with this id or external identifier (exactly one of the two)."""
        if (agent_id is None) == (external_identifier is None):
            raise ConfigurationError("agents.show needs exactly one of agent_id and external_identifier")
        query: dict[str, Any] = prune(
            {"agent_id": agent_id, "external_identifier": external_identifier, "environment_id": environment_id}
        )
        if include_counts:
            query["include_counts"] = True
        if include_risk_rollup:
            query["include_risk_rollup"] = True
        response = self._http.send_operation(show_agent, query)
        return _AGENT(response)

    def get(self, agent_id: str, **options: Unpack[CallOptions]) -> Agent:
        """One agent by id (NotFoundError when there is none)."""
        response = self._http.send_operation(get_agent, {"agent_id": agent_id})
        return _AGENT(response)

    def update(
        self,
        agent_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven | None = NOT_GIVEN,
        owner_person_id: str | NotGiven | None = NOT_GIVEN,
        risk_profile_id: str | NotGiven | None = NOT_GIVEN,
        team_id: str | NotGiven | None = NOT_GIVEN,
        idempotency_key: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Agent:
        """Change the given fields; None clears a field, an omitted one is kept."""
        changes = {
            "name": name,
            "description": description,
            "owner_person_id": owner_person_id,
            "risk_profile_id": risk_profile_id,
            "team_id": team_id,
        }
        if name is None:
            raise ConfigurationError("an agent's name cannot be cleared")
        # None clears a field (sent as null); NOT_GIVEN leaves it out.
        kept: dict[str, Any] = {key: value for key, value in changes.items() if value is not NOT_GIVEN}
        details = AgentForUpdate(**kept)
        response = self._post(update_agent, AgentUpdateRequest(details=details), idempotency_key, agent_id=agent_id)
        return _AGENT(response)

    def delete(self, agent_id: str, *, idempotency_key: str | None = None, **options: Unpack[CallOptions]) -> Agent:
        """Delete the agent; answers the deleted agent."""
        response = self._post(delete_agent, AgentActionRequest(), idempotency_key, agent_id=agent_id)
        return _AGENT(response)

    def retire(self, agent_id: str, *, idempotency_key: str | None = None, **options: Unpack[CallOptions]) -> Agent:
        """Retire an agent; answers it as stored.

        `idempotency_key` (one is generated otherwise) is sent again by every retry.
        """
        response = self._post(retire_agent, AgentActionRequest(), idempotency_key, agent_id=agent_id)
        return _AGENT(response)

    def reinstate(self, agent_id: str, *, idempotency_key: str | None = None, **options: Unpack[CallOptions]) -> Agent:
        """Reinstate a retired agent; answers it as stored.

        `idempotency_key` (one is generated otherwise) is sent again by every retry.
        """
        response = self._post(reinstate_agent, AgentActionRequest(), idempotency_key, agent_id=agent_id)
        return _AGENT(response)
