"""Streaming routes, checked against specs/nat.yaml: inline prompts, output, error events, status upkeep."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from agentplug.sandbox import nat

from .spec import NatCaller, Spec, parse_sse


def stream_answering(
    http: httpx2.Client, path: str, body: dict[str, Any], answer: Callable[[dict[str, Any]], dict[str, Any]]
) -> str:
    """POST a stream; answer each prompt from another thread as it arrives; the whole body as text.

    The answering threads are joined before returning: the caller closes `http` next, and a post
    still reading its answer on a closed client fails (ReadError: Bad file descriptor).
    """
    chunks: list[str] = []
    helpers: list[threading.Thread] = []
    failures: list[BaseException] = []

    def post(event: dict[str, Any]) -> None:
        try:
            reply = http.post(event["response_url"], json={"response": answer(event["prompt"])})
            assert reply.is_success, reply.text
        except BaseException as exc:  # reported on the test's thread below
            failures.append(exc)

    with http.stream("POST", path, json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            chunks.append(line)
            if line.startswith("data: ") and '"event_type":"interaction_required"' in line:
                helper = threading.Thread(target=post, args=(json.loads(line[6:]),))
                helper.start()
                helpers.append(helper)
    for helper in helpers:
        helper.join(timeout=30)
        assert not helper.is_alive(), "an answer to a prompt never completed"
    if failures:
        raise failures[0]
    return "\n".join(chunks) + "\n"


def note_and_approval(prompt: dict[str, Any]) -> dict[str, Any]:
    if prompt["input_type"] == "text":
        return {"type": "text", "text": "streamed note"}
    return {"type": "binary_choice", "selected_option": prompt["options"][1]}


def check_events(spec: Spec, operation_id: str, text: str) -> list[dict[str, Any]]:
    response = httpx2.Response(200, headers={"content-type": "text/event-stream"}, text=text)
    checked: list[dict[str, Any]] = spec.check(operation_id, response)
    return checked


def test_a_stream_carries_prompts_then_the_output(http: httpx2.Client, api: NatCaller, spec: Spec) -> None:
    text = stream_answering(http, "/v1/workflow/stream", {"input_message": "s"}, note_and_approval)
    events = check_events(spec, "stream_workflow", text)
    assert [e["event"] for e in events] == ["interaction_required", "interaction_required", "message"]
    assert events[-1]["data"] == {"value": "input='s'; note='streamed note'; approved=False"}
    assert "intermediate_data: " in text  # the non-standard extra lines, dropped by SSE parsers
    # Unlike the real server, the sandbox keeps the status of a streamed execution right.
    status = api.call("get_execution", path={"execution_id": events[0]["data"]["execution_id"]})
    assert status["status"] == "completed" and status["result"] == events[-1]["data"]


def test_full_stream_without_steps(http: httpx2.Client, spec: Spec) -> None:
    text = stream_answering(http, "/v1/workflow/full?filter_steps=none", {"input_message": "f"}, note_and_approval)
    assert "intermediate_data" not in text
    events = check_events(spec, "stream_workflow_full", text)
    assert len(events) == 3


def test_an_error_event_ends_the_stream(http: httpx2.Client, spec: Spec) -> None:
    text = stream_answering(http, "/timed/stream", {"input_message": "t"}, lambda prompt: {"type": "text", "text": ""})
    events = check_events(spec, "stream_endpoint", text)
    assert events[-1]["event"] == "message"  # answered in time: the note was empty but present
    with http.stream("POST", "/timed/stream", json={"input_message": "never"}) as response:
        text = response.read().decode()
    events = check_events(spec, "stream_endpoint", text)
    assert [e["event"] for e in events] == ["interaction_required", "error"]
    assert events[-1]["data"] == {
        "code": "workflow_error",
        "message": "HITL prompt timed out after 1s waiting for human response",
        "details": "TimeoutError",
    }


def test_chat_streams_send_completion_chunks(http: httpx2.Client, spec: Spec) -> None:
    chat = {"messages": [{"role": "user", "content": "chat-stream"}], "stream": True}
    text = stream_answering(http, "/v1/chat/completions", chat, note_and_approval)
    events = [e for e in parse_sse(text)]
    assert "[DONE]" not in text  # the interactive stream sends no terminator, like the real server
    assert json.loads(events[-1]["data"])["object"] == "chat.completion.chunk"
    text = stream_answering(http, "/v1/chat/stream", chat, note_and_approval)
    check_events(spec, "chat_stream", text)


def test_the_real_server_status_quirk_can_be_reproduced() -> None:
    settings = nat.SandboxSettings(stream_status=False)
    with nat.serve(settings) as url, httpx2.Client(base_url=url, timeout=10) as http:
        text = stream_answering(http, "/v1/workflow/stream", {"input_message": "q"}, note_and_approval)
        first = next(e for e in parse_sse(text) if e.get("event") == "interaction_required")
        status = http.get(f"/executions/{json.loads(first['data'])['execution_id']}").json()
    assert status["status"] == "running"  # the run has finished, yet it never shows 'completed'


@pytest.mark.parametrize("route", ["/v1/workflow/stream", "/plain/stream"])
def test_stream_routes_validate_their_input(http: httpx2.Client, spec: Spec, route: str) -> None:
    response = http.post(route, json={"nope": 1})
    assert response.status_code == 422
    spec.check("stream_workflow", response)
