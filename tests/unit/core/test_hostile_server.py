"""A misbehaving server on a real loopback socket: only agentplug.errors come out."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx2
import pytest
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._streaming import AsyncStream
from agentplug._core._config import ClientConfig
from agentplug._core._errors import build_model, parse_json
from agentplug._core._fast_transports import fast_transport
from agentplug._core._http import HTTPSettings
from agentplug._core._sse_decoder import ServerSentEvent
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._streaming import Stream
from agentplug.errors import (
    AgentplugError,
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    ResponseValidationError,
)
from agentplug_acp_client.models import RunStateless


def _respond(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str, **headers: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def _truncated(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    handler.wfile.write(b'{"run_id": "')
    handler.close_connection = True


def _reset(handler: BaseHTTPRequestHandler) -> None:
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    handler.close_connection = True


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(1.0)
    _respond(handler, 200, b"{}", "application/json")


def _event_stream(body: bytes, *, cut: bool = False) -> Callable[[BaseHTTPRequestHandler], None]:
    def handle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Content-Length", str(len(body) + (100 if cut else 0)))
        handler.end_headers()
        handler.wfile.write(body)
        handler.close_connection = True

    return handle


ROUTES: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {
    "/ok": lambda h: _respond(h, 200, b'{"hello": "world"}', "application/json"),
    "/truncated": _truncated,
    "/html-500": lambda h: _respond(h, 500, b"<html><body>Bad gateway</body></html>", "text/html"),
    "/520": lambda h: _respond(h, 520, b"", "text/plain"),
    "/404-not-json": lambda h: _respond(h, 404, b"\xff\xfe not utf-8", "application/json"),
    "/invalid-json": lambda h: _respond(h, 200, b"{not json", "application/json"),
    "/wrong-content-type": lambda h: _respond(h, 200, b"hello", "text/plain"),
    "/wrong-shape": lambda h: _respond(h, 200, b'{"run_id": 5, "status": []}', "application/json"),
    "/array": lambda h: _respond(h, 200, b"[1, 2, 3]", "application/json"),
    "/deep": lambda h: _respond(h, 200, b"[" * 100_000 + b"]" * 100_000, "application/json"),
    "/bad-gzip": lambda h: _respond(h, 200, b"definitely not gzip", "application/json", Content_Encoding="gzip"),
    "/gzip-ok": lambda h: _respond(h, 200, gzip.compress(b'{"a": 1}'), "application/json", Content_Encoding="gzip"),
    "/reset": _reset,
    "/slow": _slow,
    "/sse-huge-line": _event_stream(b"data: " + b"x" * (2 << 20) + b"\n\n"),
    "/sse-bad-json": _event_stream(b'data: {"ok": 1}\n\ndata: {broken\n\n'),
    "/sse-cut": _event_stream(b'data: {"ok": 1}\n\ndata: {"ok"', cut=True),
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        route = ROUTES.get(self.path)
        if route is None:
            _respond(self, 404, b'{"detail": "no such route"}', "application/json")
        else:
            route(self)

    def log_message(self, format: str, *args: Any) -> None:  # keep the test output quiet
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:  # clients hang up on purpose
        pass


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _config(base_url: str) -> ClientConfig:
    # No retries: the point is what comes out, not how often it is tried.
    return ClientConfig(api="test", base_url=base_url, timeout=httpx2.Timeout(0.3, connect=1.0), max_retries=0)


@pytest.fixture(params=["httpx2", "fast"])
def transport(request: pytest.FixtureRequest) -> str:
    """Every test runs over httpx2's own transports and over agentplug's fast ones."""
    return str(request.param)


def _sync_http(base_url: str, transport: str) -> HTTP:
    inner = fast_transport(sync=True) if transport == "fast" else None
    return HTTP(_config(base_url), settings=HTTPSettings(transport=inner))


def _async_http(base_url: str, transport: str) -> AsyncHTTP:
    inner = fast_transport(sync=False) if transport == "fast" else None
    return AsyncHTTP(_config(base_url), settings=HTTPSettings(transport=inner))


def _fetch_run(http: HTTP, path: str) -> RunStateless:
    response = http.send("GET", path)
    return build_model(RunStateless.from_dict, parse_json(response, platform="test"), response=response)


EXPECTED: dict[str, type[AgentplugError]] = {
    "/truncated": APIConnectionError,
    "/html-500": InternalServerError,
    "/520": InternalServerError,
    "/404-not-json": NotFoundError,
    "/invalid-json": ResponseValidationError,
    "/wrong-content-type": ResponseValidationError,
    "/wrong-shape": ResponseValidationError,
    "/array": ResponseValidationError,
    "/deep": ResponseValidationError,
    "/bad-gzip": APIConnectionError,
    "/gzip-ok": ResponseValidationError,  # valid JSON, but not a run
    "/reset": APIConnectionError,
    "/slow": APITimeoutError,
}


@pytest.mark.parametrize(("path", "error"), sorted(EXPECTED.items()))
def test_sync_typed_calls_raise_only_agentplug_errors(
    base_url: str, transport: str, path: str, error: type[AgentplugError]
) -> None:
    http = _sync_http(base_url, transport)
    try:
        with pytest.raises(error):
            _fetch_run(http, path)
    finally:
        http.close()


@pytest.mark.anyio
@pytest.mark.parametrize(("path", "error"), sorted(EXPECTED.items()))
async def test_async_typed_calls_raise_only_agentplug_errors(
    base_url: str, transport: str, path: str, error: type[AgentplugError]
) -> None:
    http = _async_http(base_url, transport)
    try:
        with pytest.raises(error):
            response = await http.send("GET", path)
            build_model(RunStateless.from_dict, parse_json(response, platform="test"), response=response)
    finally:
        await http.aclose()


def test_error_statuses_keep_the_body_and_status(base_url: str, transport: str) -> None:
    http = _sync_http(base_url, transport)
    try:
        with pytest.raises(InternalServerError) as caught:
            http.send("GET", "/html-500")
        assert caught.value.status_code == 500
        assert "Bad gateway" in str(caught.value.body)
        with pytest.raises(InternalServerError) as caught_520:
            http.send("GET", "/520")
        assert caught_520.value.status_code == 520
    finally:
        http.close()


def _decode_json(event: ServerSentEvent) -> object:
    import json

    return json.loads(event.data)


SSE_EXPECTED: dict[str, type[AgentplugError]] = {
    "/sse-huge-line": ResponseValidationError,
    "/sse-bad-json": ResponseValidationError,
    "/sse-cut": APIConnectionError,
}


@pytest.mark.parametrize(("path", "error"), sorted(SSE_EXPECTED.items()))
def test_event_streams_raise_only_agentplug_errors(
    base_url: str, transport: str, path: str, error: type[AgentplugError]
) -> None:
    http = _sync_http(base_url, transport)
    from contextlib import contextmanager

    @contextmanager
    def open_response(headers: Any) -> Iterator[httpx2.Response]:
        response = http.open_stream("GET", path, headers=dict(headers))
        try:
            yield response
        finally:
            response.close()

    try:
        received: list[object] = []
        with pytest.raises(error), Stream(open_response, _decode_json) as stream:
            received.extend(stream)
        assert received in ([], [{"ok": 1}])  # events before the fault are delivered
    finally:
        http.close()


@pytest.mark.anyio
@pytest.mark.parametrize(("path", "error"), sorted(SSE_EXPECTED.items()))
async def test_async_event_streams_raise_only_agentplug_errors(
    base_url: str, transport: str, path: str, error: type[AgentplugError]
) -> None:
    http = _async_http(base_url, transport)
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def open_response(headers: Any) -> Any:
        response = await http.open_stream("GET", path, headers=dict(headers))
        try:
            yield response
        finally:
            await response.aclose()

    try:
        with pytest.raises(error):
            async with AsyncStream(open_response, _decode_json) as stream:
                async for _ in stream:
                    pass
    finally:
        await http.aclose()


def test_a_good_answer_still_parses(base_url: str, transport: str) -> None:
    http = _sync_http(base_url, transport)
    try:
        response = http.send("GET", "/ok")
        assert parse_json(response, platform="test") == {"hello": "world"}
        with pytest.raises(NotFoundError, match="no such route"):
            http.send("GET", "/missing")
    finally:
        http.close()
