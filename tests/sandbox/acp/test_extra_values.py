"""The echo agent's `extra_values` option: N more values updates, for load tests of streams."""

from __future__ import annotations

from typing import Any

import pytest
from agentplug.sandbox import acp

from .conftest import run_body
from .spec import AcpCaller


def test_stream_carries_the_extra_updates_in_order(api: AcpCaller) -> None:
    _, events = api.request("create_and_stream_stateless_run_output", expect=200, json=run_body("hi", extra_values=5))
    data = [event["data"] for event in events]
    assert [d["type"] for d in data] == ["values"] * 7
    assert [d["values"].get("step") for d in data] == [None, 1, 2, 3, 4, 5, None]
    assert [d["status"] for d in data] == ["pending"] * 6 + ["success"]
    ids = [int(event["id"]) for event in events]
    assert ids == sorted(set(ids))
    conversation = [{"type": "human", "content": "hi"}]
    assert all(d["values"]["messages"] == conversation for d in data[1:6])
    assert data[-1]["values"]["messages"] == [*conversation, {"type": "assistant", "content": "hi"}]


def test_the_answer_is_unchanged(api: AcpCaller) -> None:
    plain = api.call("create_and_wait_for_stateless_run_output", json=run_body("same"))
    extra = api.call("create_and_wait_for_stateless_run_output", json=run_body("same", extra_values=3))
    assert extra["output"] == plain["output"]
    assert extra["run"]["status"] == "success"


@pytest.mark.parametrize("value", [-1, "many", 1.5, 100_001])
def test_invalid_counts_are_refused(api: AcpCaller, value: Any) -> None:
    api.call("create_stateless_run", expect=422, json=run_body("x", extra_values=value))


def test_descriptor_documents_the_option(api: AcpCaller) -> None:
    descriptor = api.call("get_acp_descriptor_by_id", path={"agent_id": acp.ECHO_AGENT_ID})
    assert descriptor["specs"]["config"]["properties"]["extra_values"] == {
        "type": "integer",
        "minimum": 0,
        "maximum": 100_000,
    }
    assert "extra_values" in descriptor["metadata"]["description"]
