"""A minimal asyncio HTTP/1.1 keep-alive server on 127.0.0.1 for the latency benchmark.

    python scripts/bench/_server.py [--port 0]

Prints the port it listens on (chosen by the OS unless --port is given) as the first line of
stdout, then answers GET requests with fixed JSON bodies until SIGTERM or SIGINT:

    GET /runs/<uuid>               an ACP RunStateless (specs/acp.yaml)
    GET /api/v1/agent/<id>         a Prefactor {"status": "success", "details": <Agent>}
    GET /api/v1/agents/<id>        the same (alias)
    GET /ping                      {"ok": true}

Anything else is a JSON 404 (unknown path) or 405 (not GET). Requests are parsed from a buffer, so
pipelined requests on one connection are answered in order; request bodies are skipped by their
Content-Length (a chunked request body is refused with 501 and the connection closed). Standard
library only: it runs under any Python 3.10+ without the project installed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import uuid

_MAX_HEAD = 64 * 1024  # request line + headers
_MAX_BODY = 16 * 1024 * 1024
_CACHE_LIMIT = 1024  # distinct paths whose bodies are kept

AGENT_ID = "91b76349-cba0-4e3c-8252-e94fff20de4f"


def run_stateless(run_id: str) -> dict[str, object]:
    """An ACP RunStateless: the run plus the request that created it."""
    return {
        "run_id": run_id,
        "agent_id": AGENT_ID,
        "created_at": "2026-11-23T13:04:40.803935+00:00",
        "updated_at": "2026-11-23T13:04:41.120551+00:00",
        "status": "success",
        "creation": {
            "agent_id": AGENT_ID,
            "input": {"question": "Where is order A-4201?", "locale": "en-GB"},
            "metadata": {"source": "bench", "attempt": 1},
            "config": {"tags": ["bench", "latency"], "recursion_limit": 10, "configurable": {"model": "small"}},
            "stream_mode": None,
            "on_disconnect": "cancel",
            "multitask_strategy": "reject",
            "after_seconds": 0,
            "on_completion": "delete",
        },
    }


def prefactor_agent(agent_id: str) -> dict[str, object]:
    """A Prefactor single-resource envelope holding an Agent (reference/prefactor/API.md 6.2)."""
    return {
        "status": "success",
        "details": {
            "type": "agent",
            "id": agent_id,
            "name": "Order assistant",
            "description": "Answers questions about orders.",
            "external_identifier": "order-assistant",
            "status": "active",
            "owner_person_id": None,
            "risk_profile_id": None,
            "team_id": "team_01",
            "instance_counts": {
                "total": 12,
                "pending": 0,
                "active": 1,
                "complete": 10,
                "failed": 1,
                "cancelled": 0,
                "terminated": 0,
                "finished": 11,
            },
            "available_actions": {"update": True, "retire": True, "reinstate": False, "delete": False},
            "inserted_at": "2026-11-23T13:04:40Z",
            "updated_at": "2026-11-23T13:04:41Z",
        },
    }


def _response(status: int, reason: str, body: bytes, *, close: bool = False) -> bytes:
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Connection: {'close' if close else 'keep-alive'}\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def _error(status: int, reason: str, *, close: bool = False) -> bytes:
    return _response(status, reason, json.dumps({"detail": reason}).encode(), close=close)


def _route(path: str) -> bytes | None:
    """The body for a GET of `path` (query ignored), or None for an unknown path."""
    path = path.split("?", 1)[0]
    parts = path.strip("/").split("/")
    if len(parts) == 2 and parts[0] == "runs":
        try:
            run_id = str(uuid.UUID(parts[1]))
        except ValueError:
            return None
        return json.dumps(run_stateless(run_id)).encode()
    if len(parts) == 4 and parts[:3] in (["api", "v1", "agent"], ["api", "v1", "agents"]) and parts[3]:
        return json.dumps(prefactor_agent(parts[3])).encode()
    if parts == ["ping"]:
        return b'{"ok": true}'
    return None


class _Connection(asyncio.Protocol):
    """One client connection: parses requests out of a buffer and answers each in order."""

    def __init__(self, cache: dict[str, bytes]) -> None:
        self._cache = cache
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._skip = 0  # request-body bytes still to discard

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        out: list[bytes] = []
        close = False
        while not close:
            if self._skip:
                dropped = min(self._skip, len(self._buffer))
                del self._buffer[:dropped]
                self._skip -= dropped
                if self._skip:
                    break
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buffer) > _MAX_HEAD:
                    out.append(_error(431, "Request Header Fields Too Large", close=True))
                    close = True
                break
            head = bytes(self._buffer[:end]).decode("latin-1")
            del self._buffer[: end + 4]
            answer, close = self._answer(head)
            out.append(answer)
        transport = self._transport
        if transport is None:
            return
        if out:
            transport.write(b"".join(out))
        if close:
            transport.close()

    def _answer(self, head: str) -> tuple[bytes, bool]:
        """The response to one request head, and whether to close the connection after it."""
        lines = head.split("\r\n")
        request_line = lines[0].split(" ")
        if len(request_line) != 3 or not request_line[2].startswith("HTTP/1."):
            return _error(400, "Bad Request", close=True), True
        method, target, version = request_line
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if not sep:
                return _error(400, "Bad Request", close=True), True
            headers[name.strip().lower()] = value.strip()
        connection = headers.get("connection", "").lower()
        close = connection == "close" or (version == "HTTP/1.0" and connection != "keep-alive")
        if "chunked" in headers.get("transfer-encoding", "").lower():
            return _error(501, "Not Implemented", close=True), True
        try:
            length = int(headers.get("content-length", "0"))
        except ValueError:
            return _error(400, "Bad Request", close=True), True
        if length < 0 or length > _MAX_BODY:
            return _error(413, "Content Too Large", close=True), True
        self._skip = length
        if method != "GET":
            return _error(405, "Method Not Allowed", close=close), close
        body = self._cache.get(target)
        if body is None:
            body = _route(target)
            if body is None:
                return _error(404, "Not Found", close=close), close
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[target] = body
        return _response(200, "OK", body, close=close), close

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    cache: dict[str, bytes] = {}
    server = await loop.create_server(lambda: _Connection(cache), "127.0.0.1", port, backlog=128)
    actual = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"{actual}\n")
    sys.stdout.flush()
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: chosen by the OS)")
    args = parser.parse_args()
    asyncio.run(serve(args.port))


if __name__ == "__main__":
    main()
