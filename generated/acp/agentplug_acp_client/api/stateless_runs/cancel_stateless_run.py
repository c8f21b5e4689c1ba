from typing import Any, cast

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_stateless_run_action import CancelStatelessRunAction
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    run_id: str,
    *,
    wait: bool | Unset = UNSET,
    action: CancelStatelessRunAction | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wait"] = wait

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = getattr(action, "value", action)

    params["action"] = json_action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/runs/{run_id}/cancel".format(
            run_id=path_segment(run_id, "run_id"),
        ),
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "POST"
PATH = "/runs/{run_id}/cancel"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def parse_response(response: httpx2.Response) -> Any | ErrorResponse | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    wait: bool | Unset = UNSET,
    action: CancelStatelessRunAction | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel a stateless run

     Cancels the run. Takes no request body.

    Args:
        run_id (str):
        wait (bool | Unset): Server default: `false`.
        action (CancelStatelessRunAction | Unset): Server default: `"interrupt"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        wait=wait,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    wait: bool | Unset = UNSET,
    action: CancelStatelessRunAction | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel a stateless run

     Cancels the run. Takes no request body.

    Args:
        run_id (str):
        wait (bool | Unset): Server default: `false`.
        action (CancelStatelessRunAction | Unset): Server default: `"interrupt"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        wait=wait,
        action=action,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    wait: bool | Unset = UNSET,
    action: CancelStatelessRunAction | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Cancel a stateless run

     Cancels the run. Takes no request body.

    Args:
        run_id (str):
        wait (bool | Unset): Server default: `false`.
        action (CancelStatelessRunAction | Unset): Server default: `"interrupt"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        wait=wait,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    wait: bool | Unset = UNSET,
    action: CancelStatelessRunAction | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Cancel a stateless run

     Cancels the run. Takes no request body.

    Args:
        run_id (str):
        wait (bool | Unset): Server default: `false`.
        action (CancelStatelessRunAction | Unset): Server default: `"interrupt"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            wait=wait,
            action=action,
        )
    ).parsed
