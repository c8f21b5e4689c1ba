"""Runs, stateless and on threads: the echo agent's options, interrupts, wait, search, cancel, delete."""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx2
import pytest
from agentplug.sandbox import acp

from .conftest import chat, run_body
from .spec import AcpCaller, Spec


def _poll(api: AcpCaller, operation: str, path: dict[str, str], until: set[str]) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while True:
        run: dict[str, Any] = api.call(operation, path=path)
        if run["status"] in until or time.monotonic() > deadline:
            return run
        time.sleep(0.02)


def _reply(output: dict[str, Any]) -> Any:
    return output["values"]["messages"][-1]["content"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [({}, "Hello ACP"), ({"to_upper": True}, "HELLO ACP"), ({"to_lower": True}, "hello acp")],
)
def test_echo_options(api: AcpCaller, options: dict[str, Any], expected: str) -> None:
    answer = api.call("create_and_wait_for_stateless_run_output", json=run_body("Hello ACP", **options))
    assert answer["run"]["status"] == "success"
    assert answer["output"]["type"] == "result"
    assert _reply(answer["output"]) == expected
    assert answer["output"]["messages"][-1] == {"role": "assistant", "content": expected}


def test_echoes_last_human_message_and_scalars(api: AcpCaller) -> None:
    body = {
        "input": {
            "messages": [
                {"type": "human", "content": "first"},
                {"type": "human", "content": "last"},
                {"type": "ai", "content": "ignored"},
            ]
        }
    }
    assert _reply(api.call("create_and_wait_for_stateless_run_output", json=body)["output"]) == "last"
    for value in ("text", 42, 1.5, True, [1, "a"], {"other": 1}):
        output = api.call("create_and_wait_for_stateless_run_output", json={"input": value})["output"]
        assert output == {"type": "result", "values": value}
    upper = api.call(
        "create_and_wait_for_stateless_run_output",
        json={"input": "abc", "config": {"configurable": {"to_upper": True}}},
    )
    assert upper["output"]["values"] == "ABC"


def test_background_run_moves_to_success(api: AcpCaller) -> None:
    run = api.call("create_stateless_run", json=run_body("bg", sleep_secs=0.2))
    assert run["status"] == "pending" and run["creation"]["input"] == chat("bg")
    rid = run["run_id"]
    assert api.call("get_stateless_run", path={"run_id": rid})["status"] == "pending"
    answer = api.call("wait_for_stateless_run_output", path={"run_id": rid})
    assert answer["run"]["status"] == "success" and _reply(answer["output"]) == "bg"
    assert api.call("get_stateless_run", path={"run_id": rid})["status"] == "success"


def test_interrupts_and_resume(api: AcpCaller) -> None:
    run = api.call("create_stateless_run", json=run_body("question", interrupt_count=2))
    rid = run["run_id"]
    for answer_text in ("first answer", "second answer"):
        waited = api.call("wait_for_stateless_run_output", path={"run_id": rid})
        assert waited["run"]["status"] == "interrupted"
        interrupt = waited["output"]["interrupt"]["echo_interrupt"]
        assert interrupt["messages"][-1]["type"] == "assistant"
        resumed = api.call("resume_stateless_run", path={"run_id": rid}, json=chat(answer_text))
        assert resumed["status"] == "pending"
    final = api.call("wait_for_stateless_run_output", path={"run_id": rid})
    assert final["run"]["status"] == "success" and _reply(final["output"]) == "second answer"
    api.call("resume_stateless_run", path={"run_id": rid}, json=chat("late"), expect=409)


def test_resume_payload_is_validated(api: AcpCaller) -> None:
    rid = api.call("create_stateless_run", json=run_body("q", interrupt_count=1))["run_id"]
    assert api.call("wait_for_stateless_run_output", path={"run_id": rid})["run"]["status"] == "interrupted"
    detail = api.call("resume_stateless_run", path={"run_id": rid}, json={"wrong": 1}, expect=422)["detail"]
    assert detail[0]["loc"] == ["body", "messages"]
    api.call("resume_stateless_run", path={"run_id": rid}, content=b"null", expect=422)
    api.call("resume_stateless_run", path={"run_id": str(uuid.uuid4())}, json=chat("x"), expect=404)
    api.call("cancel_stateless_run", path={"run_id": rid}, params={"wait": "true"}, expect=204)


def test_run_validation_and_unknown_agent(api: AcpCaller) -> None:
    api.call("create_stateless_run", json={"agent_id": str(uuid.uuid4())}, expect=404)
    api.call("create_stateless_run", json={"agent_id": "echo"}, expect=404)
    api.call("create_stateless_run", json=run_body(to_upper="yes"), expect=422)
    api.call("create_stateless_run", json=run_body(interrupt_count=-1), expect=422)
    api.call("create_stateless_run", json={"input": None}, expect=422)
    api.call("create_stateless_run", json={"input": {"messages": "nope"}}, expect=422)
    api.call("create_stateless_run", json={"config": {"configurable": 5}}, expect=422)
    api.call("create_stateless_run", json={"webhook": "not a url"}, expect=422)
    api.call("create_stateless_run", json={"stream_mode": "tokens"}, expect=422)
    api.call("create_stateless_run", json={"on_completion": "sometimes"}, expect=422)
    api.call("create_and_wait_for_stateless_run_output", json={"after_seconds": "1"}, expect=422)
    api.call("create_and_stream_stateless_run_output", json={"metadata": []}, expect=422)
    api.call("get_stateless_run", path={"run_id": str(uuid.uuid4())}, expect=404)
    api.call("wait_for_stateless_run_output", path={"run_id": str(uuid.uuid4())}, expect=404)
    api.call("delete_stateless_run", path={"run_id": str(uuid.uuid4())}, expect=404)
    api.call("cancel_stateless_run", path={"run_id": str(uuid.uuid4())}, expect=404)


