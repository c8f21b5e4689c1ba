# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""API tokens of a team: create (the secret is shown once), inspect, rename, deactivate, delete, usage."""

from __future__ import annotations

import datetime

from agentplug_moderately_client.models import ApiToken, ApiTokenDetails, ApiTokenUsage, CreatedApiToken

from agentplug._core._pagination import SyncPager

from ..._params import IdList, compact, id_list, page_params, query
from ._base import Resource, check_page

__all__ = ["ApiTokens"]


def _timestamp(value: datetime.datetime | str | None) -> str | None:
    return value.isoformat() if isinstance(value, datetime.datetime) else value


class ApiTokens(Resource):
    def list(
        self,
        *,
        token_ids: IdList | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
    ) -> SyncPager[ApiToken]:
        """The client's team's tokens (prefix and last 4 characters only, never the secret)."""
        check_page(page, page_size, 1000)
        params = query(
            teamId=self._team_id,
            tokenIds=id_list(token_ids, "token_ids"),
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            "/api-tokens", params, ApiToken.from_dict, page=page, page_size=page_size, max_items=max_items
        )

    def create(
        self, *, name: str, role: str | None = None, expires_at: datetime.datetime | str | None = None
    ) -> CreatedApiToken:
        """A new token for the client's team; `token` holds the secret, shown this once."""
        body = compact(teamId=self._team_id, name=name, role=role, expiresAt=_timestamp(expires_at))
        return self._api.call(CreatedApiToken.from_dict, "POST", "/api-tokens", body=body)

    def retrieve(self, token_id: str) -> ApiTokenDetails:
        return self._api.call(ApiTokenDetails.from_dict, "GET", self._api.path("/api-tokens/{id}", ("id", token_id)))

    def update(
        self,
        token_id: str,
        *,
        name: str | None = None,
        expires_at: datetime.datetime | str | None = None,
        is_active: bool | None = None,
    ) -> ApiToken:
        path = self._api.path("/api-tokens/{id}", ("id", token_id))
        body = compact(name=name, expiresAt=_timestamp(expires_at), isActive=is_active)
        return self._api.call(ApiToken.from_dict, "PATCH", path, body=body)

    def delete(self, token_id: str) -> None:
        self._api.send("DELETE", self._api.path("/api-tokens/{id}", ("id", token_id)))

    def usage(
        self,
        token_id: str,
        *,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        endpoint: str | None = None,
        method: str | None = None,
    ) -> ApiTokenUsage:
        path = self._api.path("/api-tokens/{id}/usage", ("id", token_id))
        params = query(startDate=_timestamp(start_date), endDate=_timestamp(end_date), endpoint=endpoint, method=method)
        return self._api.call(ApiTokenUsage.from_dict, "GET", path, params=params)
