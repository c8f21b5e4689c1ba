import datetime
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_action import AuditAction
from ...models.audit_log_page import AuditLogPage
from ...models.error_body import ErrorBody
from ...models.list_user_audit_logs_order_by import ListUserAuditLogsOrderBy
from ...models.order_direction import OrderDirection
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    user_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListUserAuditLogsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    team_id: str | Unset = UNSET,
    api_token_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    action: AuditAction | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    api_token_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = getattr(order_by, "value", order_by)

    params["orderBy"] = json_order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = getattr(order_direction, "value", order_direction)

    params["orderDirection"] = json_order_direction

    params["teamId"] = team_id

    params["apiTokenId"] = api_token_id

    params["resourceType"] = resource_type

    params["resourceId"] = resource_id

    params["eventType"] = event_type

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = getattr(action, "value", action)

    params["action"] = json_action

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = (
            start_date if isinstance(start_date, str) else start_date.isoformat()
        )
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date if isinstance(end_date, str) else end_date.isoformat()
    params["endDate"] = json_end_date

    params["userIds"] = user_ids

    params["apiTokenIds"] = api_token_ids

    params["resourceIds"] = resource_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit-logs/user/{user_id}".format(
            user_id=path_segment(user_id, "user_id"),
        ),
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/audit-logs/user/{user_id}"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AuditLogPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AuditLogPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(response: httpx2.Response) -> AuditLogPage | ErrorBody | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AuditLogPage | ErrorBody]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListUserAuditLogsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    team_id: str | Unset = UNSET,
    api_token_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    action: AuditAction | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    api_token_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> Response[AuditLogPage | ErrorBody]:
    """List a user's activity

     Lists the events a user caused.

    Args:
        user_id (str):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListUserAuditLogsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        team_id (str | Unset): Resource identifier (a nanoid string, not a UUID).
        api_token_id (str | Unset): Resource identifier (a nanoid string, not a UUID).
        resource_type (str | Unset):
        resource_id (str | Unset):
        event_type (str | Unset):
        action (AuditAction | Unset): Kind of audited action.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        user_ids (str | Unset):
        api_token_ids (str | Unset):
        resource_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
        team_id=team_id,
        api_token_id=api_token_id,
        resource_type=resource_type,
        resource_id=resource_id,
        event_type=event_type,
        action=action,
        start_date=start_date,
        end_date=end_date,
        user_ids=user_ids,
        api_token_ids=api_token_ids,
        resource_ids=resource_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListUserAuditLogsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    team_id: str | Unset = UNSET,
    api_token_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    action: AuditAction | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    api_token_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> AuditLogPage | ErrorBody | None:
    """List a user's activity

     Lists the events a user caused.

    Args:
        user_id (str):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListUserAuditLogsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        team_id (str | Unset): Resource identifier (a nanoid string, not a UUID).
        api_token_id (str | Unset): Resource identifier (a nanoid string, not a UUID).
        resource_type (str | Unset):
        resource_id (str | Unset):
        event_type (str | Unset):
        action (AuditAction | Unset): Kind of audited action.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        user_ids (str | Unset):
        api_token_ids (str | Unset):
        resource_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage | ErrorBody
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
        team_id=team_id,
        api_token_id=api_token_id,
        resource_type=resource_type,
        resource_id=resource_id,
        event_type=event_type,
        action=action,
        start_date=start_date,
        end_date=end_date,
        user_ids=user_ids,
        api_token_ids=api_token_ids,
        resource_ids=resource_ids,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListUserAuditLogsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    team_id: str | Unset = UNSET,
    api_token_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    action: AuditAction | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    api_token_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> Response[AuditLogPage | ErrorBody]:
    """List a user's activity

     Lists the events a user caused.

    Args:
        user_id (str):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListUserAuditLogsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        team_id (str | Unset): Resource identifier (a nanoid string, not a UUID).
        api_token_id (str | Unset): Resource identifier (a nanoid string, not a UUID).
        resource_type (str | Unset):
        resource_id (str | Unset):
        event_type (str | Unset):
        action (AuditAction | Unset): Kind of audited action.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        user_ids (str | Unset):
        api_token_ids (str | Unset):
        resource_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
        team_id=team_id,
        api_token_id=api_token_id,
        resource_type=resource_type,
        resource_id=resource_id,
        event_type=event_type,
        action=action,
        start_date=start_date,
        end_date=end_date,
        user_ids=user_ids,
        api_token_ids=api_token_ids,
        resource_ids=resource_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListUserAuditLogsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    team_id: str | Unset = UNSET,
    api_token_id: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
    action: AuditAction | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    user_ids: str | Unset = UNSET,
    api_token_ids: str | Unset = UNSET,
    resource_ids: str | Unset = UNSET,
) -> AuditLogPage | ErrorBody | None:
    """List a user's activity

     Lists the events a user caused.

    Args:
        user_id (str):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListUserAuditLogsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        team_id (str | Unset): Resource identifier (a nanoid string, not a UUID).
        api_token_id (str | Unset): Resource identifier (a nanoid string, not a UUID).
        resource_type (str | Unset):
        resource_id (str | Unset):
        event_type (str | Unset):
        action (AuditAction | Unset): Kind of audited action.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        user_ids (str | Unset):
        api_token_ids (str | Unset):
        resource_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            page=page,
            page_size=page_size,
            order_by=order_by,
            order_direction=order_direction,
            team_id=team_id,
            api_token_id=api_token_id,
            resource_type=resource_type,
            resource_id=resource_id,
            event_type=event_type,
            action=action,
            start_date=start_date,
            end_date=end_date,
            user_ids=user_ids,
            api_token_ids=api_token_ids,
            resource_ids=resource_ids,
        )
    ).parsed
