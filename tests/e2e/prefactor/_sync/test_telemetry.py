# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Instances and spans as context managers: batching, nesting, statuses, termination, failures."""

# ruff: noqa: SIM117 - nested blocks show what runs inside what (also in the generated sync twin)

from __future__ import annotations

import socket
import time
import uuid
from typing import Any

import pytest
from agentplug.errors import NotFoundError
from agentplug.prefactor import (
    InstanceTerminatedError,
    Prefactor,
    SchemaVersionBuilder,
    TelemetryConfig,
    TelemetryError,
)

from ..conftest import TOKEN, stored_spans, terminate

pytestmark = pytest.mark.anyio

SCHEMA = SchemaVersionBuilder("e2e-telemetry").span_type("agent").span_type("tool_call").span_type("llm")


def _client(url: str, **telemetry: Any) -> Prefactor:
    return Prefactor(api_url=url, api_token=TOKEN, telemetry=TelemetryConfig(**telemetry))


def _agent_id(client: Prefactor) -> str:
    return (client.agents.create(f"telemetry-{uuid.uuid4().hex[:8]}")).id


def test_a_run_is_registered_started_traced_and_finished(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent_id = _agent_id(client)
        with client.instance(agent_id, schema=SCHEMA) as run:
            with run.span("agent", {"question": "weather?"}) as outer:
                with run.span("tool_call", {"tool": "forecast"}) as tool:
                    tool.result = {"forecast": "sun"}
                with run.span("llm") as llm:
                    llm.result = "It will be sunny"
                outer.result = {"answer": "sunny"}
        assert client.flush(10)
        instance = client.agent_instances.get(run.id)
        stats = client.telemetry_stats()
    assert str(instance.status) == "complete" and instance.started_at is not None
    spans = {span["id"]: span for span in stored_spans(prefactor_url, run.id)}
    assert spans[outer.id]["parent_span_id"] is None
    assert spans[tool.id]["parent_span_id"] == outer.id and spans[llm.id]["parent_span_id"] == outer.id
    assert spans[tool.id]["result_payload"] == {"forecast": "sun"}
    assert spans[llm.id]["result_payload"] == {"result": "It will be sunny"}
    assert {span["status"] for span in spans.values()} == {"complete"}
    assert stats.sent == stats.enqueued == 5 and stats.lost == 0  # start, 3 spans (one item each), finish
    assert stats.requests == 1


def test_an_exception_fails_the_span_and_the_run_and_propagates(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent_id = _agent_id(client)
        with pytest.raises(ValueError, match="boom"):
            with client.instance(agent_id, schema=SCHEMA) as run:
                with run.span("tool_call") as span:
                    raise ValueError("boom")
        client.flush(10)
        instance = client.agent_instances.get(run.id)
    (stored,) = stored_spans(prefactor_url, run.id)
    assert stored["id"] == span.id and stored["status"] == "failed"
    assert stored["result_payload"] == {"error": {"type": "ValueError", "message": "boom"}}
    assert str(instance.status) == "failed"


def test_interruption_cancels(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent_id = _agent_id(client)
        with pytest.raises(KeyboardInterrupt):
            with client.instance(agent_id, schema=SCHEMA) as run:
                with run.span("llm"):
                    raise KeyboardInterrupt
        client.flush(10)
        instance = client.agent_instances.get(run.id)
    assert str(instance.status) == "cancelled"
    assert [span["status"] for span in stored_spans(prefactor_url, run.id)] == ["cancelled"]


def test_decorated_functions_become_spans(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:

        @client.trace("tool_call")
        def lookup(city: str, days: int = 1) -> dict[str, Any]:
            return {"city": city, "days": days}

        assert lookup("Oslo") == {"city": "Oslo", "days": 1}  # outside a run: just the function
        agent_id = _agent_id(client)
        with client.instance(agent_id, schema=SCHEMA) as run:
            with run.span("agent") as outer:
                lookup("Paris", days=3)
        client.flush(10)
    child = next(span for span in stored_spans(prefactor_url, run.id) if span["id"] != outer.id)
    assert child["schema_name"] == "tool_call" and child["parent_span_id"] == outer.id
    assert child["payload"] == {"city": "Paris", "days": 3}
    assert child["result_payload"] == {"result": {"city": "Paris", "days": 3}}


def test_termination_calls_back_and_stops_the_next_span(prefactor_url: str) -> None:
    reasons: list[str | None] = []
    with _client(prefactor_url) as client:
        agent_id = _agent_id(client)
        with pytest.raises(InstanceTerminatedError) as caught:
            with client.instance(agent_id, schema=SCHEMA, on_terminate=reasons.append) as run:
                with run.span("agent"):
                    pass
                client.flush(10)
                terminate(prefactor_url, run.id, "policy violation")
                with run.span("llm"):
                    pass
                client.flush(10)  # the answer to this span carries the control signal
                with run.span("llm"):
                    pass
        client.flush(10)
        stats = client.telemetry_stats()
    assert reasons == ["policy violation"] and caught.value.reason == "policy violation"
    assert run.terminated and stats.rejected == 0  # the finish after termination is not an error


def test_a_rejected_span_does_not_stop_the_others(prefactor_url: str) -> None:
    with _client(prefactor_url) as client:
        agent_id = _agent_id(client)
        with client.instance(agent_id, schema=SCHEMA) as run:
            with run.span("not-a-declared-type") as rejected, run.span("tool_call") as orphan:
                pass
            with run.span("llm") as later:
                pass
        client.flush(10)
        stats = client.telemetry_stats()
    spans = {span["id"]: span for span in stored_spans(prefactor_url, run.id)}
    assert set(spans) == {orphan.id, later.id} and rejected.dead
    assert spans[orphan.id]["parent_span_id"] is None  # never a parent the server does not know
    assert stats.rejected == 1 and stats.sent == stats.enqueued - 1


def test_strict_mode_raises_telemetry_failures(prefactor_url: str) -> None:
    with _client(prefactor_url, strict=True) as client:
        agent_id = _agent_id(client)
        with pytest.raises(TelemetryError, match="rejected 1"):
            with client.instance(agent_id, schema=SCHEMA) as run:
                with run.span("not-a-declared-type"):
                    pass
                client.flush(10)
        with pytest.raises(NotFoundError):
            with client.instance("no-such-agent"):
                pass
    assert run.id


def test_an_unknown_agent_fails_loudly_before_the_block_runs(prefactor_url: str) -> None:
    ran = False
    with _client(prefactor_url) as client:
        with pytest.raises(NotFoundError):
            with client.instance("no-such-agent", schema=SCHEMA):
                ran = True
        stats = client.telemetry_stats()
    assert not ran and stats.enqueued == 0


def test_an_unreachable_platform_leaves_the_code_running() -> None:
    with socket.socket() as probe:  # a port nothing listens on: connections are refused
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    ran = False
    with Prefactor(api_url=url, api_token=TOKEN, max_retries=0) as client:
        with client.instance("agent-1", schema=SCHEMA) as run:
            with run.span("agent"):
                ran = True
        stats = client.telemetry_stats()
    assert ran and run.id == "" and stats.registrations_failed == 1 and stats.enqueued == 0 and stats.failed == 0


def test_partial_batches_go_out_after_the_flush_interval(prefactor_url: str) -> None:
    with _client(prefactor_url, flush_interval=0.05) as client:
        agent_id = _agent_id(client)
        with client.instance(agent_id, schema=SCHEMA) as run:
            with run.span("llm"):
                pass
            deadline = time.monotonic() + 10
            while client.telemetry_stats().sent < 2 and time.monotonic() < deadline:
                client.agent_instances.get(run.id)  # no flush(): only the timer sends
        assert client.telemetry_stats().sent >= 2


def test_full_batches_go_out_without_waiting(prefactor_url: str) -> None:
    with _client(prefactor_url, batch_size=10, flush_interval=3600) as client:
        agent_id = _agent_id(client)
        with client.instance(agent_id, schema=SCHEMA) as run:
            for index in range(30):
                with run.span("llm", {"index": index}):
                    pass
            deadline = time.monotonic() + 10
            while client.telemetry_stats().sent < 30 and time.monotonic() < deadline:
                client.agent_instances.get(run.id)
        assert client.telemetry_stats().sent >= 30
    assert len(stored_spans(prefactor_url, run.id)) == 30
