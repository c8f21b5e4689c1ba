"""`SocketTransport`: an `httpx2.BaseTransport` speaking HTTP/1.1 over standard-library sockets.

A thin shell: HTTP/1.1 itself is `_h1` (llhttp), the pool's bookkeeping `_pool`, the httpx2 glue
`_exchange`; this module owns the sockets, TLS, timeouts and the pool's lock.
"""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator

import httpx2

from ._connection import DEFAULT_LIMITS, CertTypes, VerifyTypes, ssl_context
from ._exchange import Prepared, claim, connect_error, read_error, response
from ._h1 import LocalProtocolError, ProtocolError, ResponseReader
from ._pool import Origin, PoolLedger

__all__ = ["SocketTransport"]

_RECV = 64 * 1024
_SEND_TOGETHER = 64 * 1024  # bodies up to this size go out in the same send as the head


class _Connection:
    """One open socket and its current timeout."""

    __slots__ = ("idle_since", "key", "sock", "timeout")

    def __init__(self, sock: socket.socket, key: Origin) -> None:
        self.sock = sock
        self.key = key
        self.timeout: float | None = sock.gettimeout()
        self.idle_since = 0.0

    def set_timeout(self, timeout: float | None) -> None:
        if timeout != self.timeout:
            self.sock.settimeout(timeout)
            self.timeout = timeout

    def receive(self, reader: ResponseReader) -> None:
        """Read once from the socket into `reader` (its end of file too)."""
        data = self.sock.recv(_RECV)
        if data:
            reader.feed(data)
        else:
            reader.eof()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()

    def is_dropped(self) -> bool:
        if isinstance(self.sock, ssl.SSLSocket) and self.sock.pending():
            return True
        try:
            if hasattr(select, "poll"):
                poller = select.poll()
                poller.register(self.sock, select.POLLIN)
                return bool(poller.poll(0))  # readable while idle: closed, or bytes nobody asked for
            return bool(select.select([self.sock], [], [], 0)[0])
        except (OSError, ValueError):
            return True


class _Body(httpx2.SyncByteStream):
    """The rest of a response body, read from its connection; the connection goes back to the pool at the end."""

    def __init__(
        self, transport: SocketTransport, connection: _Connection, prepared: Prepared, request: httpx2.Request
    ):
        self._transport = transport
        self._connection: _Connection | None = connection
        self._prepared = prepared
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        connection = self._connection
        if connection is None:
            raise httpx2.StreamClosed()
        reader = self._prepared.reader
        try:
            while True:
                if chunk := reader.take_body():
                    yield chunk
                elif reader.complete:
                    break
                else:
                    connection.receive(reader)
        except (OSError, ProtocolError) as exc:
            self.close()
            raise read_error(exc, self._request) from exc
        self.close()

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._transport._release(connection, self._prepared.reusable)


