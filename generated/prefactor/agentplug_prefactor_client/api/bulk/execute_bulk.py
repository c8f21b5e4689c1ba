from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_request import BulkRequest
from ...models.bulk_response import BulkResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: BulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/bulk",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


request_kwargs = _get_kwargs
"""This operation's request as `httpx2.Client.request(**kwargs)` arguments (method, url, params,
body, headers), for callers that send it and read the answer themselves. Path parameters are
escaped, and one that would change the route raises `types.InvalidPathParameter` (a ValueError)."""

METHOD = "POST"
PATH = "/api/v1/bulk"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> BulkResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BulkResponse.from_dict(response.json())

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


def parse_response(response: httpx2.Response) -> BulkResponse | ErrorEnvelope | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[BulkResponse | ErrorEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkRequest,
) -> Response[BulkResponse | ErrorEnvelope]:
    """Run many operations in one request

     Items run in order, each on its own; processing stops at the first item that fails, whose error is
    the last output. Answers 200 even when an item failed; `outputs` is keyed by each item's idempotency
    key. An item whose key was seen before answers the stored output again.

    Args:
        body (BulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BulkRequest,
) -> BulkResponse | ErrorEnvelope | None:
    """Run many operations in one request

     Items run in order, each on its own; processing stops at the first item that fails, whose error is
    the last output. Answers 200 even when an item failed; `outputs` is keyed by each item's idempotency
    key. An item whose key was seen before answers the stored output again.

    Args:
        body (BulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkRequest,
) -> Response[BulkResponse | ErrorEnvelope]:
    """Run many operations in one request

     Items run in order, each on its own; processing stops at the first item that fails, whose error is
    the last output. Answers 200 even when an item failed; `outputs` is keyed by each item's idempotency
    key. An item whose key was seen before answers the stored output again.

    Args:
        body (BulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkRequest,
) -> BulkResponse | ErrorEnvelope | None:
    """Run many operations in one request

     Items run in order, each on its own; processing stops at the first item that fails, whose error is
    the last output. Answers 200 even when an item failed; `outputs` is keyed by each item's idempotency
    key. An item whose key was seen before answers the stored output again.

    Args:
        body (BulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
