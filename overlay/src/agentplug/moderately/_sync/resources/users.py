# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Users: read and update (the API creates and deletes users through other means)."""

from __future__ import annotations

from typing import Any

from agentplug_moderately_client.models import UserUpdate
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import lazy_operations
from agentplug._core._sync._pagination import Pager

from ..._params import IdList, id_list, page_params, query
from ..models import UserModel, parser
from ._base import Resource, check_page

get_user, list_users, update_user = lazy_operations(
    "agentplug_moderately_client.api.users", "get_user", "list_users", "update_user"
)

__all__ = ["Users"]


class Users(Resource):
    """Users of the client's team (`client.users`)."""

    def list(
        self,
        *,
        user_ids: IdList | None = None,
        user_emails: IdList | None = None,
        full_name_like: str | None = None,
        nickname_like: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[UserModel]:
        """Users of the client's team, every page fetched as iteration reaches it."""
        check_page(page, page_size, 1000)
        params = query(
            user_ids=id_list(user_ids, "user_ids"),
            user_emails=id_list(user_emails, "user_emails"),
            team_ids=self._team_id,
            full_name_like=full_name_like,
            nickname_like=nickname_like,
            **page_params(page, page_size, order_by, order_direction),
        )
        parse = parser(UserModel, self._client)
        return self._api.pager(
            list_users, {**params, **extra}, parse, page=page, page_size=page_size, max_items=max_items
        )

    def retrieve(self, user_id: str, **extra: Any) -> UserModel:
        """One user by id (NotFoundError when there is none), as a rich model."""
        parse = parser(UserModel, self._client)
        return self._api.call(parse, get_user, {"user_id": user_id, **extra}, model="User")

    def update(self, user_id: str, *, full_name: str, **options: Unpack[CallOptions]) -> UserModel:
        """Change a user's full name; answers the user as stored (the API's PATCH answers no body)."""
        self._api.send(update_user, {"user_id": user_id, "body": UserUpdate(full_name=full_name)})
        return self.retrieve(user_id)
