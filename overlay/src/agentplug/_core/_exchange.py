"""What both fast transports do with httpx objects around the HTTP/1.1 codec (`_h1`).

`Prepared` turns an `httpx.Request` into the origin to connect to, the request head and the body
framing; `response` turns a parsed head into an `httpx.Response`; `remote_error` and friends give
the httpx exception that httpx's own transport raises for the same failure, so retries and the
`agentplug.errors` mapping treat every transport alike.
"""

from __future__ import annotations

import time
from typing import Any, TypeVar

import httpx

from ._h1 import BodyEncoder, LocalProtocolError, ProtocolError, RequestHead, ResponseReader
from ._pool import Origin, PoolClosed, PooledConnection, PoolLedger

C = TypeVar("C", bound=PooledConnection)

__all__ = ["Prepared", "claim", "connect_error", "read_error", "response"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


class Prepared:
    """A request made ready for the wire: its origin, head, body framing, timeouts and response reader.

    Raises `httpx.UnsupportedProtocol` (not http/https, no host) or `httpx.LocalProtocolError`.
    """

    __slots__ = ("close_after", "encoder", "head", "key", "reader", "timeouts")

    def __init__(self, request: httpx.Request) -> None:
        url = request.url
        scheme = url.scheme
        if scheme not in _DEFAULT_PORTS:
            raise httpx.UnsupportedProtocol(f"Unsupported URL scheme {scheme!r}", request=request)
        if not url.host:
            raise httpx.UnsupportedProtocol("The URL has no host", request=request)
        try:
            head = RequestHead(request.method.encode("ascii"), url.raw_path, request.headers.raw)
        except LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc), request=request) from exc
        self.head = head.data
        self.encoder = BodyEncoder(head)
        self.close_after = head.close
        self.key: Origin = (scheme, url.host, url.port or _DEFAULT_PORTS[scheme])
        self.timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        self.reader = ResponseReader(head_request=request.method == "HEAD", upgrade_asked=head.upgrade)

    @property
    def reusable(self) -> bool:
        """Whether the connection may carry another exchange after this one (once the response is read)."""
        return self.reader.reusable and not self.close_after


def claim(pool: PoolLedger[C], prepared: Prepared, request: httpx.Request) -> C | bool:
    """`PoolLedger.claim` for this request, a closed pool raised as httpx does."""
    try:
        return pool.claim(prepared.key, time.monotonic())
    except PoolClosed as exc:
        raise httpx.ConnectError(str(exc), request=request) from None


def response(reader: ResponseReader, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    return httpx.Response(
        status_code=reader.status,
        headers=reader.headers,
        stream=stream,
        extensions={"http_version": b"HTTP/" + reader.version, "reason_phrase": reader.reason},
    )


def read_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception for a failure while waiting for, or reading, the response."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, ProtocolError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, TimeoutError):
        return httpx.ReadTimeout(message if str(exc) else "timed out", request=request)
    return httpx.ReadError(message, request=request)


def connect_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception for a failure to connect (TCP or TLS)."""
    if isinstance(exc, TimeoutError):
        return httpx.ConnectTimeout(str(exc) or "timed out", request=request)
    return httpx.ConnectError(str(exc) or type(exc).__name__, request=request)
