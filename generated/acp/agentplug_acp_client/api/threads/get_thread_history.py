from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_state import ThreadState
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/history".format(
            thread_id=path_segment(thread_id, "thread_id"),
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
PATH = "/threads/{thread_id}/history"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | list[ThreadState] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[ThreadState]
        if not isinstance(_response_200, list):
            raise TypeError(
                f"expected a list for response_200, got {type(_response_200).__name__}"
            )
        response_200 = [
            ThreadState.from_dict(response_200_item_data)
            for response_200_item_data in _response_200
        ]

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> ErrorResponse | list[ThreadState] | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | list[ThreadState]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ThreadState]]:
    """Get thread history

     Returns past states (checkpoints) of the thread.

    Args:
        thread_id (str):
        limit (int | Unset): Server default: `10`.
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThreadState]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | list[ThreadState] | None:
    """Get thread history

     Returns past states (checkpoints) of the thread.

    Args:
        thread_id (str):
        limit (int | Unset): Server default: `10`.
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThreadState]
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        before=before,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ThreadState]]:
    """Get thread history

     Returns past states (checkpoints) of the thread.

    Args:
        thread_id (str):
        limit (int | Unset): Server default: `10`.
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ThreadState]]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | list[ThreadState] | None:
    """Get thread history

     Returns past states (checkpoints) of the thread.

    Args:
        thread_id (str):
        limit (int | Unset): Server default: `10`.
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ThreadState]
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            before=before,
        )
    ).parsed
