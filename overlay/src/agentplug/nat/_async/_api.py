"""The NAT wire calls shared by the client, its executions and its streams (one place for URLs and errors)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import httpx2
from agentplug_nat_client.models import InteractionResponseRequest

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._errors import parse_json
from agentplug._core._operations import build_request, lazy_operations
from agentplug._core._options import held_open
from agentplug.errors import BadRequestError, NotFoundError, UnprocessableEntityError

from .._errors import ExecutionNotFoundError, InteractionNotFoundError, InteractionResolvedError, retyped
from .._inputs import Route
from .._interactions import Interaction
from .._state import accepted_of, completed_status, failed_status, parse_status

get_execution, respond_to_interaction = lazy_operations(
    "agentplug_nat_client.api.executions", "get_execution", "respond_to_interaction"
)
(health,) = lazy_operations("agentplug_nat_client.api.health", "health")

if TYPE_CHECKING:
    from ..models import ExecutionAcceptedResponse, ExecutionStatusResponse, HumanResponse

__all__ = ["AsyncNATAPI", "Started"]

_CONNECT_TIMEOUT = 5.0


def _waiting_timeout(read: float | None) -> dict[str, Any]:
    # A workflow POST blocks until the first pause, and a stream stays silent while a prompt waits:
    # the read timeout is the caller's (an ambient use_options timeout, or none, by default); only
    # connecting is bounded.
    connect = _CONNECT_TIMEOUT if read is None else min(_CONNECT_TIMEOUT, read)
    return held_open(read, httpx2.Timeout(read, connect=connect))


def _workflow_failure(body: object) -> dict[str, Any] | None:
    """The `Error` body of a workflow that failed before its first pause, or None (a validation 422)."""
    if isinstance(body, dict) and isinstance(body.get("message"), str) and "detail" not in body:
        return body
    return None


class Started:
    """What starting a run told: its state, where to poll it, and the failure body of a 422."""

    __slots__ = ("accepted", "failure", "status", "status_url")

    def __init__(
        self,
        status: ExecutionStatusResponse,
        status_url: str | None,
        failure: dict[str, Any] | None,
        accepted: ExecutionAcceptedResponse | None = None,
    ) -> None:
        self.status = status
        self.status_url = status_url
        self.failure = failure
        self.accepted = accepted


class AsyncNATAPI:
    def __init__(self, http: AsyncHTTP) -> None:
        self.http = http

    def _local(self, url: str, fallback: str) -> str:
        """A server-given URL resolved against our base URL; never another origin (it would get our credentials)."""
        if url.startswith("/"):
            return url
        base = self.http.config.base_url
        if url.startswith(base + "/"):
            return url[len(base) :]
        return fallback

    async def _workflow(
        self, route: Route, body: Mapping[str, Any], *, stream: bool, **options: Any
    ) -> httpx2.Response:
        if route.operation is None:  # a custom endpoint of several segments: the caller's own path
            send = self.http.open_stream if stream else self.http.send
            return await send("POST", route.path, json=dict(body), **options)
        arguments = {**route.arguments, "body": dict(body)}
        if stream:
            return await self.http.open_operation_stream(route.operation, arguments, **options)
        return await self.http.send_operation(route.operation, arguments, **options)

    async def start(self, route: Route, body: Mapping[str, Any], *, timeout: float | None) -> Started:
        try:
            response = await self._workflow(route, body, stream=False, **_waiting_timeout(timeout))
        except UnprocessableEntityError as error:
            failure = _workflow_failure(error.body)
            if failure is None:
                raise
            return Started(failed_status(str(failure["message"])), None, failure)
        data = parse_json(response, platform="nat")
        if response.status_code != 202:
            return Started(completed_status(data), None, None)
        status = parse_status(data, response)
        fallback = build_request(get_execution, {"execution_id": status.execution_id})["url"]
        given = data.get("status_url") if isinstance(data, dict) else None
        status_url = self._local(given, fallback) if isinstance(given, str) else fallback
        return Started(status, status_url, None, accepted_of(data))

    async def status(self, status_url: str, execution_id: str) -> ExecutionStatusResponse:
        try:
            response = await self.http.send("GET", status_url)
        except NotFoundError as error:
            raise retyped(
                error,
                ExecutionNotFoundError,
                f"execution {execution_id} is unknown to the server (executions live in the server's memory: "
                "was it restarted?)",
            ) from error
        return parse_status(parse_json(response, platform="nat"), response)

    async def answer(self, interaction: Interaction, response: HumanResponse) -> None:
        which = f"prompt {interaction.interaction_id} of execution {interaction.execution_id}"
        arguments = {
            "execution_id": interaction.execution_id,
            "interaction_id": interaction.interaction_id,
            "body": InteractionResponseRequest(response=response),
        }
        request = build_request(respond_to_interaction, arguments)
        # The server's own URL for the answer wins when it is on our origin (it may add a prefix).
        url = self._local(interaction.response_url, request.pop("url"))
        try:
            await self.http.send(request.pop("method"), url, **request)
        except NotFoundError as error:
            message = f"{which} is not pending any more (the execution moved on, or the server does not know it)"
            raise retyped(error, InteractionNotFoundError, message) from error
        except BadRequestError as error:
            message = f"{which} was already resolved (answered before, or it timed out)"
            raise retyped(error, InteractionResolvedError, message) from error

    async def health(self) -> str:
        response = await self.http.send_operation(health)
        data = parse_json(response, platform="nat")
        status = data.get("status") if isinstance(data, dict) else None
        return status if isinstance(status, str) else ""

    @asynccontextmanager
    async def stream_response(
        self, route: Route, body: Mapping[str, Any], headers: Mapping[str, str]
    ) -> AsyncIterator[httpx2.Response]:
        response = await self._workflow(
            route,
            body,
            stream=True,
            headers={"Accept": "text/event-stream", **headers},
            **_waiting_timeout(None),
        )
        try:
            yield response
        finally:
            await response.aclose()
