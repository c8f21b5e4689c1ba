import datetime
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_token_usage import ApiTokenUsage
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, path_segment, status_of


def _get_kwargs(
    token_id: str,
    *,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    endpoint: str | Unset = UNSET,
    method: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = (
            start_date if isinstance(start_date, str) else start_date.isoformat()
        )
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date if isinstance(end_date, str) else end_date.isoformat()
    params["endDate"] = json_end_date

    params["endpoint"] = endpoint

    params["method"] = method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api-tokens/{token_id}/usage".format(
            token_id=path_segment(token_id, "token_id"),
        ),
    }
    if params:  # an empty mapping would still make httpx2 rebuild the URL
        _kwargs["params"] = params

    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "GET"
PATH = "/api-tokens/{token_id}/usage"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ApiTokenUsage | ErrorBody | None:
    if response.status_code == 200:
        response_200 = ApiTokenUsage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(response: httpx2.Response) -> ApiTokenUsage | ErrorBody | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ApiTokenUsage | ErrorBody]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    endpoint: str | Unset = UNSET,
    method: str | Unset = UNSET,
) -> Response[ApiTokenUsage | ErrorBody]:
    """Get API token usage

     Summarises a token's requests over a period.

    Args:
        token_id (str):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        endpoint (str | Unset):
        method (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiTokenUsage | ErrorBody]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
        start_date=start_date,
        end_date=end_date,
        endpoint=endpoint,
        method=method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    endpoint: str | Unset = UNSET,
    method: str | Unset = UNSET,
) -> ApiTokenUsage | ErrorBody | None:
    """Get API token usage

     Summarises a token's requests over a period.

    Args:
        token_id (str):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        endpoint (str | Unset):
        method (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiTokenUsage | ErrorBody
    """

    return sync_detailed(
        token_id=token_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
        endpoint=endpoint,
        method=method,
    ).parsed


async def asyncio_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    endpoint: str | Unset = UNSET,
    method: str | Unset = UNSET,
) -> Response[ApiTokenUsage | ErrorBody]:
    """Get API token usage

     Summarises a token's requests over a period.

    Args:
        token_id (str):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        endpoint (str | Unset):
        method (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiTokenUsage | ErrorBody]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
        start_date=start_date,
        end_date=end_date,
        endpoint=endpoint,
        method=method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    endpoint: str | Unset = UNSET,
    method: str | Unset = UNSET,
) -> ApiTokenUsage | ErrorBody | None:
    """Get API token usage

     Summarises a token's requests over a period.

    Args:
        token_id (str):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        endpoint (str | Unset):
        method (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiTokenUsage | ErrorBody
    """

    return (
        await asyncio_detailed(
            token_id=token_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            endpoint=endpoint,
            method=method,
        )
    ).parsed
