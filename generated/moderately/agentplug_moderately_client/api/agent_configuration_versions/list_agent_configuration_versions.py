from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_configuration_version import AgentConfigurationVersion
from ...models.error_body import ErrorBody
from ...models.list_agent_configuration_versions_is_current import (
    ListAgentConfigurationVersionsIsCurrent,
)
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    agent_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    version_numbers: str | Unset = UNSET,
    is_current: ListAgentConfigurationVersionsIsCurrent | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agentIds"] = agent_ids

    params["agentConfigurationVersionIds"] = agent_configuration_version_ids

    params["versionNumbers"] = version_numbers

    json_is_current: str | Unset = UNSET
    if not isinstance(is_current, Unset):
        json_is_current = getattr(is_current, "value", is_current)

    params["isCurrent"] = json_is_current

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agent-configuration-versions",
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/agent-configuration-versions"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | list[AgentConfigurationVersion] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[AgentConfigurationVersion]
        if not isinstance(_response_200, list):
            raise TypeError(
                f"expected a list for response_200, got {type(_response_200).__name__}"
            )
        response_200 = [
            AgentConfigurationVersion.from_dict(response_200_item_data)
            for response_200_item_data in _response_200
        ]

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

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> ErrorBody | list[AgentConfigurationVersion] | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorBody | list[AgentConfigurationVersion]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    version_numbers: str | Unset = UNSET,
    is_current: ListAgentConfigurationVersionsIsCurrent | Unset = UNSET,
) -> Response[ErrorBody | list[AgentConfigurationVersion]]:
    """List agent configuration versions

     Lists configuration versions as a plain array (this list is not paged).

    Args:
        agent_ids (str | Unset):
        agent_configuration_version_ids (str | Unset):
        version_numbers (str | Unset):
        is_current (ListAgentConfigurationVersionsIsCurrent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[AgentConfigurationVersion]]
    """

    kwargs = _get_kwargs(
        agent_ids=agent_ids,
        agent_configuration_version_ids=agent_configuration_version_ids,
        version_numbers=version_numbers,
        is_current=is_current,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    version_numbers: str | Unset = UNSET,
    is_current: ListAgentConfigurationVersionsIsCurrent | Unset = UNSET,
) -> ErrorBody | list[AgentConfigurationVersion] | None:
    """List agent configuration versions

     Lists configuration versions as a plain array (this list is not paged).

    Args:
        agent_ids (str | Unset):
        agent_configuration_version_ids (str | Unset):
        version_numbers (str | Unset):
        is_current (ListAgentConfigurationVersionsIsCurrent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[AgentConfigurationVersion]
    """

    return sync_detailed(
        client=client,
        agent_ids=agent_ids,
        agent_configuration_version_ids=agent_configuration_version_ids,
        version_numbers=version_numbers,
        is_current=is_current,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    version_numbers: str | Unset = UNSET,
    is_current: ListAgentConfigurationVersionsIsCurrent | Unset = UNSET,
) -> Response[ErrorBody | list[AgentConfigurationVersion]]:
    """List agent configuration versions

     Lists configuration versions as a plain array (this list is not paged).

    Args:
        agent_ids (str | Unset):
        agent_configuration_version_ids (str | Unset):
        version_numbers (str | Unset):
        is_current (ListAgentConfigurationVersionsIsCurrent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[AgentConfigurationVersion]]
    """

    kwargs = _get_kwargs(
        agent_ids=agent_ids,
        agent_configuration_version_ids=agent_configuration_version_ids,
        version_numbers=version_numbers,
        is_current=is_current,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_ids: str | Unset = UNSET,
    agent_configuration_version_ids: str | Unset = UNSET,
    version_numbers: str | Unset = UNSET,
    is_current: ListAgentConfigurationVersionsIsCurrent | Unset = UNSET,
) -> ErrorBody | list[AgentConfigurationVersion] | None:
    """List agent configuration versions

     Lists configuration versions as a plain array (this list is not paged).

    Args:
        agent_ids (str | Unset):
        agent_configuration_version_ids (str | Unset):
        version_numbers (str | Unset):
        is_current (ListAgentConfigurationVersionsIsCurrent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[AgentConfigurationVersion]
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_ids=agent_ids,
            agent_configuration_version_ids=agent_configuration_version_ids,
            version_numbers=version_numbers,
            is_current=is_current,
        )
    ).parsed
