from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run_wait_response_stateful import RunWaitResponseStateful
from ...types import Response, path_segment, status_of


def _get_kwargs(
    thread_id: str,
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs/{run_id}/wait".format(
            thread_id=path_segment(thread_id, "thread_id"),
            run_id=path_segment(run_id, "run_id"),
        ),
    }

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/threads/{thread_id}/runs/{run_id}/wait"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | RunWaitResponseStateful | None:
    if response.status_code == 200:
        response_200 = RunWaitResponseStateful.from_dict(response.json())

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
) -> ErrorResponse | RunWaitResponseStateful | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | RunWaitResponseStateful]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RunWaitResponseStateful]:
    """Wait for a thread run's output

     Blocks until the run leaves `pending`, then returns it with its output (see
    `wait_for_stateless_run_output`).

    Args:
        thread_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunWaitResponseStateful]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RunWaitResponseStateful | None:
    """Wait for a thread run's output

     Blocks until the run leaves `pending`, then returns it with its output (see
    `wait_for_stateless_run_output`).

    Args:
        thread_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunWaitResponseStateful
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RunWaitResponseStateful]:
    """Wait for a thread run's output

     Blocks until the run leaves `pending`, then returns it with its output (see
    `wait_for_stateless_run_output`).

    Args:
        thread_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunWaitResponseStateful]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RunWaitResponseStateful | None:
    """Wait for a thread run's output

     Blocks until the run leaves `pending`, then returns it with its output (see
    `wait_for_stateless_run_output`).

    Args:
        thread_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunWaitResponseStateful
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
        )
    ).parsed
