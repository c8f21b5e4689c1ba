from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_instance_list_envelope import AgentInstanceListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    agent_id: str,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["pagination[offset]"] = paginationoffset

    params["pagination[page_size]"] = paginationpage_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agent_instance",
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/api/v1/agent_instance"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AgentInstanceListEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AgentInstanceListEnvelope.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> AgentInstanceListEnvelope | ErrorEnvelope | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AgentInstanceListEnvelope | ErrorEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> Response[AgentInstanceListEnvelope | ErrorEnvelope]:
    """List the instances of an agent

     One page of an agent's instances, oldest first. Needs an account-scoped token (a deployment-scoped
    one answers 401). Only `agent_id` filters server-side.

    Args:
        agent_id (str):
        paginationoffset (int | Unset):
        paginationpage_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentInstanceListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        paginationoffset=paginationoffset,
        paginationpage_size=paginationpage_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> AgentInstanceListEnvelope | ErrorEnvelope | None:
    """List the instances of an agent

     One page of an agent's instances, oldest first. Needs an account-scoped token (a deployment-scoped
    one answers 401). Only `agent_id` filters server-side.

    Args:
        agent_id (str):
        paginationoffset (int | Unset):
        paginationpage_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentInstanceListEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        paginationoffset=paginationoffset,
        paginationpage_size=paginationpage_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> Response[AgentInstanceListEnvelope | ErrorEnvelope]:
    """List the instances of an agent

     One page of an agent's instances, oldest first. Needs an account-scoped token (a deployment-scoped
    one answers 401). Only `agent_id` filters server-side.

    Args:
        agent_id (str):
        paginationoffset (int | Unset):
        paginationpage_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentInstanceListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        paginationoffset=paginationoffset,
        paginationpage_size=paginationpage_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> AgentInstanceListEnvelope | ErrorEnvelope | None:
    """List the instances of an agent

     One page of an agent's instances, oldest first. Needs an account-scoped token (a deployment-scoped
    one answers 401). Only `agent_id` filters server-side.

    Args:
        agent_id (str):
        paginationoffset (int | Unset):
        paginationpage_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentInstanceListEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            paginationoffset=paginationoffset,
            paginationpage_size=paginationpage_size,
        )
    ).parsed
