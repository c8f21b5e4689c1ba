from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_file_type import DataFileType
from ...models.dataset_data_version_page import DatasetDataVersionPage
from ...models.error_body import ErrorBody
from ...models.list_dataset_data_versions_order_by import ListDatasetDataVersionsOrderBy
from ...models.order_direction import OrderDirection
from ...models.version_status import VersionStatus
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    dataset_data_version_ids: str | Unset = UNSET,
    dataset_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    version_no: int | Unset = UNSET,
    file_type: DataFileType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetDataVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["datasetDataVersionIds"] = dataset_data_version_ids

    params["datasetIds"] = dataset_ids

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = getattr(status, "value", status)

    params["status"] = json_status

    params["versionNo"] = version_no

    json_file_type: str | Unset = UNSET
    if not isinstance(file_type, Unset):
        json_file_type = getattr(file_type, "value", file_type)

    params["fileType"] = json_file_type

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
        "url": "/dataset-data-versions",
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/dataset-data-versions"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DatasetDataVersionPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DatasetDataVersionPage.from_dict(response.json())

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
) -> DatasetDataVersionPage | ErrorBody | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DatasetDataVersionPage | ErrorBody]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dataset_data_version_ids: str | Unset = UNSET,
    dataset_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    version_no: int | Unset = UNSET,
    file_type: DataFileType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetDataVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> Response[DatasetDataVersionPage | ErrorBody]:
    """List data versions

     Lists data versions, filtered and paged.

    Args:
        dataset_data_version_ids (str | Unset):
        dataset_ids (str | Unset):
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per
            parent is `current`.
        version_no (int | Unset):
        file_type (DataFileType | Unset): Format of a dataset's data file.
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListDatasetDataVersionsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetDataVersionPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        dataset_data_version_ids=dataset_data_version_ids,
        dataset_ids=dataset_ids,
        status=status,
        version_no=version_no,
        file_type=file_type,
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
    dataset_data_version_ids: str | Unset = UNSET,
    dataset_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    version_no: int | Unset = UNSET,
    file_type: DataFileType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetDataVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> DatasetDataVersionPage | ErrorBody | None:
    """List data versions

     Lists data versions, filtered and paged.

    Args:
        dataset_data_version_ids (str | Unset):
        dataset_ids (str | Unset):
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per
            parent is `current`.
        version_no (int | Unset):
        file_type (DataFileType | Unset): Format of a dataset's data file.
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListDatasetDataVersionsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetDataVersionPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        dataset_data_version_ids=dataset_data_version_ids,
        dataset_ids=dataset_ids,
        status=status,
        version_no=version_no,
        file_type=file_type,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dataset_data_version_ids: str | Unset = UNSET,
    dataset_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    version_no: int | Unset = UNSET,
    file_type: DataFileType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetDataVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> Response[DatasetDataVersionPage | ErrorBody]:
    """List data versions

     Lists data versions, filtered and paged.

    Args:
        dataset_data_version_ids (str | Unset):
        dataset_ids (str | Unset):
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per
            parent is `current`.
        version_no (int | Unset):
        file_type (DataFileType | Unset): Format of a dataset's data file.
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListDatasetDataVersionsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetDataVersionPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        dataset_data_version_ids=dataset_data_version_ids,
        dataset_ids=dataset_ids,
        status=status,
        version_no=version_no,
        file_type=file_type,
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
    dataset_data_version_ids: str | Unset = UNSET,
    dataset_ids: str | Unset = UNSET,
    status: VersionStatus | Unset = UNSET,
    version_no: int | Unset = UNSET,
    file_type: DataFileType | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetDataVersionsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> DatasetDataVersionPage | ErrorBody | None:
    """List data versions

     Lists data versions, filtered and paged.

    Args:
        dataset_data_version_ids (str | Unset):
        dataset_ids (str | Unset):
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per
            parent is `current`.
        version_no (int | Unset):
        file_type (DataFileType | Unset): Format of a dataset's data file.
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListDatasetDataVersionsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetDataVersionPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            dataset_data_version_ids=dataset_data_version_ids,
            dataset_ids=dataset_ids,
            status=status,
            version_no=version_no,
            file_type=file_type,
            page=page,
            page_size=page_size,
            order_by=order_by,
            order_direction=order_direction,
        )
    ).parsed
