import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2

from ... import errors
from ..._sse import ServerSentEvent, SSEDecoder
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_input import WorkflowInput
from ...models.workflow_stream_event import WorkflowStreamEvent
from ...types import Response, path_segment, status_of


def _get_kwargs(
    endpoint: str,
    *,
    body: WorkflowInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{endpoint}/stream".format(
            endpoint=path_segment(endpoint, "endpoint"),
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

METHOD = "POST"
PATH = "/{endpoint}/stream"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorDetail | HTTPValidationError | WorkflowStreamEvent | None:
    if response.status_code == 200:
        return None  # an event stream: read it with stream() / astream()
    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> ErrorDetail | HTTPValidationError | WorkflowStreamEvent | None:
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorDetail | HTTPValidationError | WorkflowStreamEvent]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> Response[ErrorDetail | HTTPValidationError | WorkflowStreamEvent]:
    """Run a custom endpoint's function, streaming its output

    Args:
        endpoint (str):
        body (WorkflowInput): The workflow's input model. Single-string workflows take
            `input_message`; other workflows define other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | WorkflowStreamEvent]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> ErrorDetail | HTTPValidationError | WorkflowStreamEvent | None:
    """Run a custom endpoint's function, streaming its output

    Args:
        endpoint (str):
        body (WorkflowInput): The workflow's input model. Single-string workflows take
            `input_message`; other workflows define other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | WorkflowStreamEvent
    """

    return sync_detailed(
        endpoint=endpoint,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> Response[ErrorDetail | HTTPValidationError | WorkflowStreamEvent]:
    """Run a custom endpoint's function, streaming its output

    Args:
        endpoint (str):
        body (WorkflowInput): The workflow's input model. Single-string workflows take
            `input_message`; other workflows define other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | WorkflowStreamEvent]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> ErrorDetail | HTTPValidationError | WorkflowStreamEvent | None:
    """Run a custom endpoint's function, streaming its output

    Args:
        endpoint (str):
        body (WorkflowInput): The workflow's input model. Single-string workflows take
            `input_message`; other workflows define other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | WorkflowStreamEvent
    """

    return (
        await asyncio_detailed(
            endpoint=endpoint,
            client=client,
            body=body,
        )
    ).parsed


def _event_from_sse(event: ServerSentEvent) -> WorkflowStreamEvent:
    fields: dict[str, Any] = {"event": event.event}
    if event.id is not None:
        fields["id"] = event.id
    if event.retry is not None:
        fields["retry"] = event.retry
    fields["data"] = json.loads(event.data)
    return WorkflowStreamEvent.from_dict(fields)


def stream(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> Iterator[WorkflowStreamEvent]:
    """Open the event stream and yield one typed event per server-sent event, as they arrive.

    The connection closes when the iterator is exhausted or closed. Any status but
    200 raises errors.UnexpectedStatus, carrying the body.
    """
    kwargs = _get_kwargs(
        endpoint=endpoint,
        body=body,
    )
    kwargs.setdefault("headers", {})["Accept"] = "text/event-stream"
    with client.get_httpx_client().stream(**kwargs) as response:
        if response.status_code != 200:
            response.read()
            raise errors.UnexpectedStatus(response.status_code, response.content)
        decoder = SSEDecoder()
        for chunk in response.iter_bytes():
            for event in decoder.feed(chunk):
                yield _event_from_sse(event)


async def astream(
    endpoint: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> AsyncIterator[WorkflowStreamEvent]:
    """Async twin of stream(): yield one typed event per server-sent event, as they arrive."""
    kwargs = _get_kwargs(
        endpoint=endpoint,
        body=body,
    )
    kwargs.setdefault("headers", {})["Accept"] = "text/event-stream"
    async with client.get_async_httpx_client().stream(**kwargs) as response:
        if response.status_code != 200:
            await response.aread()
            raise errors.UnexpectedStatus(response.status_code, response.content)
        decoder = SSEDecoder()
        async for chunk in response.aiter_bytes():
            for event in decoder.feed(chunk):
                yield _event_from_sse(event)
