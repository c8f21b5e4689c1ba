"""The vendor-shaped client's machinery: `AsyncApiClient` and the one way every operation is sent.

`AsyncACPClient` (generated from specs/acp.yaml into `compat_operations.py`) gives each
operation the vendor's three forms; they all come here. Plain reads and writes go through the
agentplug transport (retries, timeouts, errors); streams go through agentplug's run streams, so
every event comes once, a dropped connection is resumed, and a stream ends with the run.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from types import TracebackType
from typing import Any

import httpx2
from agentplug_acp_client.models import (
    CustomRunResultUpdate,
    RunOutputStream,
    ValueRunErrorUpdate,
    ValueRunInterruptUpdate,
    ValueRunResultUpdate,
)

from agentplug.errors import APIStatusError

from .._compat.configuration import ApiClientConfiguration
from .._compat.exceptions import ApiValueError, from_status_error
from .._compat.wire import (
    ApiResponse,
    CallOptions,
    Operation,
    build_request,
    read_answer,
    request_timeout,
    sanitize,
)
from .client import AsyncACP
from .runs import AsyncRunsBase
from .stream import AsyncRunStream

__all__ = ["AsyncApiClient", "AsyncCompatBase"]

_STREAM_EVENT = "agent_event"  # the SSE event name ACP servers send
_UPDATES = (ValueRunResultUpdate, CustomRunResultUpdate, ValueRunInterruptUpdate, ValueRunErrorUpdate)


class AsyncApiClient:
    """The vendor's `ApiClient(configuration, header_name, header_value, cookie)` over an agentplug client.

    `api_client.acp` is the agentplug client underneath (its resources are there too). Close it with
    `async with` or `close()`.
    """

    def __init__(
        self,
        configuration: ApiClientConfiguration | None = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
    ) -> None:
        self.configuration = configuration or ApiClientConfiguration.get_default()
        self.default_headers: dict[str, str] = {}
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie
        headers = {**self.configuration.auth_headers(), **self.default_headers}
        if cookie:
            headers["Cookie"] = cookie
        self.acp = AsyncACP(**self.configuration.client_arguments(), headers=headers)

    @property
    def user_agent(self) -> str:
        return str(self.acp.http_client.headers.get("User-Agent", ""))

    def set_default_header(self, header_name: str, header_value: str) -> None:
        self.default_headers[header_name] = header_value
        self.acp.http_client.headers[header_name] = header_value

    async def call_api(
        self,
        method: str,
        url: str,
        header_params: Mapping[str, str] | None = None,
        body: Any = None,
        post_params: Any = None,
        _request_timeout: Any = None,
    ) -> httpx2.Response:
        """Send one request on the client's transport (retries, credentials, timeouts); answers the read response.

        `url` is a path under the host (or a full URL on it). Error statuses raise the vendor's
        `ApiException` subclasses.
        """
        if post_params:
            raise ApiValueError("post_params (form bodies) are not used by ACP: send a JSON body")
        options = CallOptions(request_timeout=_request_timeout)
        kwargs: dict[str, Any] = {"headers": dict(header_params or {})}
        if body is not None:
            kwargs["json"] = sanitize(body)
        timeout = request_timeout(options.request_timeout)
        if timeout is not None:
            kwargs["timeout"] = timeout
        path = url.removeprefix(self.configuration.host)
        try:
            return await self.acp._http.send(method.upper(), path, **kwargs)
        except APIStatusError as error:
            raise from_status_error(error) from error

    @staticmethod
    def sanitize_for_serialization(obj: Any) -> Any:
        """`obj` as JSON-ready values (models become dicts by their JSON names)."""
        return sanitize(obj)

    @staticmethod
    def select_header_accept(accepts: list[str]) -> str | None:
        if not accepts:
            return None
        return next((value for value in accepts if "json" in value.lower()), accepts[0])

    @staticmethod
    def select_header_content_type(content_types: list[str]) -> str | None:
        if not content_types:
            return None
        return next((value for value in content_types if "json" in value.lower()), content_types[0])

    _default: AsyncApiClient | None = None

    @classmethod
    def set_default(cls, default: AsyncApiClient | None) -> None:
        cls._default = default

    @classmethod
    def get_default(cls) -> AsyncApiClient:
        if cls._default is None:
            cls._default = cls()
        return cls._default

    async def close(self) -> None:
        await self.acp.aclose()

    async def __aenter__(self) -> AsyncApiClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class AsyncCompatBase:
    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient.get_default()

    async def _send(self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions) -> httpx2.Response:
        request = build_request(operation, arguments, options)
        try:
            return await self.api_client.acp._http.send(request.pop("method"), request.pop("url"), **request)
        except APIStatusError as error:
            raise from_status_error(error) from error

    async def _call(self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions) -> Any:
        return read_answer(operation, await self._send(operation, arguments, options))

    async def _call_with_http_info(
        self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions
    ) -> ApiResponse[Any]:
        response = await self._send(operation, arguments, options)
        return ApiResponse(
            status_code=response.status_code,
            headers=dict(response.headers),
            data=read_answer(operation, response),
            raw_data=response.content,
        )

    async def _call_without_preload_content(
        self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions
    ) -> httpx2.Response:
        """The response with its body not read yet (close it, or read it with `read()`)."""
        request = build_request(operation, arguments, options)
        try:
            return await self.api_client.acp._http.open_stream(request.pop("method"), request.pop("url"), **request)
        except APIStatusError as error:
            raise from_status_error(error) from error

    def _events(self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions) -> AsyncRunStream:
        build_request(operation, arguments, options)  # checks the arguments and options at once
        runs: AsyncRunsBase
        if "thread_id" in arguments:
            runs = self.api_client.acp.threads.runs(arguments["thread_id"])
        else:
            runs = self.api_client.acp.runs
        if "body" in arguments:
            body = build_request(operation, arguments, CallOptions())["json"]
            return AsyncRunStream(runs, body=json.dumps(body, separators=(",", ":")).encode())
        return runs.stream(arguments["run_id"])

    async def _stream(
        self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions
    ) -> AsyncIterator[RunOutputStream]:
        """The run's updates as the vendor's `RunOutputStream` events, each once, to the run's end."""
        stream = self._events(operation, arguments, options)
        try:
            async with stream:
                async for event in stream:
                    # Only the protocol's updates: the closing RunFinished and kinds newer than
                    # the spec have no RunOutputStream form.
                    if isinstance(event, _UPDATES):
                        yield RunOutputStream(data=event, event=_STREAM_EVENT)
        except APIStatusError as error:
            raise from_status_error(error) from error

    async def _stream_with_http_info(
        self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions
    ) -> ApiResponse[AsyncIterator[RunOutputStream]]:
        return ApiResponse(
            status_code=200, headers=None, data=self._stream(operation, arguments, options), raw_data=b""
        )
