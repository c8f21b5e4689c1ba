"""The vendor SDK (sync ACPClient and AsyncACPClient) through every operation against our sandbox.

One driver run per client walks all 30 operations (`vendor_driver.py operations`); the tests
read what the SDK returned and hold it against the sandbox's state and against the same
resources fetched over plain HTTP and validated with `specs/acp.yaml`.
"""

from __future__ import annotations

from typing import Any

import pytest
from agentplug.sandbox.acp import ECHO_AGENT_ID

from .conftest import Drive, Sandbox
from .sse_shapes import expected_stream_ids, is_prefix_concatenation, triangular

Tour = tuple[str, dict[str, Any]]


@pytest.fixture(scope="module", params=["sync", "async"])
def tour(request: pytest.FixtureRequest, drive: Drive, sandbox: Sandbox) -> Tour:
    mode: str = request.param
    return mode, drive("operations", sandbox.base_url, mode=mode)


def _output(result: dict[str, Any]) -> dict[str, Any]:
    """A RunOutput as the SDK gave it, without the driver's class note."""
    return {key: value for key, value in result["output"].items() if key != "__class__"}


def _last_content(output: dict[str, Any]) -> Any:
    return output["values"]["messages"][-1]["content"]


def test_every_spec_operation_was_called(tour: Tour, sandbox: Sandbox) -> None:
    _, result = tour
    operation_ids = set(sandbox.api.spec.operations)
    assert len(operation_ids) == 30
    assert operation_ids <= set(result), sorted(operation_ids - set(result))
    failed = {name for name in operation_ids if isinstance(result[name], dict) and "error" in result[name]}
    assert failed == set()
    assert result["sdk_version"] == "0.2.2"  # generated from the spec before 0.2.3


def test_agents_match_the_wire(tour: Tour, sandbox: Sandbox) -> None:
    _, result = tour
    raw_agent = sandbox.api.call("get_agent_by_id", path={"agent_id": ECHO_AGENT_ID})
    assert result["search_agents"] == [raw_agent]
    assert result["get_agent_by_id"] == raw_agent
    raw_descriptor = sandbox.api.call("get_acp_descriptor_by_id", path={"agent_id": ECHO_AGENT_ID})
    assert result["get_acp_descriptor_by_id"] == raw_descriptor


def test_stateless_wait_background_and_search(tour: Tour, sandbox: Sandbox) -> None:
    _, result = tour
    ids = result["ids"]
    waited = result["create_and_wait_for_stateless_run_output"]
    assert waited["run"]["status"] == "success"
    assert waited["output"]["__class__"] == "RunResult"
    assert _last_content(waited["output"]) == "HELLO ACP"
    stored = sandbox.store.runs[ids["waited_run"]]
    assert stored.status == "success" and _output(waited) == stored.output
    assert stored.creation["config"] == {"configurable": {"to_upper": True}}

    assert result["create_stateless_run"]["status"] == "pending"
    assert result["wait_for_stateless_run_output"]["run"]["status"] == "success"
    assert _output(result["wait_for_stateless_run_output"]) == sandbox.store.runs[ids["background_run"]].output
    found = {run["run_id"] for run in result["search_stateless_runs"]}
    assert {ids["waited_run"], ids["background_run"]} <= found
    assert all(run["status"] == "success" for run in result["search_stateless_runs"])


