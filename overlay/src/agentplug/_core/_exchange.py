"""What both fast transports do with httpx2 objects around the HTTP/1.1 codec (`_h1`).

`Prepared` turns an `httpx2.Request` into the origin to connect to, the request head and the body
framing; `response` turns a parsed head into an `httpx2.Response`; `remote_error` and friends give
the httpx2 exception that httpx2's own transport raises for the same failure, so retries and the
`agentplug.errors` mapping treat every transport alike.
"""

from __future__ import annotations

import time
from typing import Any, TypeVar

import httpx2

from ._h1 import BodyEncoder, LocalProtocolError, ProtocolError, RequestHead, ResponseReader
from ._pool import Origin, PoolClosed, PooledConnection, PoolLedger

C = TypeVar("C", bound=PooledConnection)

__all__ = ["Prepared", "claim", "connect_error", "read_error", "response"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


class Prepared:
    """A request made ready for the wire: its origin, head, body framing, timeouts and response reader.

    Raises `httpx2.UnsupportedProtocol` (not http/https, no host) or `httpx2.LocalProtocolError`.
    """

    __slots__ = ("close_after", "encoder", "head", "key", "reader", "timeouts")

    def __init__(self, request: httpx2.Request) -> None:
        url = request.url
        scheme = url.scheme
        if scheme not in _DEFAULT_PORTS:
            raise httpx2.UnsupportedProtocol(f"Unsupported URL scheme {scheme!r}", request=request)
        if not url.host:
            raise httpx2.UnsupportedProtocol("The URL has no host", request=request)
        try:
            head = RequestHead(request.method.encode("ascii"), url.raw_path, request.headers.raw)
        except LocalProtocolError as exc:
            raise httpx2.LocalProtocolError(str(exc), request=request) from exc
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


def claim(pool: PoolLedger[C], prepared: Prepared, request: httpx2.Request) -> C | bool:
    """`PoolLedger.claim` for this request, a closed pool raised as httpx2 does."""
    try:
        return pool.claim(prepared.key, time.monotonic())
    except PoolClosed as exc:
        raise httpx2.ConnectError(str(exc), request=request) from None


def response(reader: ResponseReader, stream: httpx2.SyncByteStream | httpx2.AsyncByteStream) -> httpx2.Response:
    return httpx2.Response(
        status_code=reader.status,
        headers=reader.headers,
        stream=stream,
        extensions={"http_version": b"HTTP/" + reader.version, "reason_phrase": reader.reason},
    )


def read_error(exc: BaseException, request: httpx2.Request) -> httpx2.TransportError:
    """The httpx2 exception for a failure while waiting for, or reading, the response."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, ProtocolError):
        return httpx2.RemoteProtocolError(message, request=request)
    if isinstance(exc, TimeoutError):
        return httpx2.ReadTimeout(message if str(exc) else "timed out", request=request)
    return httpx2.ReadError(message, request=request)


def connect_error(exc: BaseException, request: httpx2.Request) -> httpx2.TransportError:
    """The httpx2 exception for a failure to connect (TCP or TLS)."""
    if isinstance(exc, TimeoutError):
        return httpx2.ConnectTimeout(str(exc) or "timed out", request=request)
    return httpx2.ConnectError(str(exc) or type(exc).__name__, request=request)
