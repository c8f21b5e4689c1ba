"""The HTTP side of a platform client, the part with no I/O: settings, request building, redirects.

A platform client owns one `AsyncHTTP` (`_async/_http.py`) or its generated blocking twin `HTTP`,
both built on `HTTPBase`. It builds the httpx2 client (retry transport,
timeouts, TLS, proxy, User-Agent, credentials), and its `send` turns every outcome into either a
successful `httpx2.Response` or an `agentplug.errors` exception. The same httpx2 client is injected
into the generated low-level client (`set_httpx_client`), so both layers share pools and retries.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx2

from agentplug.errors import APIStatusError

from ._bounds import capped_timeouts
from ._config import ClientConfig
from ._connection import DEFAULT_LIMITS, ssl_context
from ._errors import status_error
from ._gate import AsyncGate
from ._h11_guard import install as install_desync_guard
from ._logging import is_secret_header, redact_url
from ._operations import build_request
from ._options import DEFAULT_TIMEOUT, EXPLICIT_TIMEOUT, current_options
from ._secrets import SecretHeaders, check_header_value, register, scrub
from ._transport import READ_BODY
from ._useragent import user_agent

__all__ = ["MAX_REDIRECTS", "HTTPBase", "HTTPSettings", "async_default_transport", "borrowed", "default_transport"]

MAX_REDIRECTS = 10
# Headers that name the sender whatever their value: never sent to another origin.
_IDENTITY_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


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
        follow_redirects: off by default. When on (here, or on a caller's own `http_client`),
            agentplug follows redirects itself: up to `MAX_REDIRECTS` hops, and a hop to another
            origin (scheme, host or port) carries none of the client's credentials, whatever
            header they travel in (httpx2 alone strips only Authorization).
    """

    verify: bool | str | ssl.SSLContext = True
    cert: str | tuple[str, str] | None = None
    proxy: str | None = None
    limits: httpx2.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None = None
    follow_redirects: bool = False


def borrowed(
    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport,
) -> httpx2.BaseTransport | httpx2.AsyncBaseTransport:
    """`transport` used without owning it: closing the result leaves `transport` open."""
    if isinstance(transport, httpx2.AsyncBaseTransport):
        from ._async._http import AsyncBorrowedTransport

        return AsyncBorrowedTransport(transport)
    from ._sync._http import BorrowedTransport

    return BorrowedTransport(transport)


def _timeout(config: ClientConfig) -> httpx2.Timeout:
    if config.timeout is None:
        return httpx2.Timeout(None)
    if isinstance(config.timeout, httpx2.Timeout):
        return config.timeout
    return httpx2.Timeout(config.timeout, connect=min(DEFAULT_TIMEOUT.connect or 5.0, config.timeout))


def client_arguments(config: ClientConfig, auth_headers: Mapping[str, str]) -> dict[str, Any]:
    headers = {"User-Agent": user_agent(config.api), **config.headers, **auth_headers}
    # Redirects are followed by _HTTPBase (credentials stripped across origins), never by httpx2.
    return {"base_url": config.base_url, "headers": headers, "timeout": _timeout(config), "follow_redirects": False}


def _transport_arguments(settings: HTTPSettings) -> dict[str, Any]:
    install_desync_guard()  # httpx2's own transport is about to be used
    # One TLS context builder for every transport (httpx2 deprecates a path as `verify`).
    return {"verify": ssl_context(settings.verify, settings.cert), "proxy": settings.proxy, "limits": settings.limits}


def default_transport(settings: HTTPSettings) -> httpx2.BaseTransport:
    """httpx2's own pool for a blocking client, built from `settings`."""
    return httpx2.HTTPTransport(**_transport_arguments(settings))


def async_default_transport(settings: HTTPSettings) -> httpx2.AsyncBaseTransport:
    """httpx2's own pool for an async client, behind an admission gate when connections are limited."""
    inner = httpx2.AsyncHTTPTransport(**_transport_arguments(settings))
    if settings.limits.max_connections is None:
        return inner
    return AsyncGate(inner, settings.limits.max_connections)


