from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.pipeline_configuration_version import PipelineConfigurationVersion
from ...models.pipeline_configuration_version_update import (
    PipelineConfigurationVersionUpdate,
)
from ...types import Response, path_segment, status_of


def _get_kwargs(
    pipeline_configuration_version_id: str,
    *,
    body: PipelineConfigurationVersionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/pipeline-configuration-versions/{pipeline_configuration_version_id}".format(
            pipeline_configuration_version_id=path_segment(
                pipeline_configuration_version_id, "pipeline_configuration_version_id"
            ),
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

METHOD = "PATCH"
PATH = "/pipeline-configuration-versions/{pipeline_configuration_version_id}"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | PipelineConfigurationVersion | None:
    if response.status_code == 200:
        response_200 = PipelineConfigurationVersion.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> ErrorBody | PipelineConfigurationVersion | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorBody | PipelineConfigurationVersion]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pipeline_configuration_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineConfigurationVersionUpdate,
) -> Response[ErrorBody | PipelineConfigurationVersion]:
    """Update a configuration version

     Changes the status, or the configuration of a version that is not current.

    Args:
        pipeline_configuration_version_id (str):
        body (PipelineConfigurationVersionUpdate): Changes to a configuration version (the
            configuration of a current version is frozen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PipelineConfigurationVersion]
    """

    kwargs = _get_kwargs(
        pipeline_configuration_version_id=pipeline_configuration_version_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_configuration_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineConfigurationVersionUpdate,
) -> ErrorBody | PipelineConfigurationVersion | None:
    """Update a configuration version

     Changes the status, or the configuration of a version that is not current.

    Args:
        pipeline_configuration_version_id (str):
        body (PipelineConfigurationVersionUpdate): Changes to a configuration version (the
            configuration of a current version is frozen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PipelineConfigurationVersion
    """

    return sync_detailed(
        pipeline_configuration_version_id=pipeline_configuration_version_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pipeline_configuration_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineConfigurationVersionUpdate,
) -> Response[ErrorBody | PipelineConfigurationVersion]:
    """Update a configuration version

     Changes the status, or the configuration of a version that is not current.

    Args:
        pipeline_configuration_version_id (str):
        body (PipelineConfigurationVersionUpdate): Changes to a configuration version (the
            configuration of a current version is frozen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PipelineConfigurationVersion]
    """

    kwargs = _get_kwargs(
        pipeline_configuration_version_id=pipeline_configuration_version_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_configuration_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineConfigurationVersionUpdate,
) -> ErrorBody | PipelineConfigurationVersion | None:
    """Update a configuration version

     Changes the status, or the configuration of a version that is not current.

    Args:
        pipeline_configuration_version_id (str):
        body (PipelineConfigurationVersionUpdate): Changes to a configuration version (the
            configuration of a current version is frozen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PipelineConfigurationVersion
    """

    return (
        await asyncio_detailed(
            pipeline_configuration_version_id=pipeline_configuration_version_id,
            client=client,
            body=body,
        )
    ).parsed
