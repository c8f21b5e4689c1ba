# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Teams: list, read, create and rename."""

from __future__ import annotations

from typing import Any

from agentplug_moderately_client.models import Team, TeamCreate, TeamUpdate
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._sync._pagination import Pager

from ..._params import IdList, id_list, page_params, query
from ..._unsupported import unsupported
from ._base import Resource, check_page

create_team, get_team, list_teams, update_team = lazy_operations(
    "agentplug_moderately_client.api.teams", "create_team", "get_team", "list_teams", "update_team"
)

__all__ = ["Teams"]


def _no_description(call: str, description: str | None) -> None:
    """The published API's team is a name only; a description would be dropped by the server, so say so."""
    if description is not None:
        raise unsupported(
            f"{call}(description=...)",
            "A team has only a name in the published API; keep the description elsewhere (e.g. in your own records).",
        )


class Teams(Resource):
    """Teams (`client.teams`)."""

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
        **extra: Any,
    ) -> Pager[Team]:
        """Teams the credentials can see (every team, unless `team_ids` narrows it)."""
        check_page(page, page_size, 1000)
        params = query(
            team_ids=id_list(team_ids, "team_ids"), name=name, **page_params(page, page_size, order_by, order_direction)
        )
        return self._api.pager(
            list_teams, {**params, **extra}, Team.from_dict, page=page, page_size=page_size, max_items=max_items
        )

    def retrieve(self, team_id: str, **extra: Any) -> Team:
        """One team by id (NotFoundError when there is none)."""
        return self._api.call(Team.from_dict, get_team, {"team_id": team_id, **extra})

    def create(self, *, name: str, description: str | None = None, **options: Unpack[CallOptions]) -> Team:
        """Create a team. `description` is the vendor SDK's keyword: the API's teams have none (see below)."""
        _no_description("teams.create", description)
        return self._api.call(Team.from_dict, create_team, {"body": TeamCreate(name=name)})

    def update(
        self, team_id: str, *, name: str | None = None, description: str | None = None, **options: Unpack[CallOptions]
    ) -> Team:
        """Rename a team. `description` is the vendor SDK's keyword: the API's teams have none (see below)."""
        _no_description("teams.update", description)
        body = given(TeamUpdate, name=name)
        return self._api.call(Team.from_dict, update_team, {"team_id": team_id, "body": body})

    def delete(self, team_id: str, **options: Unpack[CallOptions]) -> None:
        """Not offered by the API: raises UnsupportedOperationError (no request is sent)."""
        raise unsupported(
            "teams.delete",
            "The published API has no DELETE /teams/{teamId}; teams are removed from the platform's web application.",
        )
