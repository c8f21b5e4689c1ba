"""Faster transports under the httpx API: plain sockets for sync clients, aiohttp for async ones.

httpx's own transports (httpcore) cost more per request than the HTTP stacks the vendor SDKs use.
Measured with `scripts/bench/latency.py` (a typed GET through the whole agentplug stack against a
loopback server), `SocketTransport` takes a sync call from about 250 to 205 µs and the aiohttp
transport an async one from about 430 to 270 µs. The httpx interface stays: both are `httpx.BaseTransport` /
`httpx.AsyncBaseTransport` objects for `HTTPSettings(transport=...)`, wrapped by the retry
transport like the default ones.

    from agentplug._core._fast_transports import fast_transport
    settings = HTTPSettings(transport=fast_transport(sync=True))    # or sync=False

`SocketTransport` leaves HTTP/1.1 itself (messages, framing, keep-alive) to h11, which httpx
already brings through httpcore, and keeps sockets, TLS, the pool and timeouts. The async
transport needs the optional packages of the `fast` extra (`pip install 'agentplug[fast]'`:
httpx-aiohttp, which brings aiohttp); they are imported only when it is built, and a missing one
is reported as a `ConfigurationError` naming the extra.

Every failure leaves as the httpx exception httpx's own transport raises for it (`ConnectError`,
`ConnectTimeout`, `ReadTimeout`, `RemoteProtocolError`, ...), so retries and the error mapping of
`agentplug.errors` work unchanged.

Why not urllib3 for sync: measured here, urllib3 2.8 costs about 115 µs per loopback GET where
`http.client` costs 55 µs and a bare socket exchange 25 µs; an httpx transport over urllib3 ended up
no faster than httpcore (254 against 253 µs through the agentplug stack). `SocketTransport` alone
(request to read body) costs about 90 µs, about 40 of them in h11 (a request/response cycle of its
state machine, where a minimal hand-written parser takes about 7: the price of not keeping one).
"""

from __future__ import annotations

import contextlib
import importlib
import select
import socket
import ssl
import threading
import time
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any, Literal, overload

import h11
import httpx

from agentplug.errors import ConfigurationError

from ._connection import DEFAULT_LIMITS, CertTypes, VerifyTypes, ssl_context

__all__ = ["FAST_EXTRA", "SocketTransport", "fast_transport", "ssl_context"]

FAST_EXTRA = "fast"