@pytest.mark.parametrize(
    ("operation", "run_key"),
    [
        ("create_and_stream_stateless_run_output", None),
        ("stream_stateless_run_output", "interrupted_run"),
        ("create_and_stream_thread_run_output", None),
        ("stream_thread_run_output", "thread_run"),
    ],
)
def test_streams_yield_every_event_but_repeat_earlier_ones(
    tour: Tour, sandbox: Sandbox, operation: str, run_key: str | None
) -> None:
    mode, result = tour
    events = result[operation]
    run_id = result["ids"][run_key] if run_key else events[0]["run_id"]
    expected = expected_stream_ids(sandbox.store.runs[run_id])
    yielded = [event["id"] for event in events]
    assert list(dict.fromkeys(yielded)) == expected, "every event arrives, in order"
    assert is_prefix_concatenation(yielded, expected)
    if mode == "sync":
        # urllib3 hands over one HTTP chunk per event, and the parser re-yields all earlier events.
        assert yielded == triangular(expected)
    last = next(event for event in reversed(events) if event["id"] == expected[-1])
    assert last["status"] == "success" and last["class"] == "ValueRunResultUpdate"


def test_interrupt_resume_and_join(tour: Tour, sandbox: Sandbox) -> None:
    _, result = tour
    run_id = result["ids"]["interrupted_run"]
    interrupted = result["wait_interrupted"]
    assert interrupted["run"]["status"] == "interrupted"
    assert interrupted["output"]["__class__"] == "RunInterrupt"
    assert list(interrupted["output"]["interrupt"]) == ["echo_interrupt"]
    assert result["resume_stateless_run"]["status"] == "pending"
    classes = {event["class"] for event in result["stream_stateless_run_output"]}
    assert classes == {"ValueRunResultUpdate", "ValueRunInterruptUpdate"}
    final = result["wait_resumed"]
    assert final["run"]["status"] == "success" and _last_content(final["output"]) == "my answer"
    assert sandbox.store.runs[run_id].output == _output(final)


def test_cancel_and_delete(tour: Tour, sandbox: Sandbox) -> None:
    _, result = tour
    assert result["cancel_stateless_run"] is None and result["delete_stateless_run"] is None
    assert result["get_cancelled_run"]["status"] == "error"
    assert result["get_deleted_run"]["error"] == "NotFoundException"
    assert result["ids"]["cancelled_run"] not in sandbox.store.runs
    assert result["cancel_thread_run"] is None and result["delete_thread_run"] is None
    assert result["get_cancelled_thread_run"]["status"] == "error"
    assert result["ids"]["cancelled_thread_run"] not in sandbox.store.runs


def test_threads_and_thread_runs(tour: Tour, sandbox: Sandbox) -> None:
    _, result = tour
    ids = result["ids"]
    thread_id = ids["thread"]
    assert result["create_thread"]["metadata"] == {"suite": "interop", "n": 1}
    assert result["get_thread"]["thread_id"] == thread_id
    assert result["patch_thread"]["metadata"] == {"suite": "interop", "n": 1, "patched": True}
    assert thread_id in {thread["thread_id"] for thread in result["search_threads"]}

    first = result["create_and_wait_for_thread_run_output"]
    assert first["run"]["thread_id"] == thread_id and _last_content(first["output"]) == "first"
    assert result["wait_for_thread_run_output"]["run"]["status"] == "interrupted"
    assert result["get_thread_run"]["status"] == "interrupted"
    assert result["resume_thread_run"]["status"] == "pending"
    assert _last_content(result["wait_thread_resumed"]["output"]) == "thread answer"
    listed = [run["run_id"] for run in result["list_thread_runs"]]
    assert ids["thread_run"] in listed and first["run"]["run_id"] in listed

    history = result["get_thread_history"]
    assert len(history) == 3  # one checkpoint per finished run, newest first
    conversation = [message["content"] for message in history[0]["values"]["messages"]]
    assert conversation[:4] == ["first", "first", "second", "second"]

    copy = result["copy_thread"]
    assert copy["thread_id"] != thread_id and copy["metadata"] == result["patch_thread"]["metadata"]
    assert copy["values"] == history[0]["values"]
    assert ids["copied_thread"] == copy["thread_id"]
    assert result["delete_thread"] is None and copy["thread_id"] not in sandbox.store.threads
    assert sandbox.store.threads[thread_id].values == history[0]["values"]
    assert result["get_deleted_thread"]["error"] == "NotFoundException"
