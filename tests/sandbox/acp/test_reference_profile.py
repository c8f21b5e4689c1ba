"""The reference profile beyond the recorded exchanges: a failing stream, several interrupts,
threads created by a run, and independence from the generated client."""

from __future__ import annotations

import ast
import json
import re
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx2
import pytest
from agentplug.sandbox import acp

from .conftest import chat, run_body
from .spec import parse_sse

SANDBOX = Path(acp.__file__).parent


@pytest.fixture(scope="module")
def http() -> Iterator[httpx2.Client]:
    settings = acp.SandboxSettings(wait_timeout=3.0, keepalive_interval=0.2)
    with acp.serve(settings=settings) as url, httpx2.Client(base_url=url, timeout=15.0) as client:
        yield client


def test_a_failing_run_streams_its_error_thrice_then_keep_alives(http: httpx2.Client) -> None:
    response = http.post("/runs/stream", json=run_body("x", raise_error="kaput"))
    assert response.status_code == 200 and response.headers["content-type"] == "text/event-stream; charset=utf-8"
    events = [json.loads(event["data"]) for event in parse_sse(response.text)]
    errors = [event for event in events if event["type"] == "error"]
    assert [(e["errcode"], e["status"], e["description"]) for e in errors] == [(0, "error", "kaput")] * 3
    # Then bare ':' keep-alives, with no line end, until the sandbox's stream limit ends it.
    tail = response.content[response.content.rindex(b"\n\n") + 2 :]
    assert tail and set(tail) == {ord(":")}
    answer = http.get(f"/runs/{errors[0]['run_id']}/wait").json()
    assert answer["output"]["errcode"] == 1 and answer["run"]["status"] == "error"


def test_each_resume_replaces_the_conversation(http: httpx2.Client) -> None:
    answer = http.post("/runs/wait", json=run_body("start", interrupt_count=2)).json()
    run_id = answer["run"]["run_id"]
    assert answer["output"]["interrupt"]["echo_interrupt"]["messages"] == [
        {"type": "human", "content": "start"},
        {"type": "assistant", "content": "start"},
    ]
    for text in ("one", "two"):
        resumed = http.post(f"/runs/{run_id}", json=chat(text))
        assert resumed.status_code == 200 and resumed.json()["status"] == "pending"
        answer = http.get(f"/runs/{run_id}/wait").json()
    assert answer["output"] == {
        "type": "result",
        "values": {"messages": [{"type": "human", "content": "two"}, {"type": "assistant", "content": "two"}]},
    }
    again = http.post(f"/runs/{run_id}", json=chat("three"))
    assert again.status_code == 400 and again.json() == {"detail": "Run is not in interrupted state"}


def test_a_run_can_create_its_thread_which_keeps_the_agent_state(http: httpx2.Client) -> None:
    thread_id = str(uuid.uuid4())
    body = {**run_body("hi", to_upper=True), "if_not_exists": "create"}
    answer = http.post(f"/threads/{thread_id}/runs/wait", json=body).json()
    assert answer["run"]["thread_id"] == thread_id and answer["run"]["creation"]["if_not_exists"] == "create"
    thread = http.get(f"/threads/{thread_id}").json()
    assert datetime.fromisoformat(thread["updated_at"]).tzinfo is None and thread["messages"] is None
    assert thread["values"] == {
        "messages": [{"type": "human", "content": "hi"}, {"type": "assistant", "content": "HI"}],
        "to_upper": True,
        "to_lower": False,
        "sleep_secs": 0,
        "interrupt_left": 0,
    }
    history = http.get(f"/threads/{thread_id}/history").json()
    assert [state["metadata"]["step"] for state in history] == [2, 1, 0, -1]
    assert all(state["messages"] is None for state in history)


def test_a_background_run_shows_its_configurable_before_it_starts(http: httpx2.Client) -> None:
    run = http.post("/runs", json=run_body("later", sleep_secs=0.1)).json()
    assert run["status"] == "pending" and run["creation"]["config"]["configurable"] == {"sleep_secs": 0.1}
    done = http.get(f"/runs/{run['run_id']}/wait").json()["run"]
    assert done["creation"]["config"]["configurable"] == {"sleep_secs": 0.1, "thread_id": run["thread_id"]}


def test_the_sandbox_never_uses_the_generated_client() -> None:
    """Its answers are its own reading of the protocol, never the client's models."""
    for path in SANDBOX.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not [name for name in names if re.match(r"agentplug_\w+_client|agentplug\.acp\b", name)], path
