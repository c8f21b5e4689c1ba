"""SSE: create-and-stream and join-stream, event kinds, ids, Last-Event-ID, final event."""

from __future__ import annotations

import uuid
from typing import Any

from .conftest import chat, run_body
from .spec import AcpCaller


def _stream(api: AcpCaller, operation: str, **kwargs: Any) -> list[dict[str, Any]]:
    response, events = api.request(operation, expect=200, **kwargs)
    assert response.headers["content-type"].startswith("text/event-stream")
    ids = [int(event["id"]) for event in events]
    assert ids == sorted(set(ids)), "every event exactly once, in order"
    assert all(event["event"] == "agent_event" for event in events)
    result: list[dict[str, Any]] = events
    return result


def test_stateless_stream_values_then_final(api: AcpCaller) -> None:
    events = _stream(api, "create_and_stream_stateless_run_output", json=run_body("Hi", to_upper=True))
    data = [event["data"] for event in events]
    assert [d["type"] for d in data] == ["values", "values"]
    assert [d["status"] for d in data] == ["pending", "success"]
    assert data[-1]["values"]["messages"][-1]["content"] == "HI"
    assert [event["id"] for event in events] == ["1", "3"]  # the custom event (2) was not asked for
    run_id = data[0]["run_id"]
    assert api.call("get_stateless_run", path={"run_id": run_id})["status"] == "success"


def test_stream_modes(api: AcpCaller) -> None:
    both = _stream(
        api, "create_and_stream_stateless_run_output", json={**run_body("x"), "stream_mode": ["values", "custom"]}
    )
    assert [e["data"]["type"] for e in both] == ["values", "custom", "values"]
    assert both[1]["data"]["update"] == {"step": "echo", "echo": "x"}
    custom = _stream(api, "create_and_stream_stateless_run_output", json={**run_body("x"), "stream_mode": "custom"})
    assert [e["data"]["type"] for e in custom] == ["custom", "values"]
    assert custom[-1]["data"]["status"] == "success"


def test_stream_interrupt_then_join_after_resume(api: AcpCaller) -> None:
    events = _stream(api, "create_and_stream_stateless_run_output", json=run_body("q", interrupt_count=1))
    assert [e["data"]["type"] for e in events] == ["values", "interrupt"]
    last = events[-1]
    assert last["data"]["status"] == "interrupted" and "echo_interrupt" in last["data"]["interrupt"]
    run_id = last["data"]["run_id"]
    api.call("resume_stateless_run", path={"run_id": run_id}, json=chat("a"))
    rest = _stream(api, "stream_stateless_run_output", path={"run_id": run_id}, headers={"Last-Event-ID": last["id"]})
    assert int(rest[0]["id"]) > int(last["id"])
    assert [e["data"]["type"] for e in rest] == ["values", "values"]
    assert rest[-1]["data"]["status"] == "success"
    everything = _stream(api, "stream_stateless_run_output", path={"run_id": run_id})
    assert [e["id"] for e in everything] == [e["id"] for e in events + rest]
    after_end = _stream(
        api, "stream_stateless_run_output", path={"run_id": run_id}, headers={"Last-Event-ID": rest[-1]["id"]}
    )
    assert after_end == []


def test_join_running_stream_and_error_event(api: AcpCaller) -> None:
    run = api.call("create_stateless_run", json={**run_body("slow", sleep_secs=0.3), "stream_mode": "values"})
    events = _stream(api, "stream_stateless_run_output", path={"run_id": run["run_id"]})
    assert events[-1]["data"]["status"] == "success"
    failing = _stream(api, "create_and_stream_stateless_run_output", json=run_body(raise_error="kaput"))
    final = failing[-1]["data"]
    assert final["type"] == "error" and final["status"] == "error" and final["description"] == "kaput"
    api.call("stream_stateless_run_output", path={"run_id": str(uuid.uuid4())}, expect=404)


def test_thread_streams(api: AcpCaller) -> None:
    tid = api.call("create_thread", json={})["thread_id"]
    events = _stream(api, "create_and_stream_thread_run_output", path={"thread_id": tid}, json=run_body("t"))
    assert events[-1]["data"]["status"] == "success"
    run_id = events[-1]["data"]["run_id"]
    joined = _stream(api, "stream_thread_run_output", path={"thread_id": tid, "run_id": run_id})
    assert [e["id"] for e in joined] == [e["id"] for e in events]
    api.call("stream_thread_run_output", path={"thread_id": tid, "run_id": str(uuid.uuid4())}, expect=404)
    api.call("create_and_stream_thread_run_output", path={"thread_id": str(uuid.uuid4())}, json=run_body(), expect=404)


def test_cancel_ends_stream_with_error_event(api: AcpCaller, http: Any) -> None:
    run = api.call("create_stateless_run", json=run_body(sleep_secs=30))
    api.call("cancel_stateless_run", path={"run_id": run["run_id"]}, params={"wait": "true"}, expect=204)
    events = _stream(api, "stream_stateless_run_output", path={"run_id": run["run_id"]})
    assert events[-1]["data"]["type"] == "error" and events[-1]["data"]["status"] == "error"