def test_agent_error(api: AcpCaller) -> None:
    answer = api.call("create_and_wait_for_stateless_run_output", json=run_body(raise_error="boom"))
    assert answer["run"]["status"] == "error"
    assert answer["output"]["type"] == "error" and answer["output"]["description"] == "boom"
    assert answer["output"]["run_id"] == answer["run"]["run_id"]


def test_search_stateless_runs(api: AcpCaller) -> None:
    tag = str(uuid.uuid4())
    done = api.call("create_and_wait_for_stateless_run_output", json={**run_body(), "metadata": {"tag": tag}})
    slow = api.call("create_stateless_run", json={**run_body(sleep_secs=30), "metadata": {"tag": tag}})
    found = api.call("search_stateless_runs", json={"metadata": {"tag": tag}})
    assert [run["run_id"] for run in found] == [done["run"]["run_id"], slow["run_id"]]
    pending = api.call("search_stateless_runs", json={"metadata": {"tag": tag}, "status": "pending"})
    assert [run["run_id"] for run in pending] == [slow["run_id"]]
    by_agent = api.call(
        "search_stateless_runs", json={"agent_id": acp.ECHO_AGENT_ID, "metadata": {"tag": tag}, "limit": 1, "offset": 1}
    )
    assert [run["run_id"] for run in by_agent] == [slow["run_id"]]
    api.call("search_stateless_runs", json={"agent_id": "x"}, expect=422)
    api.call("search_stateless_runs", json={"status": "running"}, expect=422)
    api.call("delete_stateless_run", path={"run_id": slow["run_id"]}, expect=204)
    api.call("get_stateless_run", path={"run_id": slow["run_id"]}, expect=404)


def test_cancel_interrupt_and_rollback(api: AcpCaller) -> None:
    rid = api.call("create_stateless_run", json=run_body(sleep_secs=30))["run_id"]
    api.call("cancel_stateless_run", path={"run_id": rid}, params={"action": "interrupt"}, expect=204)
    run = _poll(api, "get_stateless_run", {"run_id": rid}, {"error"})
    assert run["status"] == "error"
    output = api.call("wait_for_stateless_run_output", path={"run_id": rid})["output"]
    assert output["type"] == "error" and output["description"] == "Run cancelled"
    api.call("cancel_stateless_run", path={"run_id": rid}, expect=204)  # already finished: no-op
    api.call("cancel_stateless_run", path={"run_id": rid}, params={"action": "explode"}, expect=422)
    api.call("cancel_stateless_run", path={"run_id": rid}, params={"wait": "maybe"}, expect=422)
    other = api.call("create_stateless_run", json=run_body(sleep_secs=30))["run_id"]
    api.call("cancel_stateless_run", path={"run_id": other}, params={"action": "rollback"}, expect=204)
    api.call("get_stateless_run", path={"run_id": other}, expect=404)


def test_wait_limit_returns_pending_run() -> None:
    settings = acp.SandboxSettings(profile="spec", wait_timeout=0.2)
    with acp.serve(settings=settings) as url, httpx2.Client(base_url=url) as http:
        api = AcpCaller(http, Spec())
        answer = api.call("create_and_wait_for_stateless_run_output", json=run_body(sleep_secs=30))
        assert answer["run"]["status"] == "pending" and "output" not in answer


def test_run_timeout() -> None:
    settings = acp.SandboxSettings(profile="spec", run_timeout=0.1)
    with acp.serve(settings=settings) as url, httpx2.Client(base_url=url) as http:
        api = AcpCaller(http, Spec())
        answer = api.call("create_and_wait_for_stateless_run_output", json=run_body(sleep_secs=5))
        assert answer["run"]["status"] == "timeout" and answer["output"]["type"] == "error"


# ------------------------------------------------------------------------------ thread runs


