# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Agents of the client's team."""

from __future__ import annotations

from typing import Any

from agentplug_moderately_client.models import Agent, AgentCreate, AgentUpdate, AgentWithRunStats
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._sync._pagination import Pager

from ..._params import IdList, id_list, page_params, query
from ._base import Resource, check_page

create_agent, delete_agent, get_agent, list_agents, update_agent = lazy_operations(
    "agentplug_moderately_client.api.agents", "create_agent", "delete_agent", "get_agent", "list_agents", "update_agent"
)

__all__ = ["Agents"]


class Agents(Resource):
    """Agents of the client's team (`client.agents`)."""

    def list(
        self,
        *,
        agent_ids: IdList | None = None,
        name_like: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[AgentWithRunStats]:
        """Agents of the client's team with their run statistics, every page fetched as iteration reaches it."""
        check_page(page, page_size, 1000)
        params = query(
            team_ids=self._team_id,
            agent_ids=id_list(agent_ids, "agent_ids"),
            name_like=name_like,
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            list_agents, {**params, **extra}, AgentWithRunStats.from_dict, page=page, page_size=page_size,
            max_items=max_items,
        )  # fmt: skip

    def retrieve(self, agent_id: str, **extra: Any) -> AgentWithRunStats:
        """One agent with its run statistics (NotFoundError when there is none)."""
        return self._api.call(AgentWithRunStats.from_dict, get_agent, {"agent_id": agent_id, **extra})

    def create(self, *, name: str, description: str | None = None, **options: Unpack[CallOptions]) -> Agent:
        """Create an agent in the client's team (ConflictError when the name is taken)."""
        body = given(AgentCreate, team_id=self._team_id, name=name, description=description)
        return self._api.call(Agent.from_dict, create_agent, {"body": body})

    def update(
        self, agent_id: str, *, name: str | None = None, description: str | None = None, **options: Unpack[CallOptions]
    ) -> Agent:
        """Rename an agent or change its description; sends only what is set."""
        body = given(AgentUpdate, name=name, description=description)
        return self._api.call(Agent.from_dict, update_agent, {"agent_id": agent_id, "body": body})

    def delete(self, agent_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete an agent."""
        self._api.send(delete_agent, {"agent_id": agent_id})
