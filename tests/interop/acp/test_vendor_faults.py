"""Defects of agntcy-acp 1.5.2, shown against our sandbox or a stub server (see README.md).

Each test asserts that the defect is still there, so the README stays true: when a new vendor
release fixes one, its test fails and the README entry must go.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from agentplug.sandbox.acp import ECHO_AGENT_ID
from sandbox.acp.spec import parse_sse

from .conftest import Drive, Sandbox
from .sse_shapes import expected_stream_ids, is_prefix_concatenation, triangular
from .stubs import RUN_ID, SLOW_EVENTS, StubServer, multiline_body

MODES = ["sync", "async"]


def _ids(result: dict[str, Any]) -> list[str]:
    return [event["id"] for event in result["events"]]


def test_sync_stream_re_yields_earlier_events_quadratically(drive: Drive, sandbox: Sandbox) -> None:
    result = drive("stream", sandbox.base_url, mode="sync", events=100)
    yielded = _ids(result)
    expected = expected_stream_ids(sandbox.store.runs[result["events"][0]["run_id"]])
    assert len(expected) == 100
    assert yielded == triangular(expected)
    assert len(yielded) == 100 * 101 // 2  # 5,050 events for a 100-event run


def test_async_stream_re_yields_earlier_events(drive: Drive, sandbox: Sandbox) -> None:
    # aiohttp reads up to 4 KiB at a time, so the repeats depend on how the bytes arrive, but a
    # stream longer than one read always repeats.
    result = drive("stream", sandbox.base_url, mode="async", events=300)
    yielded = _ids(result)
    expected = expected_stream_ids(sandbox.store.runs[result["events"][0]["run_id"]])
    assert len(expected) == 300
    assert is_prefix_concatenation(yielded, expected)
    assert len(yielded) > len(expected)


@pytest.mark.parametrize("mode", MODES)
def test_multi_line_data_keeps_only_the_last_line(drive: Drive, stubs: StubServer, mode: str) -> None:
    body = {"agent_id": ECHO_AGENT_ID}
    result = drive(
        "raw_call", stubs.url("multiline"), mode=mode, method="create_and_stream_stateless_run_output", args=[body]
    )
    # The same bytes are one valid event under the SSE rules (data lines joined with "\n").
    (event,) = parse_sse(multiline_body().decode())
    assert json.loads(event["data"])["run_id"] == RUN_ID
    failure = result["result"]
    assert "error" in failure, "the vendor parsed only the second data line, which is not a JSON document"
    assert failure["error"] in ("ValueError", "ValidationError")


def test_scalar_payloads_are_rejected_before_sending(drive: Drive, sandbox: Sandbox) -> None:
    # ACP 0.2.3 allows any JSON value as input, config.configurable and resume payload; the
    # sandbox runs a scalar input fine over plain HTTP ...
    waited = sandbox.api.call(
        "create_and_wait_for_stateless_run_output", json={"agent_id": ECHO_AGENT_ID, "input": "hi"}
    )
    assert waited["output"] == {"type": "result", "values": "hi"}
    # ... but the SDK, generated from 0.2.2, refuses to build such requests and cannot read the result.
    result = drive("scalars", sandbox.base_url, scalar_run_id=waited["run"]["run_id"])
    for name in ("scalar_input", "scalar_configurable", "resume_scalar"):
        assert result[name]["error"] == "ValidationError", name
        assert "valid dictionary" in result[name]["message"]
    assert result["get_scalar_run"]["error"] == "ValidationError"  # the run echoes its creation.input
    assert "error" in result["wait_scalar_run"]
    # One such run on the server is enough to break every search that would list it.
    assert result["search_stateless_runs"]["error"] == "ValidationError"


@pytest.mark.parametrize("mode", MODES)
def test_no_retry_of_post_on_503(drive: Drive, stubs: StubServer, mode: str) -> None:
    stubs.counts.clear()
    body = {"agent_id": ECHO_AGENT_ID}
    posted = drive(
        "raw_call",
        stubs.url("flaky"),
        mode=mode,
        retries=3,
        method="create_and_wait_for_stateless_run_output",
        args=[body],
    )
    assert posted["result"]["error"] == "ServiceException" and posted["result"]["status"] == 503
    assert stubs.counts["POST /flaky/runs/wait"] == 1


def test_sync_does_not_retry_get_on_503_either(drive: Drive, stubs: StubServer) -> None:
    stubs.counts.clear()
    got = drive("raw_call", stubs.url("flaky"), mode="sync", retries=3, method="get_stateless_run", args=[RUN_ID])
    assert got["result"]["error"] == "ServiceException"
    assert stubs.counts[f"GET /flaky/runs/{RUN_ID}"] == 1  # urllib3's Retry has no status list here


def test_async_retries_get_on_503_only_when_configured(drive: Drive, stubs: StubServer) -> None:
    stubs.counts.clear()
    plain = drive("raw_call", stubs.url("flaky"), mode="async", method="get_stateless_run", args=[RUN_ID])
    assert plain["result"]["error"] == "ServiceException"
    assert stubs.counts[f"GET /flaky/runs/{RUN_ID}"] == 1  # no retries by default
    stubs.counts.clear()
    retried = drive("raw_call", stubs.url("flaky"), mode="async", retries=3, method="get_stateless_run", args=[RUN_ID])
    assert retried["result"]["run_id"] == RUN_ID
    assert stubs.counts[f"GET /flaky/runs/{RUN_ID}"] == 3


def test_async_timeout_is_a_total_deadline_that_cuts_a_live_stream(drive: Drive, stubs: StubServer) -> None:
    # Events arrive every 0.2 s for 3 s: a per-read timeout of 1 s never fires, a total one does.
    # Unconfigured, the async client applies the same total deadline with 300 s.
    stream = "create_and_stream_stateless_run_output"
    body = {"agent_id": ECHO_AGENT_ID}
    cut = drive("raw_call", stubs.url("slow"), mode="async", timeout=1, method=stream, args=[body])
    assert cut["result"]["error"] in ("TimeoutError", "ServerTimeoutError")
    assert cut["seconds"] < 2.5
    whole = drive("raw_call", stubs.url("slow"), mode="sync", timeout=1, method=stream, args=[body])
    assert len({event["id"] for event in whole["result"]}) == SLOW_EVENTS + 1  # urllib3: per read


@pytest.mark.parametrize("mode", MODES)
def test_decoder_state_leaks_from_one_stream_into_the_next(drive: Drive, stubs: StubServer, mode: str) -> None:
    # The first stream ends inside a UTF-8 character; the module-global decoder keeps the byte
    # and the next stream, a different response, fails to decode.
    result = drive("decoder_leak", stubs.url("cut"), mode=mode)
    assert {(event["id"], event["status"]) for event in result["first"]} == {("1", "success")}
    assert result["second"]["error"] == "UnicodeDecodeError"