def _require(module: str, distribution: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ConfigurationError(
            f"The fast async transport needs the optional package {distribution!r}: "
            f"install the {FAST_EXTRA!r} extra (pip install 'agentplug[{FAST_EXTRA}]')"
        ) from None


# ---------------------------------------------------------------------------------------------
# Sync: h11 speaks HTTP/1.1, sockets carry it

_MAX_HEAD = 64 * 1024  # h11's limit on an incomplete event (a response head, a chunk-size line)
_RECV = 64 * 1024
_SEND_TOGETHER = 64 * 1024  # bodies up to this size go out in the same send as the head
_END = h11.EndOfMessage()  # h11 events are immutable: one will do for every request


class _Connection:
    """One open socket, its h11 state machine, and its current socket timeout."""

    __slots__ = ("h11", "idle_since", "key", "sock", "timeout")

    def __init__(self, sock: socket.socket, key: tuple[str, str, int]) -> None:
        self.sock = sock
        self.key = key
        self.h11 = h11.Connection(our_role=h11.CLIENT, max_incomplete_event_size=_MAX_HEAD)
        self.timeout: float | None = sock.gettimeout()
        self.idle_since = 0.0

    def set_timeout(self, timeout: float | None) -> None:
        if timeout != self.timeout:
            self.sock.settimeout(timeout)
            self.timeout = timeout

    def next_event(self) -> h11.Event | type[h11.NEED_DATA] | type[h11.PAUSED]:
        """The next event from the server, reading from the socket while h11 needs more bytes."""
        event = self.h11.next_event()
        while event is h11.NEED_DATA:
            self.h11.receive_data(self.sock.recv(_RECV))  # b"": the server closed its end
            event = self.h11.next_event()
        return event

    def reusable(self) -> bool:
        """Whether the exchange is over on both sides, with nothing left over, and may be followed by another."""
        return self.h11.our_state is h11.DONE and self.h11.their_state is h11.DONE and not self.h11.trailing_data[0]

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()

    def is_dropped(self) -> bool:
        """Whether an idle connection was closed (or sent something unasked) since its last use."""
        if isinstance(self.sock, ssl.SSLSocket) and self.sock.pending():
            return True
        try:
            if hasattr(select, "poll"):
                poller = select.poll()
                poller.register(self.sock, select.POLLIN)
                return bool(poller.poll(0))
            return bool(select.select([self.sock], [], [], 0)[0])
        except (OSError, ValueError):
            return True


def _read_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    if isinstance(exc, h11.RemoteProtocolError):
        return httpx.RemoteProtocolError(str(exc), request=request)
    if isinstance(exc, TimeoutError):  # socket.timeout
        return httpx.ReadTimeout(str(exc) or "timed out", request=request)
    return httpx.ReadError(str(exc) or type(exc).__name__, request=request)


class _Body(httpx.SyncByteStream):
    """The rest of a response body, read from its connection; the connection goes back to the pool at the end."""

    def __init__(
        self, transport: SocketTransport, connection: _Connection, request: httpx.Request, received: list[bytes]
    ) -> None:
        self._transport = transport
        self._connection: _Connection | None = connection
        self._request = request
        self._received = received  # the part of the body read with the head

    def __iter__(self) -> Iterator[bytes]:
        connection = self._connection
        if connection is None:
            raise httpx.StreamClosed()
        if self._received:
            yield b"".join(self._received)
            self._received = []
        try:
            while isinstance(event := connection.next_event(), h11.Data):
                yield bytes(event.data)
        except (OSError, h11.RemoteProtocolError) as exc:
            self.close()
            raise _read_error(exc, self._request) from exc
        self.close()  # at h11.EndOfMessage: back to the pool when h11 says the connection can go on

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._transport._release(connection)


class SocketTransport(httpx.BaseTransport):
    """An `httpx.BaseTransport` speaking HTTP/1.1 (h11) over standard-library sockets, with a connection pool.

    Args:
        verify, cert: TLS settings, as for httpx (see `ssl_context`).
        limits: as for httpx: `max_connections` open at once (a request waits for a free one up to
            the pool timeout, then raises `httpx.PoolTimeout`), `max_keepalive_connections` idle ones
            kept, each for at most `keepalive_expiry` seconds.

    Timeouts come from each request (the client's or the call's `httpx.Timeout`): connect (TCP and
    TLS), write (sending the request), read (each wait for response bytes) and pool. Response
    bodies are streamed; a body read to its end puts the connection back in the pool, closing an
    unread one closes the connection. HTTP/1.1 only, no proxy (`fast_transport` falls back to
    httpx's transport when one is configured).
    """

    def __init__(
        self,
        *,
        verify: VerifyTypes = True,
        cert: CertTypes = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> None:
        self._verify = verify
        self._cert = cert
        self._ssl_context: ssl.SSLContext | None = None  # built on the first https request
        self._max_connections = limits.max_connections
        self._max_idle = limits.max_keepalive_connections
        self._keepalive_expiry = limits.keepalive_expiry
        self._lock = threading.Condition()
        self._idle: dict[tuple[str, str, int], list[_Connection]] = {}
        self._idle_count = 0
        self._open = 0  # idle + in use
        self._closed = False

    # -- the pool

    def _take_idle(self, key: tuple[str, str, int], now: float) -> _Connection | None:
        # Called with the lock held. Dropped and expired connections found on the way are closed.
        idle = self._idle.get(key)
        while idle:
            connection = idle.pop()
            self._idle_count -= 1
            expired = self._keepalive_expiry is not None and now - connection.idle_since > self._keepalive_expiry
            if not expired and not connection.is_dropped():
                return connection
            connection.close()
            self._open -= 1
        return None

    def _evict_one(self) -> bool:
        # Called with the lock held: closes the oldest idle connection (of any origin) to make room.
        oldest: _Connection | None = None
        for idle in self._idle.values():
            if idle and (oldest is None or idle[0].idle_since < oldest.idle_since):
                oldest = idle[0]
        if oldest is None:
            return False
        self._idle[oldest.key].remove(oldest)
        self._idle_count -= 1
        self._open -= 1
        oldest.close()
        return True

    def _acquire(self, key: tuple[str, str, int], request: httpx.Request, timeouts: dict[str, Any]) -> _Connection:
        pool_timeout = timeouts.get("pool")
        deadline = None if pool_timeout is None else time.monotonic() + pool_timeout
        with self._lock:
            while True:
                if self._closed:
                    raise httpx.ConnectError("The transport is closed", request=request)
                connection = self._take_idle(key, time.monotonic())
                if connection is not None:
                    return connection
                if self._max_connections is None or self._open < self._max_connections or self._evict_one():
                    self._open += 1
                    break
                wait = None if deadline is None else deadline - time.monotonic()
                if wait is not None and wait <= 0:
                    raise httpx.PoolTimeout("Timed out waiting for a free connection", request=request)
                self._lock.wait(wait)
        try:
            return self._connect(key, request, timeouts)
        except BaseException:
            with self._lock:
                self._open -= 1
                self._lock.notify()
            raise

    def _release(self, connection: _Connection) -> None:
        # After a complete exchange (both sides h11.DONE) the connection starts its next cycle in
        # the pool; otherwise (an unread body, a failure, "Connection: close"...) it is closed.
        with self._lock:
            if connection.reusable() and not self._closed and self._max_idle != 0:
                connection.h11.start_next_cycle()
                if self._max_idle is not None and self._idle_count >= self._max_idle:
                    self._evict_one()
                connection.idle_since = time.monotonic()
                self._idle.setdefault(connection.key, []).append(connection)
                self._idle_count += 1
            else:
                connection.close()
                self._open -= 1
            self._lock.notify()

    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            with self._lock:
                if self._ssl_context is None:
                    self._ssl_context = ssl_context(self._verify, self._cert)
        return self._ssl_context

    def _connect(self, key: tuple[str, str, int], request: httpx.Request, timeouts: dict[str, Any]) -> _Connection:
        scheme, host, port = key
        timeout = timeouts.get("connect")
        try:
            sock = socket.create_connection((host, port), timeout=timeout)
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
        except OSError as exc:  # refused, unreachable, name resolution...
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                server_hostname = request.extensions.get("sni_hostname") or host
                sock = self._context().wrap_socket(sock, server_hostname=server_hostname)
        except TimeoutError as exc:
            sock.close()
            raise httpx.ConnectTimeout(str(exc) or "timed out", request=request) from exc
        except (OSError, ValueError) as exc:  # TLS failures (ssl.SSLError is an OSError)
            sock.close()
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        return _Connection(sock, key)

    # -- one exchange

    def _send(self, connection: _Connection, event: h11.Request, request: httpx.Request) -> None:
        conn, sock = connection.h11, connection.sock
        head = conn.send(event)
        stream = request.stream
        if isinstance(stream, httpx.ByteStream):  # also "no body"
            body = request.content
            if len(body) <= _SEND_TOGETHER:
                if body:
                    head += conn.send(h11.Data(data=body))
                sock.sendall(head + conn.send(_END))
                return
        sock.sendall(head)
        for chunk in stream:  # type: ignore[union-attr]  # a SyncByteStream on a sync client
            if chunk:
                sock.sendall(conn.send(h11.Data(data=chunk)))
        sock.sendall(conn.send(_END))  # h11 checks the length sent against Content-Length

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"Unsupported URL scheme {scheme!r}", request=request)
        if not url.host:
            raise httpx.UnsupportedProtocol("The URL has no host", request=request)
        try:  # h11 refuses what would smuggle another header or request (a CR or LF in a header...)
            event = h11.Request(method=request.method, target=url.raw_path, headers=request.headers.raw)
        except h11.LocalProtocolError as exc:
            raise httpx.LocalProtocolError(str(exc), request=request) from exc
        timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        key = (scheme, url.host, url.port or (443 if scheme == "https" else 80))
        connection = self._acquire(key, request, timeouts)
        try:
            write_error: OSError | None = None
            connection.set_timeout(timeouts.get("write"))
            try:
                self._send(connection, event, request)
            except h11.LocalProtocolError as exc:
                raise httpx.LocalProtocolError(str(exc), request=request) from exc
            except TimeoutError as exc:
                raise httpx.WriteTimeout(str(exc) or "timed out", request=request) from exc
            except OSError as exc:  # the server may have answered (and closed) before reading it all
                write_error = exc
            connection.set_timeout(timeouts.get("read"))
            try:
                # h11's buffer is empty between exchanges (see `_Connection.reusable`): read before asking it.
                connection.h11.receive_data(connection.sock.recv(_RECV))
                head = connection.next_event()
                while isinstance(head, h11.InformationalResponse) and head.status_code != 101:
                    head = connection.next_event()  # 100 Continue, 103 Early Hints...: skipped
                # The body bytes that came with the head (often all of it: then the connection is free now).
                received: list[bytes] = []
                body = connection.h11.next_event()
                while isinstance(body, h11.Data):
                    received.append(body.data)
                    body = connection.h11.next_event()
            except (OSError, h11.RemoteProtocolError) as exc:
                if write_error is not None:
                    raise httpx.WriteError(str(write_error) or type(write_error).__name__, request=request) from exc
                raise _read_error(exc, request) from exc
            if not isinstance(head, (h11.Response, h11.InformationalResponse)):  # cannot happen: h11 raises
                raise httpx.RemoteProtocolError(f"Expected a response, got {head!r}", request=request)
        except BaseException:
            self._release(connection)
            raise
        stream: httpx.SyncByteStream
        if body is h11.NEED_DATA:
            stream = _Body(self, connection, request, received)
        else:  # h11.EndOfMessage (or PAUSED after a 101 Switching Protocols: the connection is closed)
            self._release(connection)
            stream = httpx.ByteStream(b"".join(received))
        return httpx.Response(
            status_code=head.status_code,
            headers=head.headers.raw_items(),
            stream=stream,
            extensions={"http_version": b"HTTP/" + head.http_version, "reason_phrase": head.reason},
        )

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for idle in self._idle.values():
                for connection in idle:
                    connection.close()
                    self._open -= 1
            self._idle.clear()
            self._idle_count = 0
            self._lock.notify_all()


# ---------------------------------------------------------------------------------------------
# aiohttp (async), through httpx-aiohttp


def _aiohttp_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError | None:
    """The httpx exception for an aiohttp failure, or None for another kind.

    httpx-aiohttp's own table maps every `ClientConnectionError` (a dropped connection too) to
    `ConnectTimeout` and lets other aiohttp errors through; this one follows httpx's meanings.
    """
    import asyncio

    import aiohttp

    message = str(exc) or type(exc).__name__
    if isinstance(exc, (aiohttp.ClientProxyConnectionError, aiohttp.ClientHttpProxyError)):
        return httpx.ProxyError(message, request=request)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, (aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, (aiohttp.ClientConnectorError, aiohttp.ClientSSLError, aiohttp.ServerFingerprintMismatch)):
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, (aiohttp.InvalidURL, aiohttp.NonHttpUrlClientError)):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(exc, aiohttp.ClientOSError):
        return httpx.ReadError(message, request=request)
    if isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError, aiohttp.ClientResponseError)):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectionError):
        return httpx.ReadError(message, request=request)
    if isinstance(exc, aiohttp.ClientError):
        return httpx.TransportError(message, request=request)
    return None


