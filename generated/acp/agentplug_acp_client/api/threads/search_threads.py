from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread import Thread
from ...models.thread_search_request import ThreadSearchRequest
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: ThreadSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/search",
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
PATH = "/threads/search"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | list[Thread] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[Thread]
        if not isinstance(_response_200, list):
            raise TypeError(
                f"expected a list for response_200, got {type(_response_200).__name__}"
            )
        response_200 = [
            Thread.from_dict(response_200_item_data)
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


def parse_response(response: httpx2.Response) -> ErrorResponse | list[Thread] | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | list[Thread]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadSearchRequest,
) -> Response[ErrorResponse | list[Thread]]:
    """Search threads

     Returns the threads matching the given filters. Also serves as the way to list threads.

    Args:
        body (ThreadSearchRequest): Filters for searching threads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Thread]]
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
    body: ThreadSearchRequest,
) -> ErrorResponse | list[Thread] | None:
    """Search threads

     Returns the threads matching the given filters. Also serves as the way to list threads.

    Args:
        body (ThreadSearchRequest): Filters for searching threads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Thread]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadSearchRequest,
) -> Response[ErrorResponse | list[Thread]]:
    """Search threads

     Returns the threads matching the given filters. Also serves as the way to list threads.

    Args:
        body (ThreadSearchRequest): Filters for searching threads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Thread]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ThreadSearchRequest,
) -> ErrorResponse | list[Thread] | None:
    """Search threads

     Returns the threads matching the given filters. Also serves as the way to list threads.

    Args:
        body (ThreadSearchRequest): Filters for searching threads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Thread]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