@functools.lru_cache(maxsize=512)
def _parsed_url(url: str) -> httpx2.URL:
    # httpx2 validates a URL string character by character (~9 µs); URLs are immutable, and the same
    # ones come back (polling a run, paging a list), so parse each once.
    return httpx2.URL(url)


class _MaskedHeaders(httpx2.Headers):
    """Default headers kept on the client: their repr masks credentials (vars() shows it)."""

    def __repr__(self) -> str:
        shown = {
            name: ("REDACTED" if is_secret_header(name) or scrub(value) != value else value)
            for name, value in self.items()
        }
        return f"Headers({shown!r})"


def _credentials(config: ClientConfig, auth_headers: Mapping[str, str]) -> SecretHeaders:
    """The credential headers, checked to be sendable and registered for redaction by value."""
    for name, value in auth_headers.items():
        check_header_value(name, value, argument="credential")
    secret = config.credential.get_secret_value() if config.credential is not None else None
    # The credential under whatever header name carries it, and values of credential-named headers
    # (not, say, an Accept header a platform sends along with them).
    if secret:
        register([secret])
    register([value for name, value in auth_headers.items() if is_secret_header(name) or scrub(value) != value])
    return SecretHeaders(auth_headers)


def _same_origin(a: httpx2.URL, b: httpx2.URL) -> bool:
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


