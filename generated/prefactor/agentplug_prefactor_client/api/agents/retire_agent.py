from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_action_request import AgentActionRequest
from ...models.agent_envelope import AgentEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    agent_id: str,
    *,
    body: AgentActionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agent/{agent_id}/retire".format(
            agent_id=path_segment(agent_id, "agent_id"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "POST"
PATH = "/api/v1/agent/{agent_id}/retire"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AgentEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AgentEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(response: httpx2.Response) -> AgentEnvelope | ErrorEnvelope | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AgentEnvelope | ErrorEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentActionRequest | Unset = UNSET,
) -> Response[AgentEnvelope | ErrorEnvelope]:
    """Retire an agent

    Args:
        agent_id (str):
        body (AgentActionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentActionRequest | Unset = UNSET,
) -> AgentEnvelope | ErrorEnvelope | None:
    """Retire an agent

    Args:
        agent_id (str):
        body (AgentActionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentActionRequest | Unset = UNSET,
) -> Response[AgentEnvelope | ErrorEnvelope]:
    """Retire an agent

    Args:
        agent_id (str):
        body (AgentActionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentActionRequest | Unset = UNSET,
) -> AgentEnvelope | ErrorEnvelope | None:
    """Retire an agent

    Args:
        agent_id (str):
        body (AgentActionRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
