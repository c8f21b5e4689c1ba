"""The vendor-shaped client's machinery: `AsyncApiClient` and the one way every operation is sent.

`AsyncACPClient` (generated from specs/acp.yaml into `compat_operations.py`) gives each
operation the vendor's three forms; they all come here. Plain reads and writes go through the
agentplug transport (retries, timeouts, errors); streams go through agentplug's run streams, so
every event comes once, a dropped connection is resumed, and a stream ends with the run.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Mapping
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

from agentplug._core._h11_guard import install as install_desync_guard
from agentplug.errors import APIStatusError

from .._compat import serialize
from .._compat.configuration import ApiClientConfiguration
from .._compat.exceptions import ApiValueError, from_status_error
from .._compat.wire import (
    ApiResponse,
    CallOptions,
    Operation,
    build_request,
    read_answer,
    request_timeout,
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
        self._credentials = self.configuration.auth_headers()
        headers = {**self._credentials, **self.default_headers}
        if cookie:
            headers["Cookie"] = cookie
        # httpx2's transport with the vendor's transport settings, under agentplug's retries; the
        # per-request settings (SNI, a renewed key) are applied just below the retries.
        install_desync_guard()
        inner = httpx2.AsyncHTTPTransport(**self.configuration.transport_arguments())
        arguments = self.configuration.client_arguments()
        # TLS, proxy and pool are the transport's (above); the client takes the rest.
        own = {key: arguments[key] for key in ("base_url", "max_retries") if key in arguments}
        self.acp = _VendorACP(**own, headers=headers, transport=_AsyncPrepared(inner, self._prepare))

    def _prepare(self, request: httpx2.Request) -> None:
        """Per request: the SNI name (`tls_server_name`), and a key `refresh_api_key_hook` renewed."""
        configuration = self.configuration
        if configuration.tls_server_name:
            request.extensions["sni_hostname"] = configuration.tls_server_name
        if configuration.refresh_api_key_hook is not None:
            for name, value in configuration.auth_headers().items():
                # Only the client's own credential: a per-call `_request_auth` / `_headers` one stays.
                if request.headers.get(name) == self._credentials.get(name):
                    request.headers[name] = value

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

        `url` is a path under the host (or a full URL on it); `post_params` (pairs) are sent as a
        form, multipart when a part is a file (`files_parameters`). Error statuses raise the
        vendor's `ApiException` subclasses.
        """
        options = CallOptions(request_timeout=_request_timeout)
        kwargs: dict[str, Any] = {"headers": dict(header_params or {})}
        if post_params:
            if body is not None:
                raise ApiValueError("give a body or post_params (a form), not both")
            kwargs.update(_form(kwargs["headers"], post_params))
        elif body is not None:
            kwargs["json"] = serialize.serialize(body, self.configuration)
        timeout = request_timeout(options.request_timeout)
        if timeout is not None:
            kwargs["timeout"] = timeout
        path = url.removeprefix(self.configuration.host)
        try:
            return await self.acp.send(method.upper(), path, **kwargs)
        except APIStatusError as error:
            raise from_status_error(error) from error

    def sanitize_for_serialization(self, obj: Any) -> Any:
        """`obj` as JSON-ready values (models become dicts by their JSON names; bare dates per
        the configuration's `date_format` / `datetime_format`)."""
        return serialize.serialize(obj, self.configuration)

    def param_serialize(
        self,
        method: str,
        resource_path: str,
        path_params: serialize.Params = None,
        query_params: serialize.Params = None,
        header_params: serialize.Params = None,
        body: Any = None,
        post_params: serialize.Params = None,
        files: Mapping[str, Any] | None = None,
        auth_settings: list[str] | None = None,
        collection_formats: Mapping[str, str] | None = None,
        _host: str | None = None,
        _request_auth: Mapping[str, Any] | None = None,
    ) -> tuple[str, str, dict[str, str], Any, list[tuple[str, Any]]]:
        """`(method, url, header_params, body, post_params)` of a request, for `call_api(*...)`."""
        return serialize.param_serialize(
            self.configuration,
            self.default_headers,
            self.cookie,
            method,
            resource_path,
            path_params,
            query_params,
            header_params,
            body,
            post_params,
            files,
            auth_settings,
            collection_formats,
            _host,
            _request_auth,
        )

    @staticmethod
    def parameters_to_tuples(
        params: serialize.Params, collection_formats: Mapping[str, str] | None
    ) -> list[tuple[str, Any]]:
        """`params` (a dict or pairs) as pairs, lists per their collection format."""
        return serialize.parameters_to_tuples(params, collection_formats)

    def parameters_to_url_query(self, params: serialize.Params, collection_formats: Mapping[str, str] | None) -> str:
        """`params` as a URL query string (`a=Hello%20World&b=123`)."""
        return serialize.parameters_to_url_query(params, collection_formats, self.configuration)

    @staticmethod
    def files_parameters(files: Mapping[str, Any] | None) -> list[tuple[str, tuple[str, bytes, str]]]:
        """Form parts `(field, (filename, content, mimetype))` for paths, bytes or (filename, bytes)."""
        return serialize.files_parameters(files)

    def update_params_for_auth(
        self,
        headers: dict[str, Any],
        queries: list[tuple[str, Any]],
        auth_settings: list[str] | None,
        resource_path: str,
        method: str,
        body: Any,
        request_auth: Mapping[str, Any] | None = None,
    ) -> None:
        """Add the named security schemes' credentials (or only `request_auth`) to `headers` / `queries`."""
        serialize.update_params_for_auth(self.configuration, headers, queries, auth_settings, request_auth)

    def deserialize(self, response_text: str | bytes | None, response_type: Any, content_type: str | None) -> Any:
        """Answer text as a model (class or name: `"Agent"`, `"List[Agent]"`), a primitive, or a file."""
        return serialize.deserialize(response_text, response_type, content_type, self.configuration)

    def response_deserialize(
        self, response_data: httpx2.Response, response_types_map: Mapping[str, Any] | None = None
    ) -> ApiResponse[Any]:
        """A `call_api` response as an `ApiResponse` typed per `{"200": "Agent", ...}`."""
        return serialize.response_deserialize(response_data, response_types_map, self.configuration)

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