class SocketTransport(httpx2.BaseTransport):
    """An `httpx2.BaseTransport` speaking HTTP/1.1 over standard-library sockets, with a connection pool.

    Args:
        verify: certificate verification, as for httpx2 (see `ssl_context`).
        cert: a client certificate, as for httpx2.
        limits: as for httpx2: `max_connections` open at once (a request waits for a free one up to
            the pool timeout, then raises `httpx2.PoolTimeout`), `max_keepalive_connections` idle ones
            kept, each for at most `keepalive_expiry` seconds.

    Timeouts come from each request (the client's or the call's `httpx2.Timeout`): connect (TCP and
    TLS), write (sending the request), read (each wait for response bytes) and pool. Response
    bodies are streamed; a body read to its end puts the connection back in the pool, closing an
    unread one closes the connection. HTTP/1.1 only, no proxy (`fast_transport` falls back to
    httpx2's transport when one is configured). Safe to share between threads.
    """

    def __init__(self, *, verify: VerifyTypes = True, cert: CertTypes = None, limits: httpx2.Limits = DEFAULT_LIMITS):
        self._ssl_context = ssl_context(verify, cert)  # verifying contexts load their CAs at the first handshake
        self._lock = threading.Condition()
        self._pool: PoolLedger[_Connection] = PoolLedger(limits)

    # -- the pool

    def _acquire(self, prepared: Prepared, request: httpx2.Request) -> _Connection:
        pool_timeout = prepared.timeouts.get("pool")
        deadline = None if pool_timeout is None else time.monotonic() + pool_timeout
        with self._lock:
            while (claimed := claim(self._pool, prepared, request)) is False:
                wait = None if deadline is None else deadline - time.monotonic()
                if wait is not None and wait <= 0:
                    raise httpx2.PoolTimeout("Timed out waiting for a free connection", request=request)
                self._lock.wait(wait)
        if claimed is not True:
            return claimed
        try:
            return self._connect(prepared, request)
        except BaseException:
            with self._lock:
                self._pool.unreserve()
                self._lock.notify()
            raise

    def _release(self, connection: _Connection, reusable: bool) -> None:
        with self._lock:
            self._pool.release(connection, reusable=reusable, now=time.monotonic())
            self._lock.notify()

    def _connect(self, prepared: Prepared, request: httpx2.Request) -> _Connection:
        scheme, host, port = prepared.key
        try:
            sock = socket.create_connection((host, port), timeout=prepared.timeouts.get("connect"))
        except OSError as exc:  # refused, unreachable, name resolution, timeout
            raise connect_error(exc, request) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                server_hostname = request.extensions.get("sni_hostname") or host
                sock = self._ssl_context.wrap_socket(sock, server_hostname=server_hostname)
        except (OSError, ValueError) as exc:  # TLS failures (ssl.SSLError is an OSError)
            sock.close()
            raise connect_error(exc, request) from exc
        return _Connection(sock, prepared.key)

    # -- one exchange

    @staticmethod
    def _send(connection: _Connection, prepared: Prepared, request: httpx2.Request) -> None:
        sock, encoder = connection.sock, prepared.encoder
        stream = request.stream
        if isinstance(stream, httpx2.ByteStream):  # also "no body"
            body = request.content
            if len(body) <= _SEND_TOGETHER:
                sock.sendall(prepared.head + encoder.data(body) + encoder.end())
                return
        sock.sendall(prepared.head)
        for chunk in stream:  # type: ignore[union-attr]  # a SyncByteStream on a sync client
            if piece := encoder.data(chunk):
                sock.sendall(piece)
        if end := encoder.end():
            sock.sendall(end)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send `request` on a pooled connection and answer its response, the body streamed.

        Raises the httpx2 transport exceptions (`ConnectTimeout`, `ReadTimeout`, `PoolTimeout`,
        `ConnectError`, `RemoteProtocolError`, ...), which clients turn into agentplug errors.
        """
        prepared = Prepared(request)
        connection = self._acquire(prepared, request)
        reader = prepared.reader
        try:
            write_error: OSError | None = None
            connection.set_timeout(prepared.timeouts.get("write"))
            try:
                self._send(connection, prepared, request)
            except LocalProtocolError as exc:
                raise httpx2.LocalProtocolError(str(exc), request=request) from exc
            except TimeoutError as exc:
                raise httpx2.WriteTimeout(str(exc) or "timed out", request=request) from exc
            except OSError as exc:  # the server may have answered (and closed) before reading it all
                write_error = exc
            connection.set_timeout(prepared.timeouts.get("read"))
            try:
                while not reader.head_done:
                    connection.receive(reader)
            except (OSError, ProtocolError) as exc:
                if write_error is not None:
                    raise httpx2.WriteError(str(write_error) or type(write_error).__name__, request=request) from exc
                raise read_error(exc, request) from exc
        except BaseException:
            self._release(connection, False)
            raise
        stream: httpx2.SyncByteStream
        if reader.complete:  # often the whole body came with the head: the connection is free now
            self._release(connection, prepared.reusable)
            stream = httpx2.ByteStream(reader.take_body())
        else:
            stream = _Body(self, connection, prepared, request)
        return response(reader, stream)

    def close(self) -> None:
        """Close every idle connection and refuse new requests; connections in use close when released."""
        with self._lock:
            self._pool.close()
            self._lock.notify_all()
