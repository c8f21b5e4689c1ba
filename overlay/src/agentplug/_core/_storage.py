"""Storage requests (presigned PUT / GET) that carry nothing of the platform's, and the bare clients that send them.

Storage requests are built here (never with `Client.build_request`, which would merge the client's
headers and cookies), sent with `auth=None` and without following redirects, and any
credential-like header the caller passes is dropped. `storage_client()` / `async_storage_client()`
build the bare client meant for them (a platform client also works, but its event hooks and
transport still see the request).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TypeAlias

import httpx2

from agentplug.errors import ConfigurationError

from ._async._transport import AsyncRetryTransport
from ._logging import is_secret_header, redact_url
from ._options import DEFAULT_TIMEOUT, timeout_extension
from ._retry import RetryPolicy
from ._sync._transport import RetryTransport
from ._useragent import user_agent

__all__ = [
    "STORAGE_API",
    "Timeout",
    "async_storage_client",
    "storage_client",
    "storage_headers",
    "storage_request",
    "storage_url",
]

STORAGE_API = "storage"  # the `platform` of error messages, the api of the User-Agent and logger

Timeout: TypeAlias = httpx2.Timeout | float | None

_DROPPED_HEADERS = frozenset({"host", "content-length", "transfer-encoding"})  # set from the URL and the body


def storage_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """`headers` without anything that could carry a credential or misframe the request.

    Drops Authorization, Proxy-Authorization, X-Api-Key, cookies and any name containing token,
    secret, api-key, password, signature or credential (the same rule as log redaction), and
    Host / Content-Length / Transfer-Encoding, which the URL and the body determine.
    """
    if not headers:
        return {}
    return {
        name: value
        for name, value in headers.items()
        if not is_secret_header(name) and name.lower() not in _DROPPED_HEADERS
    }


def storage_url(url: str | httpx2.URL) -> httpx2.URL:
    """`url` parsed; raises ConfigurationError unless it is an absolute http(s) URL."""
    try:
        parsed = httpx2.URL(url)
    except (httpx2.InvalidURL, TypeError, ValueError):
        raise ConfigurationError(f"Invalid storage URL {redact_url(str(url))}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"A storage URL must be an absolute http(s) URL, got {redact_url(parsed)}")
    return parsed


def storage_request(
    method: str,
    url: httpx2.URL,
    headers: Mapping[str, str],
    timeout: Timeout,
    content: Iterator[bytes] | AsyncIterator[bytes] | None = None,
) -> httpx2.Request:
    # Built here rather than with Client.build_request, which would add the client's headers and cookies.
    extensions = {"timeout": timeout_extension(timeout)} if timeout is not None else {}
    return httpx2.Request(method, url, headers=headers, content=content, extensions=extensions)


def storage_client(
    *,
    timeout: httpx2.Timeout | float = DEFAULT_TIMEOUT,
    policy: RetryPolicy | None = None,
    transport: httpx2.BaseTransport | None = None,
) -> httpx2.Client:
    """A bare client for presigned storage URLs: no credentials, no base URL, no cookies, no redirects.

    Requests go through `RetryTransport` (api "storage": its User-Agent and `agentplug.storage`
    logger). The transfer functions (`upload_to_url`, `download_to_path`...) run their own retries
    and switch the transport's off.
    """
    return httpx2.Client(
        transport=RetryTransport(transport, api=STORAGE_API, policy=policy),
        timeout=timeout,
        follow_redirects=False,  # a redirect could point anywhere
        headers={"User-Agent": user_agent(STORAGE_API)},
    )


def async_storage_client(
    *,
    timeout: httpx2.Timeout | float = DEFAULT_TIMEOUT,
    policy: RetryPolicy | None = None,
    transport: httpx2.AsyncBaseTransport | None = None,
) -> httpx2.AsyncClient:
    """The async twin of `storage_client`."""
    return httpx2.AsyncClient(
        transport=AsyncRetryTransport(transport, api=STORAGE_API, policy=policy),
        timeout=timeout,
        follow_redirects=False,
        headers={"User-Agent": user_agent(STORAGE_API)},
    )
