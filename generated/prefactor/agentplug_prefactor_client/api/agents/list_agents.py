from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_list_envelope import AgentListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    risk_profile_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    owner_person_id: str | Unset = UNSET,
    sorting: str | Unset = UNSET,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["risk_profile_id"] = risk_profile_id

    params["team_id"] = team_id

    params["owner_person_id"] = owner_person_id

    params["sorting"] = sorting

    params["pagination[offset]"] = paginationoffset

    params["pagination[page_size]"] = paginationpage_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agent",
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/api/v1/agent"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AgentListEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AgentListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> AgentListEnvelope | ErrorEnvelope | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AgentListEnvelope | ErrorEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    risk_profile_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    owner_person_id: str | Unset = UNSET,
    sorting: str | Unset = UNSET,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> Response[AgentListEnvelope | ErrorEnvelope]:
    """List agents

     One page of agent summaries; `pagination` says where the next page starts.

    Args:
        risk_profile_id (str | Unset):
        team_id (str | Unset):
        owner_person_id (str | Unset):
        sorting (str | Unset):
        paginationoffset (int | Unset):
        paginationpage_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        risk_profile_id=risk_profile_id,
        team_id=team_id,
        owner_person_id=owner_person_id,
        sorting=sorting,
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
    risk_profile_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    owner_person_id: str | Unset = UNSET,
    sorting: str | Unset = UNSET,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> AgentListEnvelope | ErrorEnvelope | None:
    """List agents

     One page of agent summaries; `pagination` says where the next page starts.

    Args:
        risk_profile_id (str | Unset):
        team_id (str | Unset):
        owner_person_id (str | Unset):
        sorting (str | Unset):
        paginationoffset (int | Unset):
        paginationpage_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentListEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        risk_profile_id=risk_profile_id,
        team_id=team_id,
        owner_person_id=owner_person_id,
        sorting=sorting,
        paginationoffset=paginationoffset,
        paginationpage_size=paginationpage_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    risk_profile_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    owner_person_id: str | Unset = UNSET,
    sorting: str | Unset = UNSET,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> Response[AgentListEnvelope | ErrorEnvelope]:
    """List agents

     One page of agent summaries; `pagination` says where the next page starts.

    Args:
        risk_profile_id (str | Unset):
        team_id (str | Unset):
        owner_person_id (str | Unset):
        sorting (str | Unset):
        paginationoffset (int | Unset):
        paginationpage_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        risk_profile_id=risk_profile_id,
        team_id=team_id,
        owner_person_id=owner_person_id,
        sorting=sorting,
        paginationoffset=paginationoffset,
        paginationpage_size=paginationpage_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    risk_profile_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
    owner_person_id: str | Unset = UNSET,
    sorting: str | Unset = UNSET,
    paginationoffset: int | Unset = UNSET,
    paginationpage_size: int | Unset = UNSET,
) -> AgentListEnvelope | ErrorEnvelope | None:
    """List agents

     One page of agent summaries; `pagination` says where the next page starts.

    Args:
        risk_profile_id (str | Unset):
        team_id (str | Unset):
        owner_person_id (str | Unset):
        sorting (str | Unset):
        paginationoffset (int | Unset):
        paginationpage_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentListEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            risk_profile_id=risk_profile_id,
            team_id=team_id,
            owner_person_id=owner_person_id,
            sorting=sorting,
            paginationoffset=paginationoffset,
            paginationpage_size=paginationpage_size,
        )
    ).parsed
