from typing import Any, cast

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.interaction_response_request import InteractionResponseRequest
from ...types import Response, path_segment, status_of


def _get_kwargs(
    execution_id: str,
    interaction_id: str,
    *,
    body: InteractionResponseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/executions/{execution_id}/interactions/{interaction_id}/response".format(
            execution_id=path_segment(execution_id, "execution_id"),
            interaction_id=path_segment(interaction_id, "interaction_id"),
        ),
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
PATH = "/executions/{execution_id}/interactions/{interaction_id}/response"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Any | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> Any | ErrorDetail | HTTPValidationError | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Any | ErrorDetail | HTTPValidationError]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    execution_id: str,
    interaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InteractionResponseRequest,
) -> Response[Any | ErrorDetail | HTTPValidationError]:
    """Answer a pending prompt

     Delivers the human's answer; the paused workflow continues. The server does not check that the
    answer's kind matches the prompt: a mismatch is accepted and makes the workflow fail afterwards.

    Args:
        execution_id (str):
        interaction_id (str):
        body (InteractionResponseRequest): The body of an answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        interaction_id=interaction_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    interaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InteractionResponseRequest,
) -> Any | ErrorDetail | HTTPValidationError | None:
    """Answer a pending prompt

     Delivers the human's answer; the paused workflow continues. The server does not check that the
    answer's kind matches the prompt: a mismatch is accepted and makes the workflow fail afterwards.

    Args:
        execution_id (str):
        interaction_id (str):
        body (InteractionResponseRequest): The body of an answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        execution_id=execution_id,
        interaction_id=interaction_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    execution_id: str,
    interaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InteractionResponseRequest,
) -> Response[Any | ErrorDetail | HTTPValidationError]:
    """Answer a pending prompt

     Delivers the human's answer; the paused workflow continues. The server does not check that the
    answer's kind matches the prompt: a mismatch is accepted and makes the workflow fail afterwards.

    Args:
        execution_id (str):
        interaction_id (str):
        body (InteractionResponseRequest): The body of an answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        interaction_id=interaction_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    interaction_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InteractionResponseRequest,
) -> Any | ErrorDetail | HTTPValidationError | None:
    """Answer a pending prompt

     Delivers the human's answer; the paused workflow continues. The server does not check that the
    answer's kind matches the prompt: a mismatch is accepted and makes the workflow fail afterwards.

    Args:
        execution_id (str):
        interaction_id (str):
        body (InteractionResponseRequest): The body of an answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            execution_id=execution_id,
            interaction_id=interaction_id,
            client=client,
            body=body,
        )
    ).parsed
