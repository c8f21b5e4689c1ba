"""Faster transports under the httpx2 API: `fast_transport()` picks one for a sync or async client.

httpx2's own transports (httpcore2) cost more per request than the HTTP stacks the vendor SDKs use
(urllib3, aiohttp). The fast transports speak HTTP/1.1 through one sans-I/O codec (`_h1`, on
llhttp) in two thin shells: `SocketTransport` (blocking sockets) and `AsyncSocketTransport`
(asyncio protocols). Measured with `scripts/bench/latency.py` (a typed GET through the whole
agentplug stack on loopback), they beat httpx2's transports and the vendor SDKs; the numbers are in
the README. The httpx2 interface stays: both are `httpx2.BaseTransport` / `httpx2.AsyncBaseTransport`
objects for `HTTPSettings(transport=...)`, wrapped by the retry transport like the default ones.

They need the optional package of the `fast` extra (`pip install 'agentplug[fast]'`: httptools,
which brings llhttp); a missing one is reported as a `ConfigurationError` naming the extra.

Every failure leaves as the httpx2 exception httpx2's own transport raises for it (`ConnectError`,
`ConnectTimeout`, `ReadTimeout`, `RemoteProtocolError`, ...), so retries and the error mapping of
`agentplug.errors` work unchanged.
"""

from __future__ import annotations

import importlib.util
from typing import Literal, overload

import httpx2

from agentplug.errors import ConfigurationError

from ._connection import DEFAULT_LIMITS, CertTypes, VerifyTypes, ssl_context

__all__ = ["FAST_EXTRA", "fast_transport", "require_fast_extra"]

FAST_EXTRA = "fast"


def require_fast_extra() -> None:
    """Raise ConfigurationError naming the extra when its package (httptools) is not installed."""
    if importlib.util.find_spec("httptools") is None:
        raise ConfigurationError(
            "The fast transports need the optional package 'httptools': "
            f"install the {FAST_EXTRA!r} extra (pip install 'agentplug[{FAST_EXTRA}]')"
        )


@overload
def fast_transport(
    *,
    sync: Literal[True],
    verify: VerifyTypes = ...,
    cert: CertTypes = ...,
    proxy: str | httpx2.URL | None = ...,
    limits: httpx2.Limits = ...,
) -> httpx2.BaseTransport: ...


@overload
def fast_transport(
    *,
    sync: Literal[False],
    verify: VerifyTypes = ...,
    cert: CertTypes = ...,
    proxy: str | httpx2.URL | None = ...,
    limits: httpx2.Limits = ...,
) -> httpx2.AsyncBaseTransport: ...


def fast_transport(
    *,
    sync: bool,
    verify: VerifyTypes = True,
    cert: CertTypes = None,
    proxy: str | httpx2.URL | None = None,
    limits: httpx2.Limits = DEFAULT_LIMITS,
) -> httpx2.BaseTransport | httpx2.AsyncBaseTransport:
    """A faster transport for `HTTPSettings(transport=...)`: `SocketTransport` when `sync`, else `AsyncSocketTransport`.

    The arguments mean what the `HTTPSettings` fields of the same names mean; pass them here (a
    client given a transport does not apply its settings' TLS, proxy or limits to it). With a
    `proxy`, httpx2's own transport is returned (the fast ones connect directly only).

    Raises:
        ConfigurationError: the optional package of the `fast` extra is missing.
    """
    if proxy is not None:
        context = ssl_context(verify, cert)
        if sync:
            return httpx2.HTTPTransport(verify=context, proxy=proxy, limits=limits)
        return httpx2.AsyncHTTPTransport(verify=context, proxy=proxy, limits=limits)
    require_fast_extra()
    if sync:
        from ._socket_transport import SocketTransport

        return SocketTransport(verify=verify, cert=cert, limits=limits)
    from ._asyncio_transport import AsyncSocketTransport

    return AsyncSocketTransport(verify=verify, cert=cert, limits=limits)
