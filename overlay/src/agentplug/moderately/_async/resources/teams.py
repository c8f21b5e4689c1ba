"""Teams: list, read, create and rename."""

from __future__ import annotations

from agentplug_moderately_client.models import Team

from agentplug._core._pagination import AsyncPager

from ..._params import IdList, compact, id_list, page_params, query
from ..._unsupported import unsupported
from ._base import AsyncResource, check_page

__all__ = ["AsyncTeams"]


class AsyncTeams(AsyncResource):
    def list(
        self,
        *,
        team_ids: IdList | None = None,
        name: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Team]:
        """Teams the credentials can see (every team, unless `team_ids` narrows it)."""
        check_page(page, page_size, 1000)
        params = query(
            teamIds=id_list(team_ids, "team_ids"), name=name, **page_params(page, page_size, order_by, order_direction)
        )
        return self._api.pager("/teams", params, Team.from_dict, page=page, page_size=page_size, max_items=max_items)

    async def retrieve(self, team_id: str) -> Team:
        return await self._api.call(Team.from_dict, "GET", self._api.path("/teams/{teamId}", ("teamId", team_id)))

    async def create(self, *, name: str) -> Team:
        return await self._api.call(Team.from_dict, "POST", "/teams", body={"name": name})

    async def update(self, team_id: str, *, name: str | None = None) -> Team:
        path = self._api.path("/teams/{teamId}", ("teamId", team_id))
        return await self._api.call(Team.from_dict, "PATCH", path, body=compact(name=name))

    async def delete(self, team_id: str) -> None:
        """Not offered by the API: raises UnsupportedOperationError (no request is sent)."""
        raise unsupported("teams.delete", "Teams are removed from the platform's web application.")
