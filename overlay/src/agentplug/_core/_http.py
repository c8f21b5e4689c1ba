"""The HTTP side of a platform client: one configured httpx2 client and error-mapped sends.

A platform client owns one `SyncHTTP` or `AsyncHTTP`. It builds the httpx2 client (retry transport,
timeouts, TLS, proxy, User-Agent, credentials), and its `send` turns every outcome into either a
successful `httpx2.Response` or an `agentplug.errors` exception. The same httpx2 client is injected
into the generated low-level client (`set_httpx_client`), so both layers share pools and retries.
"""

from __future__ import annotations

import functools
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx2

from agentplug.errors import APIStatusError

from ._config import ClientConfig, require_httpx2
from ._connection import DEFAULT_LIMITS, ssl_context
from ._errors import aread_error_content, connection_error, status_error
from ._logging import redact_url
from ._options import DEFAULT_TIMEOUT
from ._retry import RetryPolicy
from ._transport import READ_BODY, AsyncRetryTransport, RetryTransport
from ._useragent import user_agent

__all__ = ["AsyncHTTP", "HTTPSettings", "SyncHTTP"]


@dataclass(frozen=True)
class HTTPSettings:
    """How to reach the server (everything but the platform's own settings).

    Attributes:
        verify: True (system CAs), False (no verification: tests only), a CA bundle path, or an
            `ssl.SSLContext` (e.g. built from CA data with `ssl.create_default_context(cadata=...)`).
        cert: a client certificate (path, or (cert, key) paths).
        proxy: a proxy URL. Environment variables (HTTPS_PROXY, ...) are not read: httpx2 ignores
            them once a transport is given, as here, so a proxy must be passed explicitly.
        limits: connection pool limits.
        transport: a custom inner transport (e.g. a faster one, or a mock in tests); retries
            still wrap it.
        follow_redirects: off by default: a redirect to another host would carry credentials
            that httpx2 does not strip (x-api-key).
    """

    verify: bool | str | ssl.SSLContext = True
    cert: str | tuple[str, str] | None = None
    proxy: str | None = None
    limits: httpx2.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None = None
    follow_redirects: bool = False


def _timeout(config: ClientConfig) -> httpx2.Timeout:
    if config.timeout is None:
        return httpx2.Timeout(None)
    if isinstance(config.timeout, httpx2.Timeout):
        return config.timeout
    return httpx2.Timeout(config.timeout, connect=min(DEFAULT_TIMEOUT.connect or 5.0, config.timeout))


def _client_arguments(config: ClientConfig, auth_headers: Mapping[str, str], settings: HTTPSettings) -> dict[str, Any]:
    headers = {"User-Agent": user_agent(config.api), **config.headers, **auth_headers}
    return {
        "base_url": config.base_url,
        "headers": headers,
        "timeout": _timeout(config),
        "follow_redirects": settings.follow_redirects,
    }


def _transport_arguments(settings: HTTPSettings) -> dict[str, Any]:
    # One TLS context builder for every transport (httpx2 deprecates a path as `verify`).
    return {"verify": ssl_context(settings.verify, settings.cert), "proxy": settings.proxy, "limits": settings.limits}


@functools.lru_cache(maxsize=512)
def _parsed_url(url: str) -> httpx2.URL:
    # httpx2 validates a URL string character by character (~9 µs); URLs are immutable, and the same
    # ones come back (polling a run, paging a list), so parse each once.
    return httpx2.URL(url)


class _HTTPBase:
    """What both shells share: configuration, request building, a masked repr.

    When the httpx2 client is ours (built here, not passed in), requests skip `httpx2.Client.send`
    and go straight to its transport: the client would only merge headers that are merged once
    here, and look for cookies, auth flows, redirects and event hooks that our client does not
    have. That saves about 40 µs per call (a third of a loopback GET). A caller's own client is
    always used through its `send`, so its hooks and settings apply.
    """

    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self.platform = config.api
        self._direct = False
        self._default_headers = httpx2.Headers()
        self._timeout: dict[str, float | None] = {}

    def _go_direct(self, client: httpx2.Client | httpx2.AsyncClient) -> None:
        self._direct = True
        self._default_headers = client.headers.copy()
        self._timeout = client.timeout.as_dict()

    def url(self, path: str) -> str:
        # An absolute URL spares httpx2 parsing and joining two URLs on every call (~15 µs).
        return self.config.base_url + path if path.startswith("/") else path

    def _direct_request(
        self, method: str, url: str, headers: Mapping[str, str] | None, *, stream: bool, **kwargs: Any
    ) -> httpx2.Request:
        timeout = kwargs.pop("timeout", None)
        extensions: dict[str, Any] = {
            "timeout": self._timeout if timeout is None else httpx2.Timeout(timeout).as_dict()
        }
        if not stream:
            extensions[READ_BODY] = True  # read by the retry transport: a body cut short is retried
        merged = self._default_headers  # httpx2.Request copies it (a list copy: no header re-parsed)
        if headers:
            merged = merged.copy()
            merged.update(headers)
        return httpx2.Request(method, _parsed_url(self.url(url)), headers=merged, extensions=extensions, **kwargs)

    def _error(self, response: httpx2.Response, content: bytes | None = None) -> APIStatusError:
        return status_error(response, platform=self.platform, content=content)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api={self.config.api!r}, base_url={redact_url(self.config.base_url)!r})"