def _remapped(exc: Exception, request: httpx.Request) -> BaseException | None:
    # httpx-aiohttp raises `mapped(str(exc)) from exc`: look at what it started from.
    origin = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ is not None else exc
    return _aiohttp_error(origin, request)


class _AiohttpStream(httpx.AsyncByteStream):
    """httpx-aiohttp's response stream, its failures remapped."""

    __slots__ = ("_request", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except Exception as exc:
            mapped = _remapped(exc, self._request)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        except Exception as exc:
            mapped = _remapped(exc, self._request)
            if mapped is None:
                raise
            raise mapped from exc


class _AiohttpTransport(httpx.AsyncBaseTransport):
    """`httpx_aiohttp.AiohttpTransport` with httpx's exception meanings and no aiohttp cookie jar."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self.inner.handle_async_request(request)
        except Exception as exc:
            mapped = _remapped(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AiohttpStream(response.stream, request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _aiohttp_transport(
    verify: VerifyTypes, cert: CertTypes, proxy: str | httpx.URL | None, limits: httpx.Limits
) -> Any:
    httpx_aiohttp = _require("httpx_aiohttp", "httpx-aiohttp")
    import aiohttp  # a dependency of httpx-aiohttp

    context = ssl_context(verify, cert)

    def session() -> aiohttp.ClientSession:  # built on first use, inside the running loop
        connector = aiohttp.TCPConnector(
            ssl=context,
            limit=limits.max_connections or 0,  # 0: no limit
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry if limits.keepalive_expiry is not None else 15.0,
        )
        return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar(), trust_env=False)

    inner = httpx_aiohttp.AiohttpTransport(
        limits=limits, proxy=httpx.Proxy(proxy) if proxy is not None else None, client=session
    )
    return _AiohttpTransport(inner)


# ---------------------------------------------------------------------------------------------


@overload
def fast_transport(
    *,
    sync: Literal[True],
    verify: VerifyTypes = ...,
    cert: CertTypes = ...,
    proxy: str | httpx.URL | None = ...,
    limits: httpx.Limits = ...,
) -> httpx.BaseTransport: ...


@overload
def fast_transport(
    *,
    sync: Literal[False],
    verify: VerifyTypes = ...,
    cert: CertTypes = ...,
    proxy: str | httpx.URL | None = ...,
    limits: httpx.Limits = ...,
) -> httpx.AsyncBaseTransport: ...


def fast_transport(
    *,
    sync: bool,
    verify: VerifyTypes = True,
    cert: CertTypes = None,
    proxy: str | httpx.URL | None = None,
    limits: httpx.Limits = DEFAULT_LIMITS,
) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
    """A faster transport for `HTTPSettings(transport=...)`: `SocketTransport` when `sync`, else aiohttp.

    The arguments mean what the `HTTPSettings` fields of the same names mean; pass them here (a
    client given a transport does not apply its settings' TLS, proxy or limits to it). With a
    `proxy`, a sync client gets httpx's own transport (`SocketTransport` connects directly only).

    Raises:
        ConfigurationError: `sync=False` and the optional packages (the `fast` extra) are missing.
    """
    if sync:
        if proxy is not None:
            return httpx.HTTPTransport(verify=ssl_context(verify, cert), proxy=proxy, limits=limits)
        return SocketTransport(verify=verify, cert=cert, limits=limits)
    transport: httpx.AsyncBaseTransport = _aiohttp_transport(verify, cert, proxy, limits)
    return transport
