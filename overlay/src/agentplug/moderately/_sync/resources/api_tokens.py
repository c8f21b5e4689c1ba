# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""API tokens of a team: create (the secret is shown once), inspect, rename, deactivate, delete, usage."""

from __future__ import annotations

import datetime
from typing import Any

from agentplug_moderately_client.models import (
    ApiToken,
    ApiTokenCreate,
    ApiTokenDetails,
    ApiTokenUpdate,
    ApiTokenUsage,
    CreatedApiToken,
)
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._sync._pagination import Pager

from ..._params import IdList, id_list, page_params, query
from ._base import Resource, check_page

create_api_token, delete_api_token, get_api_token, get_api_token_usage, list_api_tokens, update_api_token = (
    lazy_operations(
        "agentplug_moderately_client.api.api_tokens",
        "create_api_token",
        "delete_api_token",
        "get_api_token",
        "get_api_token_usage",
        "list_api_tokens",
        "update_api_token",
    )
)

__all__ = ["ApiTokens"]


def _timestamp(value: datetime.datetime | str | None) -> str | None:
    return value.isoformat() if isinstance(value, datetime.datetime) else value


class ApiTokens(Resource):
    """API tokens of the client's team (`client.api_tokens`)."""

    def list(
        self,
        *,
        token_ids: IdList | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[ApiToken]:
        """The client's team's tokens (prefix and last 4 characters only, never the secret)."""
        check_page(page, page_size, 1000)
        params = query(
            team_id=self._team_id,
            token_ids=id_list(token_ids, "token_ids"),
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            list_api_tokens, {**params, **extra}, ApiToken.from_dict, page=page, page_size=page_size,
            max_items=max_items,
        )  # fmt: skip

    def create(
        self,
        *,
        name: str,
        role: str | None = None,
        expires_at: datetime.datetime | str | None = None,
        **options: Unpack[CallOptions],
    ) -> CreatedApiToken:
        """A new token for the client's team; `token` holds the secret, shown this once."""
        body = given(ApiTokenCreate, team_id=self._team_id, name=name, role=role, expires_at=_timestamp(expires_at))
        return self._api.call(CreatedApiToken.from_dict, create_api_token, {"body": body})

    def retrieve(self, token_id: str, **extra: Any) -> ApiTokenDetails:
        """One token's details by id (never its secret)."""
        return self._api.call(ApiTokenDetails.from_dict, get_api_token, {"token_id": token_id, **extra})

    def update(
        self,
        token_id: str,
        *,
        name: str | None = None,
        expires_at: datetime.datetime | str | None = None,
        is_active: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> ApiToken:
        """Rename a token, change its expiry (a datetime or an ISO 8601 string) or (de)activate it.

        Only the arguments set are sent. Returns the token as stored.
        """
        body = given(ApiTokenUpdate, name=name, expires_at=_timestamp(expires_at), is_active=is_active)
        return self._api.call(ApiToken.from_dict, update_api_token, {"token_id": token_id, "body": body})

    def delete(self, token_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a token; requests made with it fail from then on."""
        self._api.send(delete_api_token, {"token_id": token_id})

    def usage(
        self,
        token_id: str,
        *,
        start_date: datetime.datetime | str | None = None,
        end_date: datetime.datetime | str | None = None,
        endpoint: str | None = None,
        method: str | None = None,
        **extra: Any,
    ) -> ApiTokenUsage:
        """A token's request statistics, optionally narrowed to a time window, endpoint or HTTP method.

        `start_date` and `end_date` take a datetime or an ISO 8601 string.
        """
        params = query(
            start_date=_timestamp(start_date), end_date=_timestamp(end_date), endpoint=endpoint, method=method
        )
        arguments = {"token_id": token_id, **params, **extra}
        return self._api.call(ApiTokenUsage.from_dict, get_api_token_usage, arguments)
