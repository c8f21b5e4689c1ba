from collections.abc import Mapping
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_request import ChatRequest
from ...models.chat_response import ChatResponse
from ...models.execution_accepted_interaction import ExecutionAcceptedInteraction
from ...models.execution_accepted_o_auth import ExecutionAcceptedOAuth
from ...models.failure_body import FailureBody
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: ChatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat",
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
PATH = "/v1/chat"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> (
    ChatResponse
    | ExecutionAcceptedInteraction
    | ExecutionAcceptedOAuth
    | FailureBody
    | None
):
    if response.status_code == 200:
        response_200 = ChatResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        _response_202_raw = response.json()
        response_202: ExecutionAcceptedInteraction | ExecutionAcceptedOAuth
        if isinstance(_response_202_raw, (dict, Mapping)):
            _response_202_tag = _response_202_raw.get("status")
            if _response_202_tag == "interaction_required":
                response_202 = ExecutionAcceptedInteraction.from_dict(_response_202_raw)
            elif _response_202_tag == "oauth_required":
                response_202 = ExecutionAcceptedOAuth.from_dict(_response_202_raw)
            else:
                raise ValueError(
                    f"unknown status {_response_202_tag!r} for response_202"
                )
        else:
            raise TypeError(
                f"unexpected {type(_response_202_raw).__name__} for response_202"
            )

        return response_202

    if response.status_code == 422:
        response_422 = FailureBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> (
    ChatResponse
    | ExecutionAcceptedInteraction
    | ExecutionAcceptedOAuth
    | FailureBody
    | None
):
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[
    ChatResponse | ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody
]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRequest,
) -> Response[
    ChatResponse | ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody
]:
    """Chat with the workflow

     OpenAI-like chat request. Interactive like `/v1/workflow`: 200 with a `ChatResponse`, or 202 when
    the run pauses.

    Args:
        body (ChatRequest): An OpenAI-style chat request. Sampling fields are accepted for
            compatibility; a workflow may ignore them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatResponse | ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody]
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
    body: ChatRequest,
) -> (
    ChatResponse
    | ExecutionAcceptedInteraction
    | ExecutionAcceptedOAuth
    | FailureBody
    | None
):
    """Chat with the workflow

     OpenAI-like chat request. Interactive like `/v1/workflow`: 200 with a `ChatResponse`, or 202 when
    the run pauses.

    Args:
        body (ChatRequest): An OpenAI-style chat request. Sampling fields are accepted for
            compatibility; a workflow may ignore them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatResponse | ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRequest,
) -> Response[
    ChatResponse | ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody
]:
    """Chat with the workflow

     OpenAI-like chat request. Interactive like `/v1/workflow`: 200 with a `ChatResponse`, or 202 when
    the run pauses.

    Args:
        body (ChatRequest): An OpenAI-style chat request. Sampling fields are accepted for
            compatibility; a workflow may ignore them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatResponse | ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRequest,
) -> (
    ChatResponse
    | ExecutionAcceptedInteraction
    | ExecutionAcceptedOAuth
    | FailureBody
    | None
):
    """Chat with the workflow

     OpenAI-like chat request. Interactive like `/v1/workflow`: 200 with a `ChatResponse`, or 202 when
    the run pauses.

    Args:
        body (ChatRequest): An OpenAI-style chat request. Sampling fields are accepted for
            compatibility; a workflow may ignore them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatResponse | ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
