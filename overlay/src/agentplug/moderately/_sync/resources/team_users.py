# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Team memberships: who belongs to which team, with which role."""

from __future__ import annotations

from agentplug_moderately_client.models import MessageResponse, TeamUser, TeamUserUpdate
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._sync._pagination import Pager

from ..._params import IdList, id_list, page_params, query
from ._base import Resource, check_page

delete_team_user, get_team_user, list_team_users, update_team_user = lazy_operations(
    "agentplug_moderately_client.api.team_users",
    "delete_team_user",
    "get_team_user",
    "list_team_users",
    "update_team_user",
)

__all__ = ["TeamUsers"]


class TeamUsers(Resource):
    """Team memberships (`client.team_users`)."""

    def list(
        self,
        *,
        team_user_ids: IdList | None = None,
        team_ids: IdList | None = None,
        user_ids: IdList | None = None,
        roles: IdList | None = None,
        name_like: str | None = None,
        email_like: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[TeamUser]:
        """Memberships (by default those of the client's team)."""
        check_page(page, page_size, 1000)
        params = query(
            team_user_ids=id_list(team_user_ids, "team_user_ids"),
            team_ids=id_list(team_ids, "team_ids") if team_ids is not None else self._team_id,
            user_ids=id_list(user_ids, "user_ids"),
            roles=id_list(roles, "roles"),
            name_like=name_like,
            email_like=email_like,
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            list_team_users, params, TeamUser.from_dict, page=page, page_size=page_size, max_items=max_items
        )

    def retrieve(self, team_user_id: str, **options: Unpack[CallOptions]) -> TeamUser:
        """One membership by id (NotFoundError when there is none)."""
        return self._api.call(TeamUser.from_dict, get_team_user, {"team_user_id": team_user_id})

    def update(
        self,
        team_user_id: str,
        *,
        role: str | None = None,
        is_default: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> TeamUser:
        """Change a membership's `role` and/or whether it is the user's default team; sends only what is set."""
        body = given(TeamUserUpdate, role=role, is_default=is_default)
        return self._api.call(TeamUser.from_dict, update_team_user, {"team_user_id": team_user_id, "body": body})

    def delete(self, team_user_id: str, **options: Unpack[CallOptions]) -> MessageResponse:
        """Remove a membership (BadRequestError for the last admin or one's own)."""
        return self._api.call(MessageResponse.from_dict, delete_team_user, {"team_user_id": team_user_id})