class HTTPBase:
    """What both shells share: configuration, request building, redirects, a masked repr.

    When the httpx2 client is ours (built here, not passed in), requests skip `httpx2.Client.send`
    and go straight to its transport: the client would only merge headers that are merged once
    here, and look for cookies, auth flows, redirects and event hooks that our client does not
    have. That saves about 40 µs per call (a third of a loopback GET). A caller's own client is
    always used through its `send` (so its hooks apply), but streamed: its body is read here
    under the size limit, and its redirects are followed here with credentials stripped across
    origins.
    """

    def __init__(self, config: ClientConfig, auth_headers: Mapping[str, str] | None) -> None:
        self.config = config
        self.platform = config.api
        self._credentials = _credentials(config, auth_headers or {})
        self._direct = False
        self._follow = False
        self._default_headers: httpx2.Headers = _MaskedHeaders()
        self._timeout: dict[str, float | None] = {}
        # Sent with each request through a caller's own client (never written into it), and
        # credentials only to this client's origin (scheme, host, port).
        self._own_headers = SecretHeaders({**config.headers, **self._credentials})
        self._credential_names = frozenset(name.lower() for name in self._credentials)
        self._origin = _parsed_url(config.base_url) if config.base_url else None
        self.settings = HTTPSettings()
        # The transport holding the connections (None: a caller's http_client holds them).
        self.pool_transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None = None

    def _go_direct(self, client: httpx2.Client | httpx2.AsyncClient) -> None:
        self._direct = True
        self._default_headers = _MaskedHeaders(client.headers)
        self._timeout = client.timeout.as_dict()

    def url(self, path: str) -> str:
        # An absolute URL spares httpx2 parsing and joining two URLs on every call (~15 µs).
        return self.config.base_url + path if path.startswith("/") else path

    def _direct_request(
        self, method: str, url: str, headers: Mapping[str, str] | None, *, stream: bool, **kwargs: Any
    ) -> httpx2.Request:
        timeout = kwargs.pop("timeout", None)
        extensions: dict[str, Any] = {"timeout": self._timeout}
        if timeout is not None:  # the method's own argument: beats a use_options(timeout=...) around it
            extensions["timeout"] = httpx2.Timeout(timeout).as_dict()
            extensions[EXPLICIT_TIMEOUT] = True
        if not stream:
            extensions[READ_BODY] = True  # read by the retry transport: a body cut short is retried
        merged = self._default_headers  # httpx2.Request copies it (a list copy: no header re-parsed)
        target = _parsed_url(self.url(url))
        foreign = not url.startswith("/") and not self._is_own(target)
        if headers or foreign:
            merged = merged.copy()
            if foreign:  # an absolute URL elsewhere: none of the client's credentials go there
                for name in self._credentials:
                    merged.pop(name, None)
            if headers:
                merged.update(headers)
        return httpx2.Request(method, target, headers=merged, extensions=extensions, **kwargs)

    def _is_own(self, url: httpx2.URL) -> bool:
        return self._origin is not None and _same_origin(url, self._origin)

    def _client_request(
        self, client: httpx2.Client | httpx2.AsyncClient, method: str, url: str, **kwargs: Any
    ) -> httpx2.Request:
        """A request through a caller's client, carrying this call's options (its transport is not ours)
        and the client's headers and credentials (the caller's client itself is never modified)."""
        request = client.build_request(method, self.url(url), **kwargs)
        given = httpx2.Headers(kwargs.get("headers") or {})
        own = self._is_own(request.url)
        for name, value in self._own_headers.items():
            if name not in given and (own or name.lower() not in self._credential_names):
                request.headers[name] = value
        if kwargs.get("timeout") is not None:
            request.extensions[EXPLICIT_TIMEOUT] = True
        current_options().apply(request)
        capped_timeouts(request)
        return request

    def _is_credential(self, name: str, value: str) -> bool:
        lowered = name.lower()
        return (
            lowered in _IDENTITY_HEADERS
            or any(lowered == own.lower() for own in self._credentials)
            or is_secret_header(name)
            or scrub(value) != value
        )

    def _redirect(self, request: httpx2.Request, response: httpx2.Response, hops: int) -> httpx2.Request | None:
        """The next request of a redirect, or None when the answer is to be returned as it is.

        303 (and 301 / 302 after a POST) become a GET without body; 307 / 308 repeat the method
        and body, if the body is in memory. A hop to another origin drops every credential.
        """
        if not response.has_redirect_location:
            return None
        if hops >= MAX_REDIRECTS:
            raise httpx2.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=request)
        try:
            target = request.url.join(response.headers["location"])
        except (httpx2.InvalidURL, ValueError):
            return None  # an unusable Location: the 3xx answer is the result
        if target.scheme not in ("http", "https") or not target.host:
            return None
        method = request.method
        if (response.status_code == 303 and method != "HEAD") or (
            response.status_code in (301, 302) and method == "POST"
        ):
            method = "GET"
        keep_body = method == request.method
        if keep_body and not isinstance(request.stream, httpx2.ByteStream):
            return None  # a one-shot body cannot be sent to the new location
        headers = httpx2.Headers(request.headers)
        if not _same_origin(target, request.url):
            for name, value in list(headers.items()):
                if self._is_credential(name, value):
                    del headers[name]
            headers["Host"] = target.netloc.decode("ascii")
        if not keep_body:
            for name in ("Content-Length", "Content-Type", "Transfer-Encoding"):
                headers.pop(name, None)
        return httpx2.Request(
            method,
            target,
            headers=headers,
            content=request.read() if keep_body else None,  # in memory: checked above
            extensions=dict(request.extensions),
        )

    @staticmethod
    def _operation(
        operation: ModuleType, arguments: Mapping[str, Any], options: dict[str, Any]
    ) -> tuple[str, str, dict[str, Any]]:
        """The generated request of `operation`, with per-call options (headers, timeout...) on top."""
        kwargs = build_request(operation, arguments)
        headers = options.pop("headers", None)
        if headers:
            built = kwargs.get("headers")
            kwargs["headers"] = {**built, **headers} if built else headers
        if "content" in options:  # a body the caller encoded already replaces the builder's JSON
            kwargs.pop("json", None)
        kwargs.update(options)
        return kwargs.pop("method"), kwargs.pop("url"), kwargs

    def _error(self, response: httpx2.Response, content: bytes | None = None) -> APIStatusError:
        return status_error(response, platform=self.platform, content=content)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api={self.config.api!r}, base_url={redact_url(self.config.base_url)!r})"
