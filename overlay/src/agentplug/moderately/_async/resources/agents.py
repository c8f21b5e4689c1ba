"""Agents of the client's team."""

from __future__ import annotations

from agentplug_moderately_client.models import Agent, AgentWithRunStats

from agentplug._core._pagination import AsyncPager

from ..._params import IdList, compact, id_list, page_params, query
from ._base import AsyncResource, check_page

__all__ = ["AsyncAgents"]


class AsyncAgents(AsyncResource):
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
    ) -> AsyncPager[AgentWithRunStats]:
        check_page(page, page_size, 1000)
        params = query(
            teamIds=self._team_id,
            agentIds=id_list(agent_ids, "agent_ids"),
            nameLike=name_like,
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            "/agents", params, AgentWithRunStats.from_dict, page=page, page_size=page_size, max_items=max_items
        )

    async def retrieve(self, agent_id: str) -> AgentWithRunStats:
        path = self._api.path("/agents/{agentId}", ("agentId", agent_id))
        return await self._api.call(AgentWithRunStats.from_dict, "GET", path)

    async def create(self, *, name: str, description: str | None = None) -> Agent:
        """Create an agent in the client's team (ConflictError when the name is taken)."""
        body = compact(teamId=self._team_id, name=name, description=description)
        return await self._api.call(Agent.from_dict, "POST", "/agents", body=body)

    async def update(self, agent_id: str, *, name: str | None = None, description: str | None = None) -> Agent:
        path = self._api.path("/agents/{agentId}", ("agentId", agent_id))
        return await self._api.call(Agent.from_dict, "PATCH", path, body=compact(name=name, description=description))

    async def delete(self, agent_id: str) -> None:
        await self._api.send("DELETE", self._api.path("/agents/{agentId}", ("agentId", agent_id)))
