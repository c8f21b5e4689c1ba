"""A hostile HTTP/1.1 server on loopback: what it does is chosen by the first path segment.

Clients are pointed at `http://127.0.0.1:<port>/<case>`, so every request a platform client makes
(whatever its own path) lands on the behaviour of `<case>`:

    ok           200 {"status": "healthy", ...}: a valid answer for the health/ping calls
    bomb         200 JSON, gzip: a few KiB on the wire, 32 MiB once decoded
    errbomb      500, the same bomb as its body
    blackhole    reads the request, never answers (the connection stays open)
    drip         200 with Content-Length 4096, one byte every 0.2 s
    redirect     302 to the `sink` case of a second listener (another origin: another port)
    sink         401 {"detail": ...}; records the headers it received
    echo         400 whose body quotes every request header (as some servers do)
    desync       answers, then sends a second, unrequested response on the same connection (each
                 answer a valid health, ping and ACP agent, its marker in `status` and `agent_id`)
    desynclate   the same, but the unrequested response is sent only once the caller has read the
                 first (`first_read` set) and sits in the caller's socket (`smuggled` set)
    sseflood     200 text/event-stream, gzip: 64 MiB of blank lines
"""

from __future__ import annotations

import fcntl
import gzip
import json
import socket
import socketserver
import struct
import termios
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

BOMB = gzip.compress(b" " * (32 << 20), compresslevel=9)
FLOOD = gzip.compress(b"\n" * (64 << 20), compresslevel=9)
HEALTHY = {"status": "healthy", "version": "1", "details": {"ok": True}, "ok": True}
AGENT_METADATA = {"description": "chaos", "ref": {"name": "chaos", "version": "1.0.0"}}


def _head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _json(status: str, body: object, **extra: str) -> bytes:
    data = json.dumps(body).encode()
    return _head(status, {"Content-Type": "application/json", "Content-Length": str(len(data)), **extra}) + data


def desync_answer(marker: str) -> dict[str, object]:
    """A body every platform's probe reads as a success, `marker` where each probe reports it."""
    return {**HEALTHY, "status": marker, "agent_id": marker, "metadata": AGENT_METADATA}


SMUGGLED = _json("200 OK", desync_answer("SMUGGLED"))


@dataclass
class Hostile:
    """The two listeners' addresses and what the sink saw."""

    url: str = ""
    sink_url: str = ""
    sink_headers: list[dict[str, str]] = field(default_factory=list)
    first_read: threading.Event = field(default_factory=threading.Event)
    smuggled: threading.Event = field(default_factory=threading.Event)

    def base(self, case: str) -> str:
        return f"{self.url}/{case}"


def _until_received(sock: socket.socket) -> None:
    """Until the peer acknowledged every byte sent (they are in its socket, readable), or 10 s."""
    deadline = time.monotonic() + 10
    while struct.unpack("i", fcntl.ioctl(sock, termios.TIOCOUTQ, b"\0\0\0\0"))[0] and time.monotonic() < deadline:
        time.sleep(0.001)  # the kernel offers no event for "acknowledged"


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def _read_request(self, buffer: bytearray) -> tuple[str, dict[str, str]] | None:
        sock = self.request
        while b"\r\n\r\n" not in buffer:
            data = sock.recv(65536)
            if not data:
                return None
            buffer += data
        head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        while len(rest) < length:
            data = sock.recv(65536)
            if not data:
                return None
            rest += data
        buffer[:] = rest[length:]
        return lines[0].split(" ")[1], headers

    def handle(self) -> None:
        sock: socket.socket = self.request
        buffer = bytearray()
        served = 0
        try:
            while (request := self._read_request(buffer)) is not None:
                path, headers = request
                case = path.lstrip("/").split("/")[0].split("?")[0]
                if not self._answer(sock, case, headers, served):
                    return
                served += 1
        except OSError:
            return

    def _answer(self, sock: socket.socket, case: str, headers: dict[str, str], served: int) -> bool:
        hostile: Hostile = self.server.hostile
        if case == "ok":
            sock.sendall(_json("200 OK", HEALTHY))
        elif case in ("bomb", "errbomb"):
            status = "200 OK" if case == "bomb" else "500 Internal Server Error"
            extra = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
            sock.sendall(_head(status, {**extra, "Content-Length": str(len(BOMB))}) + BOMB)
        elif case == "sseflood":
            extra = {"Content-Type": "text/event-stream", "Content-Encoding": "gzip"}
            sock.sendall(_head("200 OK", {**extra, "Content-Length": str(len(FLOOD))}) + FLOOD)
        elif case == "blackhole":
            while sock.recv(65536):  # until the client gives up and closes
                pass
            return False
        elif case == "drip":
            sock.sendall(_head("200 OK", {"Content-Type": "application/json", "Content-Length": "4096"}))
            for _ in range(4096):
                sock.sendall(b" ")
                time.sleep(0.2)  # the hostile behaviour itself: a byte just often enough to beat read timeouts
            return False
        elif case == "redirect":
            sock.sendall(_head("302 Found", {"Location": f"{hostile.sink_url}/sink/next", "Content-Length": "0"}))
        elif case == "sink":
            hostile.sink_headers.append(dict(headers))
            sock.sendall(_json("401 Unauthorized", {"detail": "who are you?"}))
        elif case == "echo":
            body = {"detail": f"rejected request with headers {json.dumps(headers)}", "headers": headers}
            sock.sendall(_json("400 Bad Request", body))
        elif case == "desync":
            if served == 0:
                sock.sendall(_json("200 OK", desync_answer("healthy")) + SMUGGLED)
            else:
                sock.sendall(_json("200 OK", desync_answer("second")))
        elif case == "desynclate":
            if served == 0:
                sock.sendall(_json("200 OK", desync_answer("healthy")))
                hostile.first_read.wait(10)
                sock.sendall(SMUGGLED)
                _until_received(sock)
                hostile.smuggled.set()
            else:
                sock.sendall(_json("200 OK", desync_answer("second")))
        else:
            sock.sendall(_json("404 Not Found", {"detail": f"no case {case!r}"}))
        return True


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    hostile: Hostile

    def handle_error(self, request: object, client_address: object) -> None:  # clients hang up on purpose
        pass


@contextmanager
def serve() -> Iterator[Hostile]:
    hostile = Hostile()
    servers = [_Server(("127.0.0.1", 0), _Handler), _Server(("127.0.0.1", 0), _Handler)]
    for server in servers:
        server.hostile = hostile
        threading.Thread(target=server.serve_forever, daemon=True).start()
    hostile.url = f"http://127.0.0.1:{servers[0].server_address[1]}"
    hostile.sink_url = f"http://127.0.0.1:{servers[1].server_address[1]}"
    try:
        yield hostile
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
