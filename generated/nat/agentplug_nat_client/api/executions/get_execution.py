from collections.abc import Mapping
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.execution_completed_status import ExecutionCompletedStatus
from ...models.execution_failed_status import ExecutionFailedStatus
from ...models.execution_interaction_required_status import (
    ExecutionInteractionRequiredStatus,
)
from ...models.execution_o_auth_required_status import ExecutionOAuthRequiredStatus
from ...models.execution_other_status import ExecutionOtherStatus
from ...models.execution_running_status import ExecutionRunningStatus
from ...types import Response, path_segment, status_of


def _get_kwargs(
    execution_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/executions/{execution_id}".format(
            execution_id=path_segment(execution_id, "execution_id"),
        ),
    }

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/executions/{execution_id}"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> (
    ErrorDetail
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionOtherStatus
    | ExecutionRunningStatus
    | None
):
    if response.status_code == 200:
        _response_200_raw = response.json()
        response_200: (
            ExecutionCompletedStatus
            | ExecutionFailedStatus
            | ExecutionInteractionRequiredStatus
            | ExecutionOAuthRequiredStatus
            | ExecutionOtherStatus
            | ExecutionRunningStatus
        )
        if isinstance(_response_200_raw, (dict, Mapping)):
            _response_200_tag = _response_200_raw.get("status")
            if _response_200_tag == "running":
                response_200 = ExecutionRunningStatus.from_dict(_response_200_raw)
            elif _response_200_tag == "interaction_required":
                response_200 = ExecutionInteractionRequiredStatus.from_dict(
                    _response_200_raw
                )
            elif _response_200_tag == "oauth_required":
                response_200 = ExecutionOAuthRequiredStatus.from_dict(_response_200_raw)
            elif _response_200_tag == "completed":
                response_200 = ExecutionCompletedStatus.from_dict(_response_200_raw)
            elif _response_200_tag == "failed":
                response_200 = ExecutionFailedStatus.from_dict(_response_200_raw)
            else:
                response_200 = ExecutionOtherStatus.from_dict(_response_200_raw)
        else:
            raise TypeError(
                f"unexpected {type(_response_200_raw).__name__} for response_200"
            )

        return response_200

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> (
    ErrorDetail
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionOtherStatus
    | ExecutionRunningStatus
    | None
):
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[
    ErrorDetail
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionOtherStatus
    | ExecutionRunningStatus
]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorDetail
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionOtherStatus
    | ExecutionRunningStatus
]:
    """Read an execution's status

     The current state of an execution started by a non-streaming route. There is no long-poll and no
    Retry-After: the caller picks its own interval. Executions started by a streaming route keep showing
    `running` (or a stale prompt) here after they end.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ExecutionCompletedStatus | ExecutionFailedStatus | ExecutionInteractionRequiredStatus | ExecutionOAuthRequiredStatus | ExecutionOtherStatus | ExecutionRunningStatus]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorDetail
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionOtherStatus
    | ExecutionRunningStatus
    | None
):
    """Read an execution's status

     The current state of an execution started by a non-streaming route. There is no long-poll and no
    Retry-After: the caller picks its own interval. Executions started by a streaming route keep showing
    `running` (or a stale prompt) here after they end.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ExecutionCompletedStatus | ExecutionFailedStatus | ExecutionInteractionRequiredStatus | ExecutionOAuthRequiredStatus | ExecutionOtherStatus | ExecutionRunningStatus
    """

    return sync_detailed(
        execution_id=execution_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ErrorDetail
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionOtherStatus
    | ExecutionRunningStatus
]:
    """Read an execution's status

     The current state of an execution started by a non-streaming route. There is no long-poll and no
    Retry-After: the caller picks its own interval. Executions started by a streaming route keep showing
    `running` (or a stale prompt) here after they end.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ExecutionCompletedStatus | ExecutionFailedStatus | ExecutionInteractionRequiredStatus | ExecutionOAuthRequiredStatus | ExecutionOtherStatus | ExecutionRunningStatus]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ErrorDetail
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionOtherStatus
    | ExecutionRunningStatus
    | None
):
    """Read an execution's status

     The current state of an execution started by a non-streaming route. There is no long-poll and no
    Retry-After: the caller picks its own interval. Executions started by a streaming route keep showing
    `running` (or a stale prompt) here after they end.

    Args:
        execution_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ExecutionCompletedStatus | ExecutionFailedStatus | ExecutionInteractionRequiredStatus | ExecutionOAuthRequiredStatus | ExecutionOtherStatus | ExecutionRunningStatus
    """

    return (
        await asyncio_detailed(
            execution_id=execution_id,
            client=client,
        )
    ).parsed
