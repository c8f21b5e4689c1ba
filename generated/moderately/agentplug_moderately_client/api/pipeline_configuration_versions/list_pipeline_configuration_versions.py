from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.list_pipeline_configuration_versions_order_by import (
    ListPipelineConfigurationVersionsOrderBy,
)
from ...models.order_direction import OrderDirection
from ...models.pipeline_configuration_version_page import (
    PipelineConfigurationVersionPage,
)
from ...models.version_status import VersionStatus
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    pipeline_ids: str | Unset = UNSET,
    pipeline_configuration_version_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListPipelineConfigurationVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pipelineIds"] = pipeline_ids

    params["pipelineConfigurationVersionIds"] = pipeline_configuration_version_ids

    params["teamIds"] = team_ids

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = getattr(status, "value", status)

    params["status"] = json_status

    params["statuses"] = statuses

    params["page"] = page

    params["pageSize"] = page_size

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = getattr(order_by, "value", order_by)

    params["orderBy"] = json_order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = getattr(order_direction, "value", order_direction)

    params["orderDirection"] = json_order_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipeline-configuration-versions",
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/pipeline-configuration-versions"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | PipelineConfigurationVersionPage | None:
    if response.status_code == 200:
        response_200 = PipelineConfigurationVersionPage.from_dict(response.json())

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


def parse_response(
    response: httpx2.Response,
) -> ErrorBody | PipelineConfigurationVersionPage | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorBody | PipelineConfigurationVersionPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    pipeline_ids: str | Unset = UNSET,
    pipeline_configuration_version_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListPipelineConfigurationVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> Response[ErrorBody | PipelineConfigurationVersionPage]:
    """List configuration versions

     Lists configuration versions.

    Args:
        pipeline_ids (str | Unset):
        pipeline_configuration_version_ids (str | Unset):
        team_ids (str | Unset):
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per
            parent is `current`.
        statuses (str | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListPipelineConfigurationVersionsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PipelineConfigurationVersionPage]
    """

    kwargs = _get_kwargs(
        pipeline_ids=pipeline_ids,
        pipeline_configuration_version_ids=pipeline_configuration_version_ids,
        team_ids=team_ids,
        status=status,
        statuses=statuses,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pipeline_ids: str | Unset = UNSET,
    pipeline_configuration_version_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListPipelineConfigurationVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> ErrorBody | PipelineConfigurationVersionPage | None:
    """List configuration versions

     Lists configuration versions.

    Args:
        pipeline_ids (str | Unset):
        pipeline_configuration_version_ids (str | Unset):
        team_ids (str | Unset):
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per
            parent is `current`.
        statuses (str | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListPipelineConfigurationVersionsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PipelineConfigurationVersionPage
    """

    return sync_detailed(
        client=client,
        pipeline_ids=pipeline_ids,
        pipeline_configuration_version_ids=pipeline_configuration_version_ids,
        team_ids=team_ids,
        status=status,
        statuses=statuses,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pipeline_ids: str | Unset = UNSET,
    pipeline_configuration_version_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListPipelineConfigurationVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> Response[ErrorBody | PipelineConfigurationVersionPage]:
    """List configuration versions

     Lists configuration versions.

    Args:
        pipeline_ids (str | Unset):
        pipeline_configuration_version_ids (str | Unset):
        team_ids (str | Unset):
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per
            parent is `current`.
        statuses (str | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListPipelineConfigurationVersionsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PipelineConfigurationVersionPage]
    """

    kwargs = _get_kwargs(
        pipeline_ids=pipeline_ids,
        pipeline_configuration_version_ids=pipeline_configuration_version_ids,
        team_ids=team_ids,
        status=status,
        statuses=statuses,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pipeline_ids: str | Unset = UNSET,
    pipeline_configuration_version_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    statuses: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListPipelineConfigurationVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> ErrorBody | PipelineConfigurationVersionPage | None:
    """List configuration versions

     Lists configuration versions.

    Args:
        pipeline_ids (str | Unset):
        pipeline_configuration_version_ids (str | Unset):
        team_ids (str | Unset):
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per
            parent is `current`.
        statuses (str | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListPipelineConfigurationVersionsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PipelineConfigurationVersionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            pipeline_ids=pipeline_ids,
            pipeline_configuration_version_ids=pipeline_configuration_version_ids,
            team_ids=team_ids,
            status=status,
            statuses=statuses,
            page=page,
            page_size=page_size,
            order_by=order_by,
            order_direction=order_direction,
        )
    ).parsed
