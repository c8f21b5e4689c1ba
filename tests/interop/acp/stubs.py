"""A tiny ACP look-alike that misbehaves on purpose, to show how a client copes.

Each fault lives under its own prefix, so a client pointed at ``<base>/<fault>`` meets it on
the ordinary ACP paths:

- ``/multiline``: ``POST /runs/stream`` sends one event whose JSON ``data`` spans two ``data:``
  lines (legal SSE: the lines join with a newline).
- ``/flaky``: the first two requests of each method and path answer 503, later ones succeed
  (``GET /runs/{id}``, ``POST /runs/wait``); ``counts`` records every request.
- ``/slow``: ``POST /runs/stream`` sends an event every 0.2 s for 3 s, then a final one.
- ``/cut``: ``POST /runs/stream`` sends one event, then ends inside a multi-byte UTF-8
  character (a comment line cut short).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

from agentplug.sandbox._server import BackgroundServer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route

RUN_ID = "9b7e3c41-2a5d-4f8e-b1c6-0d2e4f6a8b10"
AGENT_ID = "5a3b0c2e-7d41-4f6a-9e8b-1c2d3e4f5a6b"
SLOW_EVENTS = 15
SLOW_INTERVAL = 0.2


def run_body(status: str = "success") -> dict[str, Any]:
    return {
        "run_id": RUN_ID,
        "agent_id": AGENT_ID,
        "created_at": "2026-01-02T03:04:05+00:00",
        "updated_at": "2026-01-02T03:04:06+00:00",
        "status": status,
        "creation": {"agent_id": AGENT_ID},
    }


def values_event(step: int, status: str = "pending") -> dict[str, Any]:
    return {"type": "values", "run_id": RUN_ID, "status": status, "values": {"step": step}}


def sse(event_id: int, payload: dict[str, Any]) -> bytes:
    return f"id: {event_id}\nevent: agent_event\ndata: {json.dumps(payload)}\n\n".encode()


def multiline_body() -> bytes:
    """One event whose data is the JSON document split after its first member."""
    data = json.dumps(values_event(1))
    head, tail = data.split(", ", 1)
    return f"id: 1\nevent: agent_event\ndata: {head},\ndata: {tail}\n\n".encode()


class StubServer:
    """The running stub: its base URL and the request counts of the flaky routes."""

    def __init__(self, base_url: str, counts: Counter[str]) -> None:
        self.base_url = base_url
        self.counts = counts

    def url(self, fault: str) -> str:
        return f"{self.base_url}/{fault}"


def _app(counts: Counter[str]) -> Starlette:
    sse_headers = {"content-type": "text/event-stream"}

    async def multiline(request: Request) -> Response:
        return Response(multiline_body(), headers=sse_headers)

    def _flaky(request: Request) -> Response | None:
        key = f"{request.method} {request.url.path}"
        counts[key] += 1
        if counts[key] <= 2:
            return JSONResponse({"detail": "Service Unavailable"}, status_code=503)
        return None

    async def flaky_get(request: Request) -> Response:
        return _flaky(request) or JSONResponse(run_body())

    async def flaky_wait(request: Request) -> Response:
        answer = {"run": run_body(), "output": {"type": "result", "values": {"done": True}}}
        return _flaky(request) or JSONResponse(answer)

    async def slow(request: Request) -> Response:
        async def body() -> AsyncIterator[bytes]:
            for step in range(1, SLOW_EVENTS + 1):
                yield sse(step, values_event(step))
                await asyncio.sleep(SLOW_INTERVAL)
            yield sse(SLOW_EVENTS + 1, values_event(SLOW_EVENTS + 1, "success"))

        return StreamingResponse(body(), headers=sse_headers)

    async def cut(request: Request) -> Response:
        async def body() -> AsyncIterator[bytes]:
            yield sse(1, values_event(1, "success"))
            yield ": caf\xc3".encode("latin-1")  # the first byte of "é" (C3 A9), then the end

        return StreamingResponse(body(), headers=sse_headers)

    return Starlette(
        routes=[
            Mount("/multiline", routes=[Route("/runs/stream", multiline, methods=["POST"])]),
            Mount(
                "/flaky",
                routes=[
                    Route("/runs/wait", flaky_wait, methods=["POST"]),
                    Route("/runs/{run_id}", flaky_get, methods=["GET"]),
                ],
            ),
            Mount("/slow", routes=[Route("/runs/stream", slow, methods=["POST"])]),
            Mount("/cut", routes=[Route("/runs/stream", cut, methods=["POST"])]),
        ]
    )


@contextlib.contextmanager
def serve_stubs() -> Iterator[StubServer]:
    counts: Counter[str] = Counter()
    with BackgroundServer(_app(counts)).running() as base_url:
        yield StubServer(base_url, counts)
