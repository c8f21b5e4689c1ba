from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_page import DatasetPage
from ...models.error_body import ErrorBody
from ...models.list_datasets_order_by import ListDatasetsOrderBy
from ...models.order_direction import OrderDirection
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    dataset_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    name_like: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["datasetIds"] = dataset_ids

    params["teamIds"] = team_ids

    params["nameLike"] = name_like

    params["name"] = name

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
        "url": "/datasets",
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/datasets"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> DatasetPage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = DatasetPage.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(response: httpx2.Response) -> DatasetPage | ErrorBody | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DatasetPage | ErrorBody]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dataset_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    name_like: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> Response[DatasetPage | ErrorBody]:
    """List datasets

     Lists datasets, filtered and paged.

    Args:
        dataset_ids (str | Unset):
        team_ids (str | Unset):
        name_like (str | Unset):
        name (str | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListDatasetsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        dataset_ids=dataset_ids,
        team_ids=team_ids,
        name_like=name_like,
        name=name,
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
    dataset_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    name_like: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> DatasetPage | ErrorBody | None:
    """List datasets

     Lists datasets, filtered and paged.

    Args:
        dataset_ids (str | Unset):
        team_ids (str | Unset):
        name_like (str | Unset):
        name (str | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListDatasetsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetPage | ErrorBody
    """

    return sync_detailed(
        client=client,
        dataset_ids=dataset_ids,
        team_ids=team_ids,
        name_like=name_like,
        name=name,
        page=page,
        page_size=page_size,
        order_by=order_by,
        order_direction=order_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dataset_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    name_like: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> Response[DatasetPage | ErrorBody]:
    """List datasets

     Lists datasets, filtered and paged.

    Args:
        dataset_ids (str | Unset):
        team_ids (str | Unset):
        name_like (str | Unset):
        name (str | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListDatasetsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetPage | ErrorBody]
    """

    kwargs = _get_kwargs(
        dataset_ids=dataset_ids,
        team_ids=team_ids,
        name_like=name_like,
        name=name,
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
    dataset_ids: str | Unset = UNSET,
    team_ids: str | Unset = UNSET,
    name_like: str | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order_by: ListDatasetsOrderBy | Unset = UNSET,
    order_direction: OrderDirection | Unset = UNSET,
) -> DatasetPage | ErrorBody | None:
    """List datasets

     Lists datasets, filtered and paged.

    Args:
        dataset_ids (str | Unset):
        team_ids (str | Unset):
        name_like (str | Unset):
        name (str | Unset):
        page (int | Unset): Server default: `1`.
        page_size (int | Unset): Server default: `10`.
        order_by (ListDatasetsOrderBy | Unset):
        order_direction (OrderDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetPage | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            dataset_ids=dataset_ids,
            team_ids=team_ids,
            name_like=name_like,
            name=name,
            page=page,
            page_size=page_size,
            order_by=order_by,
            order_direction=order_direction,
        )
    ).parsed
