from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent import Agent
from ...models.agent_search_request import AgentSearchRequest
from ...models.error_response import ErrorResponse
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: AgentSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/search",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "POST"
PATH = "/agents/search"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | list[Agent] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[Agent]
        if not isinstance(_response_200, list):
            raise TypeError(
                f"expected a list for response_200, got {type(_response_200).__name__}"
            )
        response_200 = [
            Agent.from_dict(response_200_item_data)
            for response_200_item_data in _response_200
        ]

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(response: httpx2.Response) -> ErrorResponse | list[Agent] | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | list[Agent]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentSearchRequest,
) -> Response[ErrorResponse | list[Agent]]:
    """Search agents

     Returns the agents that match the given name and/or version. Also serves as the way to list agents.

    Args:
        body (AgentSearchRequest): Filters for searching agents. Servers may require `name` or
            `version`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Agent]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AgentSearchRequest,
) -> ErrorResponse | list[Agent] | None:
    """Search agents

     Returns the agents that match the given name and/or version. Also serves as the way to list agents.

    Args:
        body (AgentSearchRequest): Filters for searching agents. Servers may require `name` or
            `version`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Agent]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentSearchRequest,
) -> Response[ErrorResponse | list[Agent]]:
    """Search agents

     Returns the agents that match the given name and/or version. Also serves as the way to list agents.

    Args:
        body (AgentSearchRequest): Filters for searching agents. Servers may require `name` or
            `version`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Agent]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AgentSearchRequest,
) -> ErrorResponse | list[Agent] | None:
    """Search agents

     Returns the agents that match the given name and/or version. Also serves as the way to list agents.

    Args:
        body (AgentSearchRequest): Filters for searching agents. Servers may require `name` or
            `version`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Agent]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
