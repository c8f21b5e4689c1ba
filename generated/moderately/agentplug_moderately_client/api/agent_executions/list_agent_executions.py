from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_execution_page import AgentExecutionPage
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    agent_execution_ids: str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    has_agent_output: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agentExecutionIds"] = agent_execution_ids

    params["agentIds"] = agent_ids

    params["teamIds"] = team_ids

    params["agentConfigurationVersionIds"] = agent_configuration_version_ids

    params["statuses"] = statuses

    params["hasAgentOutput"] = has_agent_output

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-executions",
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/agent-executions"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AgentExecutionPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AgentExecutionPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(response: httpx2.Response) -> AgentExecutionPage | ErrorBody | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AgentExecutionPage | ErrorBody]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_execution_ids: str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    has_agent_output: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[AgentExecutionPage | ErrorBody]:
    """List agent executions

     Lists executions, newest first.

    Args:
        agent_execution_ids (str | Unset):
        agent_ids (str | Unset):
        team_ids (str | Unset):
        agent_configuration_version_ids (str | Unset):
        statuses (str | Unset):
        has_agent_output (bool | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentExecutionPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        agent_execution_ids=agent_execution_ids,
        agent_ids=agent_ids,
        team_ids=team_ids,
        agent_configuration_version_ids=agent_configuration_version_ids,
        statuses=statuses,
        has_agent_output=has_agent_output,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_execution_ids: str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    has_agent_output: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> AgentExecutionPage | ErrorBody | None:
    """List agent executions

     Lists executions, newest first.

    Args:
        agent_execution_ids (str | Unset):
        agent_ids (str | Unset):
        team_ids (str | Unset):
        agent_configuration_version_ids (str | Unset):
        statuses (str | Unset):
        has_agent_output (bool | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentExecutionPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        agent_execution_ids=agent_execution_ids,
        agent_ids=agent_ids,
        team_ids=team_ids,
        agent_configuration_version_ids=agent_configuration_version_ids,
        statuses=statuses,
        has_agent_output=has_agent_output,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_execution_ids: str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    has_agent_output: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[AgentExecutionPage | ErrorBody]:
    """List agent executions

     Lists executions, newest first.

    Args:
        agent_execution_ids (str | Unset):
        agent_ids (str | Unset):
        team_ids (str | Unset):
        agent_configuration_version_ids (str | Unset):
        statuses (str | Unset):
        has_agent_output (bool | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentExecutionPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        agent_execution_ids=agent_execution_ids,
        agent_ids=agent_ids,
        team_ids=team_ids,
        agent_configuration_version_ids=agent_configuration_version_ids,
        statuses=statuses,
        has_agent_output=has_agent_output,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_execution_ids: str | Unset = UNSET,
    agent_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    statuses: str | Unset = UNSET,
    has_agent_output: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> AgentExecutionPage | ErrorBody | None:
    """List agent executions

     Lists executions, newest first.

    Args:
        agent_execution_ids (str | Unset):
        agent_ids (str | Unset):
        team_ids (str | Unset):
        agent_configuration_version_ids (str | Unset):
        statuses (str | Unset):
        has_agent_output (bool | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentExecutionPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_execution_ids=agent_execution_ids,
            agent_ids=agent_ids,
            team_ids=team_ids,
            agent_configuration_version_ids=agent_configuration_version_ids,
            statuses=statuses,
            has_agent_output=has_agent_output,
            page=page,
            page_size=page_size,
        )
    ).parsed
