# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Run streams: typed events, each once, always ending with the run's final state."""

from __future__ import annotations

from typing import Any

import pytest
from agentplug.acp import (
    ACP,
    Run,
    RunFinished,
    RunStatus,
    ValueRunErrorUpdate,
    ValueRunInterruptUpdate,
    ValueRunResultUpdate,
)
from agentplug.errors import InternalServerError

from ..scenario import AGENT, chat, configurable, last_message

pytestmark = pytest.mark.anyio


def _collect(stream: Any) -> list[Any]:
    with stream:
        return [event for event in stream]


def test_create_and_stream_ends_with_the_final_run(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client:
        stream = client.runs.create_and_stream(
            agent_id=AGENT, input=chat("stream me"), config=configurable(to_upper=True)
        )
        events = _collect(stream)
    *updates, final = events
    assert updates and all(isinstance(update, ValueRunResultUpdate) for update in updates)
    assert last_message(updates[-1].values) == "STREAM ME"
    assert isinstance(final, RunFinished) and isinstance(final.run, Run)
    assert final.status == RunStatus.SUCCESS and last_message(final.run.values) == "STREAM ME"


def test_every_event_exactly_once(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client:
        stream = client.runs.create_and_stream(
            agent_id=AGENT, input=chat("many"), config=configurable(extra_values=300)
        )
        events = _collect(stream)
    steps = [event.values.get("step") for event in events if isinstance(event, ValueRunResultUpdate)]
    numbered = [step for step in steps if step is not None]
    assert numbered == list(range(1, 301))
    assert isinstance(events[-1], RunFinished)


def test_interrupts_and_errors_are_typed_events(acp_url: str, acp_profile: str) -> None:
    with ACP(base_url=acp_url) as client:
        interrupted = _collect(
            client.runs.create_and_stream(agent_id=AGENT, input=chat("q"), config=configurable(interrupt_count=1))
        )
        failed = _collect(
            client.runs.create_and_stream(agent_id=AGENT, input=chat("x"), config=configurable(raise_error="kaput"))
        )
    # The reference server streams no interrupt event: the stream just ends, the final run tells.
    interrupt_events = [event for event in interrupted if isinstance(event, ValueRunInterruptUpdate)]
    assert len(interrupt_events) == (0 if acp_profile == "reference" else 1)
    assert interrupted[-1].status == RunStatus.INTERRUPTED
    assert interrupted[-1].run.interrupt.interrupt_type == "echo_interrupt"
    errors = [event for event in failed if isinstance(event, ValueRunErrorUpdate)]
    assert errors and "kaput" in errors[0].description
    assert failed[-1].status == RunStatus.ERROR


def test_join_a_running_run_and_resume_after_an_event_id(acp_url: str, acp_profile: str) -> None:
    with ACP(base_url=acp_url) as client:
        run = client.runs.create(
            agent_id=AGENT, input=chat("join"), config=configurable(sleep_secs=0.3, extra_values=5)
        )
        joined = _collect(run.stream())
        later = _collect(client.runs.stream(run.run_id, last_event_id="3"))
    values = [event for event in joined if isinstance(event, ValueRunResultUpdate)]
    assert isinstance(joined[-1], RunFinished) and joined[-1].status == RunStatus.SUCCESS
    assert isinstance(later[-1], RunFinished) and later[-1].status == RunStatus.SUCCESS
    later_values = [event for event in later if isinstance(event, ValueRunResultUpdate)]
    if acp_profile == "reference":
        # A join sees only what happens after it (ids count per connection; Last-Event-ID is
        # not honoured), and the join of a finished run is an empty stream.
        assert 1 <= len(values) <= 7 and later_values == []
        assert last_message(values[-1].values) == "join"
    else:
        assert len(values) == 7 and len(later_values) == 4


def test_stream_on_a_thread(acp_url: str, acp_profile: str) -> None:
    with ACP(base_url=acp_url, max_retries=0) as client:
        thread = client.threads.create()
        stream = client.threads.runs(thread.thread_id).create_and_stream(
            agent_id=AGENT, input=chat("t"), config=configurable()
        )
        if acp_profile == "reference":  # not implemented by the reference server: a typed error
            with pytest.raises(InternalServerError, match="Not implemented"):
                _collect(stream)
            return
        events = _collect(stream)
    final = events[-1]
    assert isinstance(final, RunFinished) and final.run is not None
    assert final.run.thread_id == thread.thread_id and final.status == RunStatus.SUCCESS


def test_closing_early_stops_the_stream(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client:
        stream = client.runs.create_and_stream(agent_id=AGENT, input=chat("x"), config=configurable(extra_values=50))
        with stream:
            first = stream.__next__()
            assert stream.response.status_code == 200
        rest = [event for event in stream]
    assert isinstance(first, ValueRunResultUpdate) and rest == []