def test_thread_runs_lifecycle(api: AcpCaller) -> None:
    tid = api.call("create_thread", json={})["thread_id"]
    path = {"thread_id": tid}
    run = api.call("create_thread_run", path=path, json=run_body("on thread", interrupt_count=1))
    rid = run["run_id"]
    assert run["thread_id"] == tid and run["status"] == "pending"
    run_path = {"thread_id": tid, "run_id": rid}
    waited = api.call("wait_for_thread_run_output", path=run_path)
    assert waited["run"]["status"] == "interrupted" and "echo_interrupt" in waited["output"]["interrupt"]
    assert api.call("get_thread", path=path)["status"] == "interrupted"
    api.call("resume_thread_run", path=run_path, json={"bad": True}, expect=422)
    assert api.call("resume_thread_run", path=run_path, json=chat("answer"))["status"] == "pending"
    final = api.call("wait_for_thread_run_output", path=run_path)
    assert final["run"]["status"] == "success" and _reply(final["output"]) == "answer"
    assert api.call("get_thread_run", path=run_path)["status"] == "success"
    api.call("resume_thread_run", path=run_path, json=chat("again"), expect=409)
    listed = api.call("list_thread_runs", path=path)
    assert [r["run_id"] for r in listed] == [rid]
    assert api.call("list_thread_runs", path=path, params={"offset": 1}) == []
    api.call("list_thread_runs", path=path, params={"limit": "many"}, expect=422)
    api.call("delete_thread_run", path=run_path, expect=204)
    api.call("get_thread_run", path=run_path, expect=404)
    assert api.call("list_thread_runs", path=path) == []


def test_thread_run_errors(api: AcpCaller) -> None:
    missing = {"thread_id": str(uuid.uuid4())}
    api.call("create_thread_run", path=missing, json=run_body(), expect=404)
    api.call("list_thread_runs", path=missing, expect=404)
    created = api.call("create_thread_run", path=missing, json={**run_body(), "if_not_exists": "create"})
    assert created["thread_id"] == missing["thread_id"]
    tid = api.call("create_thread", json={})["thread_id"]
    unknown_run = {"thread_id": tid, "run_id": str(uuid.uuid4())}
    for operation in ("get_thread_run", "wait_for_thread_run_output", "delete_thread_run"):
        api.call(operation, path=unknown_run, expect=404)
    api.call("cancel_thread_run", path=unknown_run, expect=404)
    api.call("resume_thread_run", path=unknown_run, json=chat("x"), expect=404)
    api.call("create_thread_run", path={"thread_id": tid}, json={"if_not_exists": "always"}, expect=422)


def test_multitask_strategies(api: AcpCaller) -> None:
    tid = api.call("create_thread", json={})["thread_id"]
    path = {"thread_id": tid}
    busy = api.call("create_thread_run", path=path, json=run_body(sleep_secs=30))
    assert api.call("get_thread", path=path)["status"] == "busy"
    api.call("create_thread_run", path=path, json=run_body(), expect=409)
    api.call("create_and_wait_for_thread_run_output", path=path, json=run_body(), expect=409)
    api.call("create_and_stream_thread_run_output", path=path, json=run_body(), expect=409)
    api.call("delete_thread", path=path, expect=204)  # cancels and removes its runs
    api.call("get_thread_run", path={"thread_id": tid, "run_id": busy["run_id"]}, expect=404)

    tid = api.call("create_thread", json={})["thread_id"]
    path = {"thread_id": tid}
    first = api.call("create_thread_run", path=path, json=run_body("first", sleep_secs=30))
    second = api.call(
        "create_and_wait_for_thread_run_output",
        path=path,
        json={**run_body("second"), "multitask_strategy": "interrupt"},
    )
    assert second["run"]["status"] == "success"
    first_now = api.call("get_thread_run", path={"thread_id": tid, "run_id": first["run_id"]})
    assert first_now["status"] == "error"

    third = api.call("create_thread_run", path=path, json=run_body("third", sleep_secs=30))
    fourth = api.call(
        "create_and_wait_for_thread_run_output",
        path=path,
        json={**run_body("fourth"), "multitask_strategy": "rollback"},
    )
    assert fourth["run"]["status"] == "success"
    api.call("get_thread_run", path={"thread_id": tid, "run_id": third["run_id"]}, expect=404)

    fifth = api.call("create_thread_run", path=path, json=run_body("fifth", sleep_secs=0.2))
    sixth = api.call("create_thread_run", path=path, json={**run_body("sixth"), "multitask_strategy": "enqueue"})
    done = api.call("wait_for_thread_run_output", path={"thread_id": tid, "run_id": sixth["run_id"]})
    assert done["run"]["status"] == "success"
    assert api.call("get_thread_run", path={"thread_id": tid, "run_id": fifth["run_id"]})["status"] == "success"
    contents = [m["content"] for m in done["output"]["values"]["messages"]]
    assert contents[-4:] == ["fifth", "fifth", "sixth", "sixth"]


def test_cancel_thread_run(api: AcpCaller) -> None:
    tid = api.call("create_thread", json={})["thread_id"]
    run = api.call("create_thread_run", path={"thread_id": tid}, json=run_body(sleep_secs=30))
    run_path = {"thread_id": tid, "run_id": run["run_id"]}
    api.call("cancel_thread_run", path=run_path, params={"wait": "true"}, expect=204)
    assert api.call("get_thread_run", path=run_path)["status"] == "error"
    assert api.call("get_thread", path={"thread_id": tid})["status"] == "error"
    api.call("cancel_thread_run", path=run_path, params={"action": "rollback", "wait": "true"}, expect=204)
    api.call("get_thread_run", path=run_path, expect=404)
