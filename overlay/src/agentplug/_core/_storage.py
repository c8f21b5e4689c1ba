"""Storage requests (presigned PUT / GET) that carry nothing of the platform's, and the bare clients that send them.

Storage requests are built here (never with `Client.build_request`, which would merge the client's
headers and cookies), sent with `auth=None` and without following redirects, and any
credential-like header the caller passes is dropped. `async_storage_client()` (`_async/_transfer.py`)
and its twin `storage_client()` build the bare client meant for them (a platform client also
works, but its event hooks and transport still see the request).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TypeAlias

import httpx2

from agentplug.errors import ConfigurationError

from ._logging import is_secret_header, redact_url
from ._options import timeout_extension

__all__ = [
    "STORAGE_API",
    "Timeout",
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
