"""`AsyncACP`: the Agent Connect Protocol client."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import replace
from types import TracebackType
from typing import Any

import httpx2

from agentplug._core._async._calls import AsyncOperations
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._resource import AsyncClientBase
from agentplug._core._config import ClientConfig, Secret, resolve
from agentplug._core._contract import ClientContract
from agentplug._core._http import HTTPSettings

from .._settings import ACP_ENV, ACP_SETTINGS, trust_only
from .agents import AsyncAgents
from .runs import AsyncRuns
from .threads import AsyncThreads

__all__ = ["AsyncACP"]


class AsyncACP(ClientContract, AsyncClientBase):
    """A client for an ACP server: `agents`, `threads` (and their runs) and stateless `runs`.

    Args:
        base_url: the server's URL (env `ACP_BASE_URL`).
        api_key: sent as the `x-api-key` header (env `ACP_API_KEY`); `api_key_header` renames it.
        bearer_token: sent as `Authorization: Bearer ...` instead of (or as well as) an API key.
        timeout: seconds per request (an idle limit on reads, so streams have no total cap);
            an `httpx2.Timeout` for detail; None waits forever.
        max_retries: retries after the first attempt, on connection errors, 408, 429 and 5xx.
        headers: extra headers sent with every request.
        http_settings: TLS, proxy, pool limits or a custom transport (`HTTPSettings`), as on every
            client; `verify`, `ca_cert_data`, `cert`, `proxy` and `transport`, when given, replace
            the matching field.
        verify: True (system CAs), a CA bundle path, an `ssl.SSLContext`, or False (tests only).
        ca_cert_data: trusted CA certificates as PEM text or DER bytes (instead of a bundle path).
        cert: a client certificate (path, or (cert, key) paths).
        proxy: a proxy URL.
        transport: an inner httpx2 transport (e.g. `agentplug.transports.fast_transport(sync=False)`).
        http_client: your own `httpx2.AsyncClient`, never modified: the credentials and `headers`
            go on each request (credentials only to `base_url`'s origin); its own timeouts, TLS
            and transport apply.
    """

    _environment = ACP_ENV

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        api_key_header: str = "x-api-key",
        bearer_token: str | None = None,
        timeout: float | httpx2.Timeout | None = 60.0,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_settings: HTTPSettings | None = None,
        verify: bool | str | ssl.SSLContext | None = None,
        ca_cert_data: str | bytes | None = None,
        cert: str | tuple[str, str] | None = None,
        proxy: str | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        values = resolve(ACP_SETTINGS, {"base_url": base_url, "api_key": api_key})
        key = values["api_key"]
        config = ClientConfig(
            api="acp",
            base_url=values["base_url"] or "",
            credential=Secret(key) if key else None,
            headers=headers or {},
            timeout=timeout,
            max_retries=max_retries,
        )
        auth: dict[str, str] = {}
        if key:
            auth[api_key_header] = key
        if bearer_token:
            auth["Authorization"] = f"Bearer {bearer_token}"
        if ca_cert_data is not None:
            verify = trust_only(ca_cert_data)
        given: dict[str, Any] = {"verify": verify, "cert": cert, "proxy": proxy, "transport": transport}
        settings = replace(http_settings or HTTPSettings(), **{k: v for k, v in given.items() if v is not None})
        self._http = AsyncHTTP(config, auth_headers=auth, settings=settings, http_client=http_client)
        self._operations = AsyncOperations(self._http, "agentplug_acp_client")
        self.agents = AsyncAgents(self._http)
        self.threads = AsyncThreads(self._http)
        self.runs = AsyncRuns(self._http)

    @property
    def base_url(self) -> str:
        """The server's base URL (credentials never appear in it)."""
        return self._http.config.base_url

    @property
    def http_client(self) -> httpx2.AsyncClient:
        """The underlying httpx2 client (shared with the generated low-level client, if you use it)."""
        return self._http.client

    def _operation_index(self) -> AsyncOperations:
        return self._operations

    async def aclose(self) -> None:
        """Close the client and its connections."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncACP:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._http!r})"
