from collections.abc import Mapping
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execution_accepted_interaction import ExecutionAcceptedInteraction
from ...models.execution_accepted_o_auth import ExecutionAcceptedOAuth
from ...models.failure_body import FailureBody
from ...models.workflow_input import WorkflowInput
from ...models.workflow_output import WorkflowOutput
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: WorkflowInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow",
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
PATH = "/v1/workflow"


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> (
    ExecutionAcceptedInteraction
    | ExecutionAcceptedOAuth
    | FailureBody
    | WorkflowOutput
    | None
):
    if response.status_code == 200:
        response_200 = WorkflowOutput.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        _response_202_raw = response.json()
        response_202: ExecutionAcceptedInteraction | ExecutionAcceptedOAuth
        if isinstance(_response_202_raw, (dict, Mapping)):
            _response_202_tag = _response_202_raw.get("status")
            if _response_202_tag == "interaction_required":
                response_202 = ExecutionAcceptedInteraction.from_dict(_response_202_raw)
            elif _response_202_tag == "oauth_required":
                response_202 = ExecutionAcceptedOAuth.from_dict(_response_202_raw)
            else:
                raise ValueError(
                    f"unknown status {_response_202_tag!r} for response_202"
                )
        else:
            raise TypeError(
                f"unexpected {type(_response_202_raw).__name__} for response_202"
            )

        return response_202

    if response.status_code == 422:
        response_422 = FailureBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_response(
    response: httpx2.Response,
) -> (
    ExecutionAcceptedInteraction
    | ExecutionAcceptedOAuth
    | FailureBody
    | WorkflowOutput
    | None
):
    """The typed answer of a response to this operation (None for a status the spec does not declare)."""
    return _parse_response(
        client=Client(base_url="", raise_on_unexpected_status=False), response=response
    )


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[
    ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody | WorkflowOutput
]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> Response[
    ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody | WorkflowOutput
]:
    """Run the workflow

     Starts an execution and blocks until its first outcome: the result (200), a pause for a prompt or an
    OAuth consent (202), or a failure before the first pause (422 with an `Error`).

    Args:
        body (WorkflowInput): The workflow's input model. Single-string workflows take
            `input_message`; other workflows define other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody | WorkflowOutput]
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
    body: WorkflowInput,
) -> (
    ExecutionAcceptedInteraction
    | ExecutionAcceptedOAuth
    | FailureBody
    | WorkflowOutput
    | None
):
    """Run the workflow

     Starts an execution and blocks until its first outcome: the result (200), a pause for a prompt or an
    OAuth consent (202), or a failure before the first pause (422 with an `Error`).

    Args:
        body (WorkflowInput): The workflow's input model. Single-string workflows take
            `input_message`; other workflows define other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody | WorkflowOutput
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> Response[
    ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody | WorkflowOutput
]:
    """Run the workflow

     Starts an execution and blocks until its first outcome: the result (200), a pause for a prompt or an
    OAuth consent (202), or a failure before the first pause (422 with an `Error`).

    Args:
        body (WorkflowInput): The workflow's input model. Single-string workflows take
            `input_message`; other workflows define other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody | WorkflowOutput]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInput,
) -> (
    ExecutionAcceptedInteraction
    | ExecutionAcceptedOAuth
    | FailureBody
    | WorkflowOutput
    | None
):
    """Run the workflow

     Starts an execution and blocks until its first outcome: the result (200), a pause for a prompt or an
    OAuth consent (202), or a failure before the first pause (422 with an `Error`).

    Args:
        body (WorkflowInput): The workflow's input model. Single-string workflows take
            `input_message`; other workflows define other fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionAcceptedInteraction | ExecutionAcceptedOAuth | FailureBody | WorkflowOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