class _VendorACP(AsyncACP):
    """The agentplug client under the vendor-shaped one, with the two entry points that client
    needs: a request by method and path (built by the vendor-shaped layer), sent through this
    client's transport (retries, credentials, timeouts; error statuses raise APIStatusError)."""

    async def send(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        """Send a request and read its answer (httpx2 request arguments)."""
        return await self._http.send(method, url, **kwargs)

    async def open_stream(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        """Send a request and answer the response with its body not read yet (close it)."""
        return await self._http.open_stream(method, url, **kwargs)


class _AsyncPrepared(httpx2.AsyncBaseTransport):
    """The inner transport, each request first given the api client's per-request settings."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, prepare: Callable[[httpx2.Request], None]) -> None:
        self._inner = inner
        self._prepare = prepare  # the api client's own per-request settings

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self._prepare(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _form(headers: dict[str, str], post_params: Any) -> dict[str, Any]:
    """A form body: multipart when a part is a file (or the Content-Type asks for it), else urlencoded."""
    pairs = serialize.parameters_to_tuples(post_params, None)
    content_type = next((value for key, value in headers.items() if key.lower() == "content-type"), "")
    files = [(name, value) for name, value in pairs if isinstance(value, tuple)]
    fields = [(name, str(value)) for name, value in pairs if not isinstance(value, tuple)]
    if files or "multipart/" in content_type.lower():
        for key in [key for key in headers if key.lower() == "content-type"]:
            del headers[key]  # httpx2 sets it with the boundary
        return {"files": files, "data": dict(fields)}
    return {"data": dict(fields)}


class AsyncCompatBase:
    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient.get_default()

    def _request(self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions) -> dict[str, Any]:
        configuration = self.api_client.configuration
        index = configuration.server_operation_index.get(operation.name)
        if index is not None:  # the configured server of this operation must exist
            configuration.get_host_from_settings(index, configuration.server_operation_variables.get(index))
        return build_request(operation, arguments, options)

    async def _send(self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions) -> httpx2.Response:
        request = self._request(operation, arguments, options)
        try:
            return await self.api_client.acp.send(request.pop("method"), request.pop("url"), **request)
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
        request = self._request(operation, arguments, options)
        try:
            return await self.api_client.acp.open_stream(request.pop("method"), request.pop("url"), **request)
        except APIStatusError as error:
            raise from_status_error(error) from error

    def _events(self, operation: Operation, arguments: Mapping[str, Any], options: CallOptions) -> AsyncRunStream:
        self._request(operation, arguments, options)  # checks the arguments and options at once
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
