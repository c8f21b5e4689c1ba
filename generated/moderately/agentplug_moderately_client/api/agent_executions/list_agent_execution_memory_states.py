from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.list_agent_execution_memory_states_order_by import (
    ListAgentExecutionMemoryStatesOrderBy,
)
from ...models.memory_state_page import MemoryStatePage
from ...models.order_direction import OrderDirection
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    agent_execution_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListAgentExecutionMemoryStatesOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    version: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
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

    params["version"] = version

    params["latest"] = latest

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-executions/{agent_execution_id}/memory-states".format(
            agent_execution_id=path_segment(agent_execution_id, "agent_execution_id"),
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
PATH = "/agent-executions/{agent_execution_id}/memory-states"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | MemoryStatePage | None:
    if response.status_code == 200:
        response_200 = MemoryStatePage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(response: httpx2.Response) -> ErrorBody | MemoryStatePage | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorBody | MemoryStatePage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListAgentExecutionMemoryStatesOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    version: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
) -> Response[ErrorBody | MemoryStatePage]:
    """List memory snapshots

     Lists the memory snapshots an execution recorded.

    Args:
        agent_execution_id (str):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListAgentExecutionMemoryStatesOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        version (int | Unset):
        latest (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MemoryStatePage]
    """

    kwargs = _get_kwargs(
        agent_execution_id=agent_execution_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
        version=version,
        latest=latest,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListAgentExecutionMemoryStatesOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    version: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
) -> ErrorBody | MemoryStatePage | None:
    """List memory snapshots

     Lists the memory snapshots an execution recorded.

    Args:
        agent_execution_id (str):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListAgentExecutionMemoryStatesOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        version (int | Unset):
        latest (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MemoryStatePage
    """

    return sync_detailed(
        agent_execution_id=agent_execution_id,
        client=client,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
        version=version,
        latest=latest,
    ).parsed


async def asyncio_detailed(
    agent_execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListAgentExecutionMemoryStatesOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    version: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
) -> Response[ErrorBody | MemoryStatePage]:
    """List memory snapshots

     Lists the memory snapshots an execution recorded.

    Args:
        agent_execution_id (str):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListAgentExecutionMemoryStatesOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        version (int | Unset):
        latest (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | MemoryStatePage]
    """

    kwargs = _get_kwargs(
        agent_execution_id=agent_execution_id,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
        version=version,
        latest=latest,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListAgentExecutionMemoryStatesOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
    version: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
) -> ErrorBody | MemoryStatePage | None:
    """List memory snapshots

     Lists the memory snapshots an execution recorded.

    Args:
        agent_execution_id (str):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListAgentExecutionMemoryStatesOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.
        version (int | Unset):
        latest (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | MemoryStatePage
    """

    return (
        await asyncio_detailed(
            agent_execution_id=agent_execution_id,
            client=client,
            page=page,
            page_size=page_size,
            order_by=order_by,
            order_direction=order_direction,
            version=version,
            latest=latest,
        )
    ).parsed
