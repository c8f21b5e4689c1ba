"""Users: read and update (the API creates and deletes users through other means)."""

from __future__ import annotations

from agentplug._core._pagination import AsyncPager

from ..._params import IdList, id_list, page_params, query
from ..models import AsyncUserModel, parser
from ._base import AsyncResource, check_page

__all__ = ["AsyncUsers"]


class AsyncUsers(AsyncResource):
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
    ) -> AsyncPager[AsyncUserModel]:
        """Users of the client's team, every page fetched as iteration reaches it."""
        check_page(page, page_size, 1000)
        params = query(
            userIds=id_list(user_ids, "user_ids"),
            userEmails=id_list(user_emails, "user_emails"),
            teamIds=self._team_id,
            fullNameLike=full_name_like,
            nicknameLike=nickname_like,
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            "/users", params, parser(AsyncUserModel, self._client), page=page, page_size=page_size, max_items=max_items
        )

    async def retrieve(self, user_id: str) -> AsyncUserModel:
        path = self._api.path("/users/{userId}", ("userId", user_id))
        return await self._api.call(parser(AsyncUserModel, self._client), "GET", path, model="User")

    async def update(self, user_id: str, *, full_name: str) -> AsyncUserModel:
        """Change a user's full name; answers the user as stored (the API's PATCH answers no body)."""
        path = self._api.path("/users/{userId}", ("userId", user_id))
        await self._api.send("PATCH", path, body={"fullName": full_name})
        return await self.retrieve(user_id)