class SyncHTTP(_HTTPBase):
    """Blocking sends over one `httpx2.Client` (built here, or the caller's own)."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        auth_headers: Mapping[str, str] | None = None,
        settings: HTTPSettings | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        super().__init__(config)
        settings = settings or HTTPSettings()
        require_httpx2(settings.transport, "transport")
        require_httpx2(http_client, "http_client")
        if http_client is None:
            inner = settings.transport
            if inner is not None and not isinstance(inner, httpx2.BaseTransport):
                raise TypeError("a sync client needs an httpx2.BaseTransport")
            self._transport = RetryTransport(
                inner or httpx2.HTTPTransport(**_transport_arguments(settings)),
                api=config.api,
                policy=RetryPolicy(max_retries=config.max_retries),
            )
            http_client = httpx2.Client(
                transport=self._transport, **_client_arguments(config, auth_headers or {}, settings)
            )
            self._go_direct(http_client)
        self.client = http_client

    def _send(self, method: str, url: str, *, stream: bool, **kwargs: Any) -> httpx2.Response:
        try:
            if not self._direct:
                return self.client.send(self.client.build_request(method, self.url(url), **kwargs), stream=stream)
            request = self._direct_request(method, url, kwargs.pop("headers", None), stream=stream, **kwargs)
            started = time.perf_counter()
            response = self._transport.handle_request(request)
            response.request = request
            if not stream:
                try:
                    response.read()
                finally:
                    response.close()
                response.elapsed = timedelta(seconds=time.perf_counter() - started)
            return response
        except httpx2.HTTPError as exc:
            raise connection_error(exc) from exc

    def send(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        """Send a request (httpx2.Client.request arguments); error statuses raise APIStatusError."""
        response = self._send(method, url, stream=False, **kwargs)
        if response.is_error:
            raise self._error(response)
        return response

    def open_stream(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        """Start a streamed response (headers read, body not); the caller closes it."""
        response = self._send(method, url, stream=True, **kwargs)
        if response.is_error:
            try:
                raise self._error(response)
            finally:
                response.close()
        return response

    def close(self) -> None:
        self.client.close()


class AsyncHTTP(_HTTPBase):
    """The async twin of `SyncHTTP`, over one `httpx2.AsyncClient`."""

    def __init__(
        self,
        config: ClientConfig,
        *,
        auth_headers: Mapping[str, str] | None = None,
        settings: HTTPSettings | None = None,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        super().__init__(config)
        settings = settings or HTTPSettings()
        require_httpx2(settings.transport, "transport")
        require_httpx2(http_client, "http_client")
        if http_client is None:
            inner = settings.transport
            if inner is not None and not isinstance(inner, httpx2.AsyncBaseTransport):
                raise TypeError("an async client needs an httpx2.AsyncBaseTransport")
            self._transport = AsyncRetryTransport(
                inner or httpx2.AsyncHTTPTransport(**_transport_arguments(settings)),
                api=config.api,
                policy=RetryPolicy(max_retries=config.max_retries),
            )
            http_client = httpx2.AsyncClient(
                transport=self._transport, **_client_arguments(config, auth_headers or {}, settings)
            )
            self._go_direct(http_client)
        self.client = http_client

    async def _send(self, method: str, url: str, *, stream: bool, **kwargs: Any) -> httpx2.Response:
        try:
            if not self._direct:
                request = self.client.build_request(method, self.url(url), **kwargs)
                return await self.client.send(request, stream=stream)
            request = self._direct_request(method, url, kwargs.pop("headers", None), stream=stream, **kwargs)
            started = time.perf_counter()
            response = await self._transport.handle_async_request(request)
            response.request = request
            if not stream:
                if isinstance(response.stream, httpx2.ByteStream):  # already in memory: no async iteration
                    response.read()
                    response.close()
                else:
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
                response.elapsed = timedelta(seconds=time.perf_counter() - started)
            return response
        except httpx2.HTTPError as exc:
            raise connection_error(exc) from exc

    async def send(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        """Send a request (httpx2.AsyncClient.request arguments); error statuses raise APIStatusError."""
        response = await self._send(method, url, stream=False, **kwargs)
        if response.is_error:
            raise self._error(response, response.content)
        return response

    async def open_stream(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        """Start a streamed response (headers read, body not); the caller closes it."""
        response = await self._send(method, url, stream=True, **kwargs)
        if response.is_error:
            error: APIStatusError
            try:
                error = self._error(response, await aread_error_content(response))
            except httpx2.HTTPError:
                error = self._error(response, b"")
            finally:
                await response.aclose()
            raise error
        return response

    async def aclose(self) -> None:
        await self.client.aclose()
