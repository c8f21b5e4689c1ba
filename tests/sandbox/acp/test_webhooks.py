"""Webhooks: the run is POSTed on each status change; failures do not break the run."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from .conftest import chat, run_body
from .spec import AcpCaller, Spec


class _Receiver(HTTPServer):
    received: list[dict[str, Any]]


class _Handler(BaseHTTPRequestHandler):
    server: _Receiver

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        self.server.received.append(json.loads(self.rfile.read(length)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    server = _Receiver(("127.0.0.1", 0), _Handler)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _wait_for(receiver: _Receiver, count: int) -> list[dict[str, Any]]:
    import time

    deadline = time.monotonic() + 5
    while len(receiver.received) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return receiver.received


def test_webhook_gets_every_status(api: AcpCaller, spec: Spec, receiver: _Receiver) -> None:
    url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    run = api.call("create_stateless_run", json={**run_body("w", interrupt_count=1), "webhook": url})
    api.call("wait_for_stateless_run_output", path={"run_id": run["run_id"]})
    api.call("resume_stateless_run", path={"run_id": run["run_id"]}, json=chat("ok"))
    api.call("wait_for_stateless_run_output", path={"run_id": run["run_id"]})
    received = _wait_for(receiver, 4)
    assert [r["status"] for r in received] == ["pending", "interrupted", "pending", "success"]
    for body in received:
        spec.validate_schema("RunStateless", body)


def test_thread_run_webhook(api: AcpCaller, spec: Spec, receiver: _Receiver) -> None:
    url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    tid = api.call("create_thread", json={})["thread_id"]
    api.call("create_and_wait_for_thread_run_output", path={"thread_id": tid}, json={**run_body(), "webhook": url})
    received = _wait_for(receiver, 2)
    assert [r["status"] for r in received] == ["pending", "success"]
    spec.validate_schema("RunStateful", received[-1])


def test_unreachable_and_remote_webhooks_are_harmless(api: AcpCaller) -> None:
    for url in ("http://127.0.0.1:9/hook", "http://remote.invalid/hook"):
        answer = api.call("create_and_wait_for_stateless_run_output", json={**run_body(), "webhook": url})
        assert answer["run"]["status"] == "success"
