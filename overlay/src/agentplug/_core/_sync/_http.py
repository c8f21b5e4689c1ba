# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The HTTP shell of an async platform client: one configured `httpx2.AsyncClient` and error-mapped sends.

The blocking twin (`_sync/_http.py`, class `HTTP`) is generated from this file. What both share and
does no I/O (configuration, request building, redirects, credentials) is `HTTPBase` in `.._http`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import timedelta
from types import ModuleType
from typing import Any

import httpx2

from agentplug.errors import APIStatusError, ConfigurationError

from .._bounds import bound_stream
from .._call_options import CallScope, ResponseOpened, current_call
from .._config import ClientConfig, require_httpx2
from .._errors import connection_error
from .._http import HTTPBase, HTTPSettings, client_arguments, default_transport
from .._options import current_options
from .._retry import RetryPolicy
from ._bodies import read_body, read_error_content
from ._transport import RetryTransport

__all__ = ["HTTP", "BorrowedTransport"]


class BorrowedTransport(httpx2.BaseTransport):
    """The async twin of `_Borrowed`."""

    def __init__(self, transport: httpx2.BaseTransport) -> None:
        self._transport = transport

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return self._transport.handle_request(request)

    def close(self) -> None:
        pass  # the owner closes the pool


class HTTP(HTTPBase):
    """Sends over one httpx2 client (built here, or the caller's own); every outcome is a
    successful `httpx2.Response` or an `agentplug.errors` exception."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        auth_headers: Mapping[str, str] | None = None,
        settings: HTTPSettings | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        super().__init__(config, auth_headers)
        settings = settings or HTTPSettings()
        require_httpx2(settings.transport, "transport")
        require_httpx2(http_client, "http_client")
        if http_client is None:
            inner = settings.transport
            expected = httpx2.BaseTransport
            if inner is not None and not isinstance(inner, expected):
                raise TypeError(f"this client needs an httpx2.{expected.__name__}")
            self.settings = settings
            self.pool_transport = inner or default_transport(settings)
            self._transport = RetryTransport(
                self.pool_transport,
                api=config.api,
                policy=RetryPolicy(max_retries=config.max_retries),
            )
            http_client = httpx2.Client(transport=self._transport, **client_arguments(config, self._credentials))
            self._go_direct(http_client)
            self._follow = settings.follow_redirects
        else:
            self._follow = http_client.follow_redirects
        self.client = http_client

    def _exchange(self, request: httpx2.Request, *, stream: bool) -> httpx2.Response:
        if self._direct:
            response = self._transport.handle_request(request)  # read by the transport unless streamed
            response.request = request
            return response
        response = self.client.send(request, stream=True, follow_redirects=False)
        bound_stream(response, request)
        if not stream:
            read_body(response, current_options().body_limit)
        return response

    def _send(self, method: str, url: str, *, stream: bool, **kwargs: Any) -> httpx2.Response:
        request: httpx2.Request | None = None  # the exchange's request, for the error
        if self._direct and self.client.is_closed:  # the pool would open a connection nobody closes
            raise ConfigurationError("this client is closed: build a new one, or use it inside its `with` block")
        try:
            started = time.perf_counter()
            if self._direct:
                request = self._direct_request(method, url, kwargs.pop("headers", None), stream=stream, **kwargs)
            else:
                request = self._client_request(self.client, method, url, **kwargs)
            response = self._exchange(request, stream=stream)
            hops = 0
            while self._follow and (follow := self._redirect(request, response, hops)) is not None:
                response.close()
                request, hops = follow, hops + 1
                response = self._exchange(request, stream=stream)
            if self._direct and not stream:
                if isinstance(response.stream, httpx2.ByteStream):  # already in memory: no async iteration
                    response.read()
                    response.close()
                else:
                    try:
                        response.read()
                    finally:
                        response.close()
                response.elapsed = timedelta(seconds=time.perf_counter() - started)
            return response
        except httpx2.HTTPError as exc:
            raise connection_error(exc, request) from exc

    def send(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        """Send a request (httpx2.AsyncClient.request arguments); error statuses raise APIStatusError."""
        scope = current_call()
        if scope is not None:
            return self._scoped(scope, method, url, kwargs, stream=False)
        return self._answered(method, url, kwargs)

    def _answered(self, method: str, url: str, kwargs: dict[str, Any]) -> httpx2.Response:
        response = self._send(method, url, stream=False, **kwargs)
        if response.is_error:
            raise self._error(response, response.content)
        return response

    def _scoped(
        self, scope: CallScope, method: str, url: str, kwargs: dict[str, Any], *, stream: bool
    ) -> httpx2.Response:
        """A request made by a call with per-call options or a raw-response capture."""
        replayed = scope.replayed()
        if replayed is not None:
            return replayed
        kwargs = scope.request_arguments(method, kwargs)
        if scope.streams_first():
            raise ResponseOpened(self._opened(method, url, kwargs), streamed=stream)
        response = self._opened(method, url, kwargs) if stream else self._answered(method, url, kwargs)
        scope.record(response)
        return response

    def send_operation(
        self, operation: ModuleType, arguments: Mapping[str, Any] | None = None, **options: Any
    ) -> httpx2.Response:
        """Send the request the generated `operation` module builds from `arguments` (its own
        snake_case names); `options` are per-call httpx2 arguments (headers, timeout)."""
        method, url, kwargs = self._operation(operation, arguments or {}, options)
        return self.send(method, url, **kwargs)

    def open_operation_stream(
        self, operation: ModuleType, arguments: Mapping[str, Any] | None = None, **options: Any
    ) -> httpx2.Response:
        """`open_stream` for the request the generated `operation` module builds."""
        method, url, kwargs = self._operation(operation, arguments or {}, options)
        return self.open_stream(method, url, **kwargs)

    def open_stream(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        """Start a streamed response (headers read, body not); the caller closes it."""
        scope = current_call()
        if scope is not None:
            return self._scoped(scope, method, url, kwargs, stream=True)
        return self._opened(method, url, kwargs)

    def _opened(self, method: str, url: str, kwargs: dict[str, Any]) -> httpx2.Response:
        response = self._send(method, url, stream=True, **kwargs)
        if response.is_error:
            error: APIStatusError
            try:
                error = self._error(response, read_error_content(response))
            except httpx2.HTTPError:
                error = self._error(response, b"")
            finally:
                response.close()
            raise error
        return response

    def close(self) -> None:
        self.client.close()
