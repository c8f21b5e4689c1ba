"""The fast transports against real loopback servers (pytest-httpx2 cannot stand in for a socket).

A scripted server thread reads each request (head, then its body by Content-Length or chunked) and
answers with the bytes a test gives, so framing corner cases are sent exactly as written. Every
test taking the `transport` or `make_transport` fixture runs twice: against `SocketTransport`, and
against `AsyncSocketTransport` driven from a background event loop (`AsyncDriven`), so both shells
of the one HTTP/1.1 codec are held to the same behaviour.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import socket
import ssl
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx2
import pytest
import trustme
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._asyncio_transport import AsyncSocketTransport
from agentplug._core._config import ClientConfig
from agentplug._core._errors import build_model, parse_json
from agentplug._core._fast_transports import FAST_EXTRA, fast_transport
from agentplug._core._http import HTTPSettings
from agentplug._core._pool import PoolLedger
from agentplug._core._retry import RetryPolicy
from agentplug._core._socket_transport import SocketTransport
from agentplug._core._sync._http import HTTP
from agentplug.errors import APIConnectionError, APITimeoutError, ConfigurationError, NotFoundError
from agentplug_acp_client.models import RunStateless

RUN_ID = "5b3c1e0a-8f43-4a8e-9d2b-2f7d1c6e4a10"
AGENT_ID = "91b76349-cba0-4e3c-8252-e94fff20de4f"
RUN = (
    b'{"run_id": "%s", "agent_id": "%s", "created_at": "2026-11-23T13:04:40+00:00", '
    b'"updated_at": "2026-11-23T13:04:41+00:00", "status": "success", "creation": {}}'
) % (RUN_ID.encode(), AGENT_ID.encode())
CLOSE = object()  # an answer that closes the connection without a word
TIMEOUT = httpx2.Timeout(5.0)


def ok(body: bytes = b"{}", *extra: str, status: str = "200 OK") -> bytes:
    head = [f"HTTP/1.1 {status}", "Content-Type: application/json", f"Content-Length: {len(body)}", *extra]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


@dataclass
class Received:
    head: bytes
    body: bytes

    @property
    def lines(self) -> list[bytes]:
        return self.head.split(b"\r\n")


Answer = bytes | object | Callable[[socket.socket, Received], bool]


@dataclass
class ScriptedServer:
    """Answers requests in order from `answers`; records what it received and each connection."""

    answers: list[Answer]
    tls: ssl.SSLContext | None = None  # serve HTTPS with this server context
    received: list[Received] = field(default_factory=list)
    connections: int = 0
    closed_by_client: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.threads: list[threading.Thread] = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> None:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self.threads.append(thread)

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self.lock:
                self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self.threads.append(thread)

    def _read(self, conn: socket.socket, buffer: bytearray, size: int) -> bytes:
        while len(buffer) < size:
            data = conn.recv(65536)
            if not data:
                raise EOFError
            buffer += data
        out = bytes(buffer[:size])
        del buffer[:size]
        return out

    def _line(self, conn: socket.socket, buffer: bytearray) -> bytes:
        while b"\r\n" not in buffer:
            data = conn.recv(65536)
            if not data:
                raise EOFError
            buffer += data
        end = buffer.index(b"\r\n")
        line = bytes(buffer[:end])
        del buffer[: end + 2]
        return line

    def _serve(self, conn: socket.socket) -> None:
        if self.tls is not None:
            conn.settimeout(5.0)
            try:
                conn = self.tls.wrap_socket(conn, server_side=True)
            except OSError:  # the client refused our certificate
                conn.close()
                return
        conn.settimeout(0.1)
        buffer = bytearray()
        with conn:
            while not self.stop.is_set():
                try:
                    while b"\r\n\r\n" not in buffer:
                        data = conn.recv(65536)
                        if not data:
                            with self.lock:
                                self.closed_by_client += 1
                            return
                        buffer += data
                    end = buffer.index(b"\r\n\r\n")
                    head = bytes(buffer[:end])
                    del buffer[: end + 4]
                    lowered = head.lower()
                    body = b""
                    if b"transfer-encoding: chunked" in lowered:
                        while size := int(self._line(conn, buffer).split(b";")[0], 16):
                            body += self._read(conn, buffer, size)
                            self._read(conn, buffer, 2)
                        self._line(conn, buffer)
                    else:
                        for line in lowered.split(b"\r\n"):
                            if line.startswith(b"content-length:"):
                                body = self._read(conn, buffer, int(line.split(b":")[1]))
                except TimeoutError:
                    continue
                except (EOFError, OSError):
                    return
                request = Received(head, body)
                with self.lock:
                    self.received.append(request)
                    answer = self.answers.pop(0) if self.answers else ok()
                if answer is CLOSE:
                    return
                if callable(answer):
                    if not answer(conn, request):
                        return
                    continue
                assert isinstance(answer, bytes)
                conn.sendall(answer)

    def close(self) -> None:
        self.stop.set()
        self.listener.close()
        for thread in self.threads:
            thread.join(timeout=2.0)


@pytest.fixture
def serve() -> Iterator[Callable[..., ScriptedServer]]:
    servers: list[ScriptedServer] = []

    def start(*answers: Answer, tls: ssl.SSLContext | None = None) -> ScriptedServer:
        server = ScriptedServer(list(answers), tls=tls)
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


T = TypeVar("T")


class _SyncRequestBody(httpx2.AsyncByteStream):
    """A sync client's streamed request body, for the async transport."""

    def __init__(self, stream: httpx2.SyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._stream:
            yield chunk


class _DrivenBody(httpx2.SyncByteStream):
    """An async response body, read from a sync test through the driver's event loop."""

    def __init__(self, driver: AsyncDriven, stream: httpx2.AsyncByteStream) -> None:
        self._driver = driver
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        chunks = self._stream.__aiter__()
        while True:
            try:
                yield self._driver.run(chunks.__anext__())
            except StopAsyncIteration:
                return

    def close(self) -> None:
        self._driver.run(self._stream.aclose())


class AsyncDriven(httpx2.BaseTransport):
    """`AsyncSocketTransport` behind a sync interface: its coroutines run on an event loop thread."""

    def __init__(self, **kwargs: Any) -> None:
        self.inner = AsyncSocketTransport(**kwargs)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()

    @property
    def _pool(self) -> PoolLedger[Any]:
        return self.inner._pool

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=30)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if not isinstance(request.stream, httpx2.ByteStream):
            request.stream = _SyncRequestBody(request.stream)  # type: ignore[arg-type]
        response = self.run(self.inner.handle_async_request(request))
        assert isinstance(response.stream, httpx2.AsyncByteStream)
        return httpx2.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_DrivenBody(self, response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        if self._loop.is_running():
            self.run(self.inner.aclose())
            self.run(asyncio.sleep(0.01))  # the closed connections' transports finish closing
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
            self._loop.close()


Transport = SocketTransport | AsyncDriven
TRANSPORTS = {"sync": SocketTransport, "async": AsyncDriven}


@pytest.fixture(params=sorted(TRANSPORTS))
def make_transport(request: pytest.FixtureRequest) -> Iterator[Callable[..., Transport]]:
    made: list[Transport] = []

    def make(**kwargs: Any) -> Transport:
        made.append(TRANSPORTS[request.param](**kwargs))
        return made[-1]

    yield make
    for transport in made:
        transport.close()


@pytest.fixture
def transport(make_transport: Callable[..., Transport]) -> Transport:
    return make_transport()


def pool(transport: Transport) -> PoolLedger[Any]:
    return transport._pool


def client(transport: httpx2.BaseTransport, server: ScriptedServer, **kwargs: object) -> httpx2.Client:
    return httpx2.Client(transport=transport, base_url=server.url, timeout=TIMEOUT, **kwargs)  # type: ignore[arg-type]


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def in_pieces(*pieces: bytes, keep_open: bool = True) -> Callable[[socket.socket, Received], bool]:
    """An answer sent in separate writes, a pause between them: the client reads it in several recvs."""

    def answer(conn: socket.socket, _: Received) -> bool:
        for piece in pieces:
            conn.sendall(piece)
            threading.Event().wait(0.02)
        return keep_open

    return answer


# ---------------------------------------------------------------------------------------------
# Requests and responses


def test_get_json_and_keep_alive(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok(RUN), ok(b'{"n": 2}'))
    with client(transport, server) as http:
        assert http.get("/runs/1?x=1").json()["run_id"] == RUN_ID
        response = http.get("/second")
        assert response.json() == {"n": 2}
        assert response.http_version == "HTTP/1.1"
        assert response.reason_phrase == "OK"
    assert server.connections == 1
    assert server.received[0].lines[0] == b"GET /runs/1?x=1 HTTP/1.1"
    assert f"Host: 127.0.0.1:{server.port}".encode() in server.received[0].lines


def test_post_bytes_body(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok(b'{"created": true}', status="201 Created"))
    with client(transport, server) as http:
        response = http.post("/runs", json={"agent_id": AGENT_ID})
    assert response.status_code == 201
    assert server.received[0].body == b'{"agent_id":"' + AGENT_ID.encode() + b'"}'
    assert b"Content-Length: %d" % len(server.received[0].body) in server.received[0].lines


def test_post_large_bytes_body(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    payload = bytes(range(256)) * 1024  # 256 KiB: sent after the head, not with it
    server = serve(ok())
    with client(transport, server) as http:
        http.post("/upload", content=payload)
    assert server.received[0].body == payload


def test_post_streamed_body_is_chunked(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok())

    def parts() -> Iterator[bytes]:
        yield b"first,"
        yield b""
        yield b"second"

    with client(transport, server) as http:
        http.post("/upload", content=parts())
    assert server.received[0].body == b"first,second"
    assert b"Transfer-Encoding: chunked" in server.received[0].lines


def test_streamed_body_with_content_length(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok())
    with client(transport, server) as http:
        http.post("/upload", content=iter([b"abc", b"def"]), headers={"Content-Length": "6"})
    assert server.received[0].body == b"abcdef"


def test_streamed_body_shorter_than_declared(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok())
    with client(transport, server) as http, pytest.raises(httpx2.LocalProtocolError):
        http.post("/upload", content=iter([b"abc"]), headers={"Content-Length": "6"})


def test_repeated_headers_both_ways(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok(b"{}", "Set-Cookie: a=1", "Set-Cookie: b=2", "X-Multi: one", "X-Multi: two"))
    with client(transport, server) as http:
        response = http.get("/", headers=[("X-Tag", "red"), ("X-Tag", "blue")])
    assert response.headers.get_list("set-cookie") == ["a=1", "b=2"]
    assert response.headers.get_list("x-multi") == ["one", "two"]
    assert [line for line in server.received[0].lines if line.startswith(b"X-Tag")] == [b"X-Tag: red", b"X-Tag: blue"]


@pytest.mark.parametrize("status", ["404 Not Found", "500 Internal Server Error", "429 Too Many Requests"])
def test_error_statuses_are_responses(serve: Callable[..., ScriptedServer], transport: Transport, status: str) -> None:
    server = serve(ok(b'{"detail": "no"}', status=status))
    with client(transport, server) as http:
        response = http.get("/x")
    assert response.status_code == int(status[:3])
    assert response.json() == {"detail": "no"}


def test_bodiless_responses(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(
        b"HTTP/1.1 204 No Content\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n",  # HEAD: the length describes a GET
        b"HTTP/1.1 304 Not Modified\r\nContent-Length: 50\r\n\r\n",
        ok(b"[1]"),
    )
    with client(transport, server) as http:
        assert http.delete("/a").content == b""
        assert http.head("/b").content == b""
        assert http.get("/c").status_code == 304
        assert http.get("/d").json() == [1]
    assert server.connections == 1


def test_informational_responses_are_skipped(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + ok(b"[2]"))
    with client(transport, server) as http:
        response = http.post("/x", content=b"data")
    assert response.status_code == 200
    assert response.json() == [2]


def test_chunked_response_with_extensions_and_trailers(
    serve: Callable[..., ScriptedServer], transport: Transport
) -> None:
    body = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5;ext=1\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: t\r\n\r\n"
    )
    server = serve(body, ok(b"[3]"))
    with client(transport, server) as http:
        assert http.get("/a").text == "hello world"
        assert http.get("/b").json() == [3]
    assert server.connections == 1  # the connection went back to the pool after the last chunk


def test_close_delimited_response(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    def until_close(conn: socket.socket, _: Received) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of ")
        conn.sendall(b"this")
        return False

    server = serve(until_close, ok(b"[4]"))
    with client(transport, server) as http:
        assert http.get("/a").text == "all of this"
        assert http.get("/b").json() == [4]
    assert server.connections == 2


def test_keep_alive_reuse_across_framings(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(
        in_pieces(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab", b"cd\r\n", b"2\r\nef\r\n0\r\n\r\n"),
        in_pieces(b"HTTP/1.1 200 OK\r\nContent-", b"Length: 6\r\n\r\nabc", b"def"),
        b"HTTP/1.1 204 No Content\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n",  # HEAD
        ok(b"[11]"),
    )
    with client(transport, server) as http:
        assert http.get("/chunked").content == b"abcdef"
        assert http.get("/length").content == b"abcdef"
        assert http.delete("/gone").status_code == 204
        assert http.head("/head").headers["content-length"] == "1000"
        assert len(pool(transport).idle[("http", "127.0.0.1", server.port)]) == 1  # kept for the next exchange
        assert http.get("/last").json() == [11]
    assert server.connections == 1
    assert [r.lines[0].split()[1] for r in server.received] == [b"/chunked", b"/length", b"/gone", b"/head", b"/last"]


@pytest.mark.parametrize(
    ("head", "partial_body"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", b"x" * 70000),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", b"10\r\n0123456789"),
    ],
)
def test_server_closing_mid_body(
    serve: Callable[..., ScriptedServer], transport: Transport, head: bytes, partial_body: bytes
) -> None:
    server = serve(in_pieces(head, partial_body, keep_open=False))
    with client(transport, server) as http, http.stream("GET", "/") as response:
        assert response.status_code == 200
        with pytest.raises(httpx2.RemoteProtocolError, match="peer closed connection"):
            response.read()
    assert pool(transport).open == 0


def test_switching_protocols_ends_the_connection(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n", ok())
    with client(transport, server) as http:
        response = http.get("/", headers={"Upgrade": "x", "Connection": "Upgrade"})
        assert response.status_code == 101
        assert pool(transport).open == 0  # no upgrade support: the connection is closed
        http.get("/next")
    assert server.connections == 2


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\nContent-Length: 2\n\nok",  # bare LF line ends
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Folded: one\r\n two\r\n\r\nok",  # obsolete line folding
    ],
)
def test_lenient_framing_is_refused(serve: Callable[..., ScriptedServer], transport: Transport, answer: bytes) -> None:
    # llhttp's strict mode: what proxies may read differently is refused rather than guessed at.
    server = serve(answer)
    with client(transport, server) as http, pytest.raises(httpx2.RemoteProtocolError):
        http.get("/")
    assert pool(transport).open == 0


def test_http_10_response_closes(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok", ok())
    with client(transport, server) as http:
        response = http.get("/")
        assert response.http_version == "HTTP/1.0"
        http.get("/again")
    assert server.connections == 2


def test_gzip_is_decoded_by_httpx(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok(gzip.compress(RUN), "Content-Encoding: gzip"))
    with client(transport, server) as http:
        assert http.get("/").json()["run_id"] == RUN_ID


def test_streamed_large_body(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    payload = b"x" * (3 * 1024 * 1024)

    def big(conn: socket.socket, _: Received) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(payload))
        for start in range(0, len(payload), 256 * 1024):
            conn.sendall(payload[start : start + 256 * 1024])
        return True

    server = serve(big, ok(b"[5]"))
    with client(transport, server) as http:
        with http.stream("GET", "/big") as response:
            chunks = list(response.iter_raw())
        assert len(chunks) > 1
        assert b"".join(chunks) == payload
        assert http.get("/after").json() == [5]
    assert server.connections == 1


# ---------------------------------------------------------------------------------------------
# Connection handling


def test_closed_unread_response_releases_and_closes(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    def big(conn: socket.socket, _: Received) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n" + b"x" * 1000)
        return True

    server = serve(big, ok(b"[6]"))
    with client(transport, server) as http:
        with http.stream("GET", "/big"):
            assert pool(transport).open == 1
        assert pool(transport).open == 0  # closed unread: the connection is closed, its slot free
        assert http.get("/next").json() == [6]
        assert pool(transport).open == 1
        assert pool(transport).idle_count == 1  # read to the end: kept for reuse
    assert server.connections == 2


def test_connection_closed_by_server_while_idle_is_replaced(
    serve: Callable[..., ScriptedServer], transport: Transport
) -> None:
    def then_close(conn: socket.socket, _: Received) -> bool:
        conn.sendall(ok(b"[7]"))
        return False  # the server drops the kept-alive connection right after answering

    server = serve(then_close, ok(b"[8]"))
    with client(transport, server) as http:
        assert http.get("/a").json() == [7]
        threading.Event().wait(0.2)  # the server thread closes its end meanwhile
        assert http.get("/b").json() == [8]
    assert server.connections == 2


def test_bytes_after_the_body_make_the_connection_unusable(
    serve: Callable[..., ScriptedServer], transport: Transport
) -> None:
    server = serve(ok(b"[9]") + b"garbage", ok(b"[10]"))
    with client(transport, server) as http:
        assert http.get("/a").json() == [9]
        assert http.get("/b").json() == [10]
    assert server.connections == 2


def test_connection_close_requested_by_the_client(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok(), ok())
    with client(transport, server) as http:
        http.get("/a", headers={"Connection": "close"})
        http.get("/b")
    assert server.connections == 2


def test_keepalive_expiry(serve: Callable[..., ScriptedServer], make_transport: Callable[..., Transport]) -> None:
    server = serve(ok(), ok())
    transport = make_transport(limits=httpx2.Limits(keepalive_expiry=0.0))
    with client(transport, server) as http:
        http.get("/a")
        threading.Event().wait(0.01)
        http.get("/b")
    assert server.connections == 2


def test_pool_timeout(serve: Callable[..., ScriptedServer], make_transport: Callable[..., Transport]) -> None:
    def partial(conn: socket.socket, _: Received) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nxx")
        return True

    server = serve(partial)
    transport = make_transport(limits=httpx2.Limits(max_connections=1))
    with client(transport, server) as http:
        with http.stream("GET", "/held"), pytest.raises(httpx2.PoolTimeout):
            http.get("/waits", timeout=httpx2.Timeout(5.0, pool=0.1))
        assert pool(transport).open == 0


def test_a_full_pool_evicts_an_idle_connection_of_another_origin(
    serve: Callable[..., ScriptedServer], make_transport: Callable[..., Transport]
) -> None:
    first, second = serve(ok()), serve(ok())
    transport = make_transport(limits=httpx2.Limits(max_connections=1))
    with httpx2.Client(transport=transport, timeout=TIMEOUT) as http:
        http.get(first.url)
        http.get(second.url)
        assert pool(transport).open == 1
        for _ in range(200):  # until the first server has seen its connection closed
            if first.closed_by_client:
                break
            threading.Event().wait(0.01)
    assert first.closed_by_client == 1


def test_closed_transport_refuses_requests(
    serve: Callable[..., ScriptedServer], make_transport: Callable[..., Transport]
) -> None:
    server = serve(ok())
    transport = make_transport()
    with client(transport, server) as http:
        http.get("/")
    assert pool(transport).open == 0  # closing the client closed the transport and its idle connection
    with pytest.raises(httpx2.ConnectError):
        if isinstance(transport, AsyncDriven):
            asyncio.run(transport.inner.handle_async_request(httpx2.Request("GET", server.url)))
        else:
            transport.handle_request(httpx2.Request("GET", server.url))


# ---------------------------------------------------------------------------------------------
# Failures


def test_read_timeout(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(lambda conn, request: threading.Event().wait(0.5))
    with client(transport, server) as http, pytest.raises(httpx2.ReadTimeout):
        http.get("/slow", timeout=httpx2.Timeout(5.0, read=0.1))
    assert pool(transport).open == 0


def test_read_timeout_in_the_body(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    def stalls(conn: socket.socket, _: Received) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        threading.Event().wait(0.5)
        return False

    server = serve(stalls)
    with client(transport, server) as http, pytest.raises(httpx2.ReadTimeout):
        http.get("/slow", timeout=httpx2.Timeout(5.0, read=0.1))
    assert pool(transport).open == 0


def test_connection_refused(transport: Transport) -> None:
    with httpx2.Client(transport=transport) as http, pytest.raises(httpx2.ConnectError):
        http.get(f"http://127.0.0.1:{unused_port()}/")
    assert pool(transport).open == 0


def test_tls_handshake_failure_is_a_connect_error(transport: Transport) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def plain_answer() -> None:  # answers the TLS ClientHello in plain text
        conn, _ = listener.accept()
        with conn:
            conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=plain_answer, daemon=True)
    thread.start()
    try:
        with httpx2.Client(transport=transport, timeout=TIMEOUT) as http, pytest.raises(httpx2.ConnectError):
            http.get(f"https://127.0.0.1:{port}/")
    finally:
        thread.join(timeout=5.0)
        listener.close()


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (CLOSE, httpx2.RemoteProtocolError),  # closed without a response
        (b"HTTP/1.1 200 OK\r\nContent-Len", httpx2.RemoteProtocolError),  # closed in the head
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", httpx2.RemoteProtocolError),  # short body
        (b"SPDY/3 200 OK\r\n\r\n", httpx2.RemoteProtocolError),  # malformed status lines
        (b"HTTP/1.1 2x0 OK\r\n\r\n", httpx2.RemoteProtocolError),
        (b"HTTP/1.1 200 OK\r\nBad Header\r\n\r\n", httpx2.RemoteProtocolError),
        (b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", httpx2.RemoteProtocolError),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc", httpx2.RemoteProtocolError),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", httpx2.RemoteProtocolError),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX", httpx2.RemoteProtocolError),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", httpx2.RemoteProtocolError),  # short chunk
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nabc", httpx2.RemoteProtocolError),  # only chunked
        (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n", httpx2.RemoteProtocolError),  # unasked
        (b"HTTP/1.1 200 OK\r\nX: " + b"a" * 70000, httpx2.RemoteProtocolError),  # head too large
    ],
)
def test_broken_responses(
    serve: Callable[..., ScriptedServer], transport: Transport, answer: bytes, error: type[Exception]
) -> None:
    def once(conn: socket.socket, _: Received) -> bool:
        if answer is not CLOSE:
            conn.sendall(answer)
        return False

    server = serve(once)
    with client(transport, server) as http, pytest.raises(error):
        http.get("/")
    assert pool(transport).open == 0


def test_header_injection_is_refused(serve: Callable[..., ScriptedServer], transport: Transport) -> None:
    server = serve(ok())
    with client(transport, server) as http, pytest.raises(httpx2.LocalProtocolError):
        http.get("/", headers={"X-Evil": "a\r\nInjected: yes"})
    assert server.received == []


def test_unsupported_scheme(transport: Transport) -> None:
    with pytest.raises(httpx2.UnsupportedProtocol):
        transport.handle_request(httpx2.Request("GET", "ftp://127.0.0.1/file"))


# ---------------------------------------------------------------------------------------------
# TLS


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(serve: Callable[..., ScriptedServer], authority: trustme.CA) -> Callable[..., ScriptedServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    return lambda *answers: serve(*answers, tls=context)


def test_https_verified_against_a_given_ca(
    tls_server: Callable[..., ScriptedServer],
    make_transport: Callable[..., Transport],
    authority: trustme.CA,
    tmp_path: Path,
) -> None:
    server = tls_server(ok(RUN), ok(b"[2]"))
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    transport = make_transport(verify=str(bundle))
    with client(transport, server) as http:
        assert http.get("/a").json()["run_id"] == RUN_ID
        assert http.get("/b").json() == [2]
    assert server.connections == 1


def test_https_refuses_an_unknown_ca(
    tls_server: Callable[..., ScriptedServer], make_transport: Callable[..., Transport]
) -> None:
    server = tls_server(ok())
    transport = make_transport()  # certifi's CAs: the test authority is not one of them
    with client(transport, server) as http, pytest.raises(httpx2.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        http.get("/")
    assert pool(transport).open == 0


@pytest.mark.anyio
async def test_https_through_httpx_default_transports_with_our_tls_context(
    tls_server: Callable[..., ScriptedServer], authority: trustme.CA, tmp_path: Path
) -> None:
    # httpcore2's handshakes: wrap_socket (sync) and wrap_bio (anyio) on the deferred-CA context.
    server = tls_server(ok(b"[1]"), ok(b"[2]"))
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    config = ClientConfig(api="acp", base_url=server.url, max_retries=0)
    sync_http = HTTP(config, settings=HTTPSettings(verify=str(bundle)))
    async_http = AsyncHTTP(config, settings=HTTPSettings(verify=str(bundle)))
    try:
        assert sync_http.send("GET", "/a").json() == [1]
        assert (await async_http.send("GET", "/b")).json() == [2]
    finally:
        sync_http.close()
        await async_http.aclose()


# ---------------------------------------------------------------------------------------------
# Through agentplug


def test_typed_get_through_syncHTTP(serve: Callable[..., ScriptedServer]) -> None:
    server = serve(ok(RUN), ok(b'{"detail": "Run not found"}', status="404 Not Found"))
    settings = HTTPSettings(transport=fast_transport(sync=True))
    http = HTTP(ClientConfig(api="acp", base_url=server.url, max_retries=0), settings=settings)
    try:
        response = http.send("GET", f"/runs/{RUN_ID}")
        run = build_model(RunStateless.from_dict, parse_json(response, platform="acp"), response=response)
        assert str(run.run_id) == RUN_ID
        with pytest.raises(NotFoundError, match="Run not found"):
            http.send("GET", "/runs/missing")
    finally:
        http.close()


def test_retries_a_dropped_connection_through_syncHTTP(
    serve: Callable[..., ScriptedServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, attempt, rng=None: 0.0)
    server = serve(CLOSE, ok(RUN))
    settings = HTTPSettings(transport=fast_transport(sync=True))
    http = HTTP(ClientConfig(api="acp", base_url=server.url, max_retries=1), settings=settings)
    try:
        assert http.send("GET", "/runs/x").json()["run_id"] == RUN_ID
    finally:
        http.close()
    assert server.connections == 2


def test_timeout_and_refusal_become_agentplug_errors(serve: Callable[..., ScriptedServer]) -> None:
    server = serve(lambda conn, request: threading.Event().wait(0.5))
    config = ClientConfig(api="acp", base_url=server.url, max_retries=0, timeout=0.1)
    http = HTTP(config, settings=HTTPSettings(transport=fast_transport(sync=True)))
    try:
        with pytest.raises(APITimeoutError):
            http.send("GET", "/slow")
    finally:
        http.close()
    config = ClientConfig(api="acp", base_url=f"http://127.0.0.1:{unused_port()}", max_retries=0)
    http = HTTP(config, settings=HTTPSettings(transport=fast_transport(sync=True)))
    try:
        with pytest.raises(APIConnectionError):
            http.send("GET", "/")
    finally:
        http.close()


def test_sync_with_a_proxy_uses_httpx_transport() -> None:
    transport = fast_transport(sync=True, proxy="http://127.0.0.1:9")
    try:
        assert isinstance(transport, httpx2.HTTPTransport)
    finally:
        transport.close()


# ---------------------------------------------------------------------------------------------
# The async transport, natively


@pytest.mark.anyio
async def test_async_typed_get_and_errors(serve: Callable[..., ScriptedServer]) -> None:
    server = serve(ok(RUN), ok(b'{"detail": "Run not found"}', status="404 Not Found"))
    settings = HTTPSettings(transport=fast_transport(sync=False))
    http = AsyncHTTP(ClientConfig(api="acp", base_url=server.url, max_retries=0), settings=settings)
    try:
        response = await http.send("GET", f"/runs/{RUN_ID}")
        run = build_model(RunStateless.from_dict, parse_json(response, platform="acp"), response=response)
        assert str(run.run_id) == RUN_ID
        with pytest.raises(NotFoundError, match="Run not found"):
            await http.send("GET", "/runs/missing")
    finally:
        await http.aclose()
    assert server.connections == 1


@pytest.mark.anyio
async def test_async_streamed_upload_and_download(serve: Callable[..., ScriptedServer]) -> None:
    payload = bytes(range(256)) * 8192  # 2 MiB each way: flow control on both sides

    def echo_size(conn: socket.socket, request: Received) -> bool:
        body = b"%d" % len(request.body) + payload
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        return True

    async def parts() -> AsyncIterator[bytes]:
        for start in range(0, len(payload), 65536):
            yield payload[start : start + 65536]

    server = serve(echo_size)
    async with (
        httpx2.AsyncClient(transport=fast_transport(sync=False), timeout=TIMEOUT) as http,
        http.stream("POST", server.url, content=parts()) as response,
    ):
        received = b"".join([chunk async for chunk in response.aiter_raw()])
    assert received == b"%d" % len(payload) + payload
    assert server.received[0].body == payload


@pytest.mark.anyio
async def test_async_cancellation_closes_the_connection(serve: Callable[..., ScriptedServer]) -> None:
    server = serve(lambda conn, request: threading.Event().wait(0.5), ok(b"[1]"))
    transport = AsyncSocketTransport()
    async with httpx2.AsyncClient(transport=transport, base_url=server.url, timeout=TIMEOUT) as http:
        task = asyncio.ensure_future(http.get("/slow"))
        await asyncio.sleep(0.1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert transport._pool.open == 0  # no half-read connection goes back to the pool
        assert (await http.get("/next")).json() == [1]
    assert server.connections == 2


@pytest.mark.anyio
async def test_async_pool_waiter_gets_the_released_connection(serve: Callable[..., ScriptedServer]) -> None:
    server = serve(in_pieces(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", b"ok"), ok(b"[2]"))
    transport = AsyncSocketTransport(limits=httpx2.Limits(max_connections=1))
    async with httpx2.AsyncClient(transport=transport, base_url=server.url, timeout=TIMEOUT) as http:
        first, second = await asyncio.gather(http.get("/a"), http.get("/b"))
    assert (first.text, second.json()) == ("ok", [2])
    assert server.connections == 1


# The first loop's connection can only be dropped once that loop is closed: its socket is closed by
# the garbage collector, with the ResourceWarning asyncio gives for any transport left open.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_async_connections_do_not_cross_event_loops(serve: Callable[..., ScriptedServer]) -> None:
    server = serve(ok(b"[1]"), ok(b"[2]"))
    transport = AsyncSocketTransport()

    async def get() -> Any:
        response = await transport.handle_async_request(httpx2.Request("GET", server.url))
        await response.aread()
        return response.json()

    assert asyncio.run(get()) == [1]
    assert asyncio.run(get()) == [2]  # the first loop's idle connection is replaced, not reused
    asyncio.run(transport.aclose())
    assert server.connections == 2
    gc.collect()  # here, where the warning filter above applies


def test_async_transport_refuses_other_event_loops_clearly() -> None:
    # Stepped by hand, as trio would: no asyncio loop is running.
    coroutine = AsyncSocketTransport().handle_async_request(httpx2.Request("GET", "http://127.0.0.1:9/"))
    with pytest.raises(ConfigurationError, match="asyncio only"):
        coroutine.send(None)


def test_async_with_a_proxy_uses_httpx_transport() -> None:
    assert isinstance(fast_transport(sync=False, proxy="http://127.0.0.1:9"), httpx2.AsyncHTTPTransport)


@pytest.mark.parametrize("sync", [True, False])
def test_missing_optional_package_names_the_extra(monkeypatch: pytest.MonkeyPatch, sync: bool) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "httptools" else real(name, *a))
    with pytest.raises(ConfigurationError, match=rf"agentplug\[{FAST_EXTRA}\]"):
        fast_transport(sync=sync)  # type: ignore[call-overload]


def test_public_module_exposes_the_transports() -> None:
    import agentplug.transports as transports

    assert transports.SocketTransport is SocketTransport
    assert transports.AsyncSocketTransport is AsyncSocketTransport
    assert transports.fast_transport is fast_transport
    with pytest.raises(AttributeError):
        transports.Missing  # noqa: B018
