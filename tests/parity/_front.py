"""A loopback TCP front to a sandbox: optionally TLS (with a test CA's certificate), or a plain HTTP proxy.

It counts the connections it accepts, records the SNI names clients send and the bytes of their
requests, and (as a proxy) turns absolute-form request targets into origin-form ones before
forwarding, so the sandbox behind it answers as usual.
"""

from __future__ import annotations

import re
import select
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

_ABSOLUTE_TARGET = re.compile(rb"(?m)^([A-Z]+) https?://[^/\s]+(/)")


class Front:
    def __init__(self, upstream: str, tls: ssl.SSLContext | None = None) -> None:
        parts = urlsplit(upstream)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self.server_names: list[str | None] = []
        self.received = bytearray()
        self.endings: list[str] = []  # per finished connection: "closed" (FIN) or "reset" (RST)
        self._lock = threading.Lock()
        self._ended = threading.Condition(self._lock)
        self._stopped = threading.Event()
        if tls is not None:
            tls.sni_callback = self._record_sni
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _record_sni(self, _: ssl.SSLObject, name: str | None, __: ssl.SSLContext) -> None:
        with self._lock:
            self.server_names.append(name)

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        try:
            if self._tls is not None:
                connection = self._tls.wrap_socket(connection, server_side=True)
            upstream = socket.create_connection(self._upstream)
        except OSError:  # e.g. the client refused the certificate
            connection.close()
            return
        ending = "closed"
        try:
            with connection, upstream:
                ending = self._pump(connection, upstream)
        finally:
            with self._ended:
                self.endings.append(ending)
                self._ended.notify_all()

    def _pump(self, connection: socket.socket, upstream: socket.socket) -> str:
        while not self._stopped.is_set():
            pending = isinstance(connection, ssl.SSLSocket) and connection.pending() > 0
            readable = [connection] if pending else select.select([connection, upstream], [], [], 0.2)[0]
            for source in readable:
                try:
                    data = source.recv(65536)
                except ConnectionResetError:
                    return "reset" if source is connection else "closed"
                except OSError:
                    return "closed"
                if not data:
                    return "closed"
                if source is connection:
                    with self._lock:
                        self.received.extend(data)
                    upstream.sendall(_ABSOLUTE_TARGET.sub(rb"\1 \2", data))
                else:
                    connection.sendall(data)
        return "closed"

    def wait_for_endings(self, count: int, timeout: float = 30.0) -> list[str]:
        """How the first `count` connections ended, once they have."""
        with self._ended:
            self._ended.wait_for(lambda: len(self.endings) >= count, timeout)
            return list(self.endings)

    def url(self, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}"

    @contextmanager
    def running(self) -> Iterator[Front]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stopped.set()
            self._listener.close()
