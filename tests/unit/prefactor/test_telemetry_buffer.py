"""The telemetry queue without I/O: order, coalescing, bounds, dead spans, bulk answers."""

from __future__ import annotations

from typing import Any

import pytest
from agentplug.errors import ConfigurationError
from agentplug.prefactor import DropPolicy, InstanceTerminatedError, TelemetryConfig, TelemetryError
from agentplug.prefactor._telemetry import TelemetryBuffer
from agentplug.prefactor._tracing import InstanceState


def _instance(**config: Any) -> tuple[InstanceState, TelemetryBuffer, list[int]]:
    wakes: list[int] = []
    buffer = TelemetryBuffer(TelemetryConfig(**config), lambda: wakes.append(1))
    state = InstanceState(buffer)
    state.id = "inst-1"
    return state, buffer, wakes


def _ok(items: list[Any], **extra: Any) -> dict[str, Any]:
    return {item.key: {"status": "success", "details": {}, **extra} for item in items}


def test_a_span_closed_before_sending_is_one_finished_creation() -> None:
    state, buffer, _ = _instance()
    with state.span("llm", {"q": 1}) as span:
        span.result = {"a": 2}
    (item,) = buffer.take()
    assert item.kind == "agent_spans/create"
    assert item.params["status"] == "complete" and item.params["result_payload"] == {"a": 2}
    assert item.params["id"] == span.id and item.params["payload"] == {"q": 1} and "finished_at" in item.params


def test_a_span_closed_after_sending_gets_a_finish_item_with_its_own_key() -> None:
    state, buffer, _ = _instance()
    with state.span("llm") as span:
        (create,) = buffer.take()
    (finish,) = buffer.take()
    assert create.params["status"] == "active"
    assert finish.kind == "agent_spans/finish" and finish.params["agent_span_id"] == span.id
    assert finish.key != create.key and 8 <= len(finish.key) <= 64


def test_children_name_their_parent_and_leave_in_order() -> None:
    state, buffer, _ = _instance()
    with state.span("agent") as outer, state.span("tool") as inner:
        pass
    items = buffer.take()
    assert [item.params["id"] for item in items] == [outer.id, inner.id]
    assert items[1].params["parent_span_id"] == outer.id and "parent_span_id" not in items[0].params


def test_a_full_batch_wakes_the_exporter() -> None:
    state, _, wakes = _instance(batch_size=3, max_queue=10)
    for _ in range(2):
        with state.span("s"):
            pass
    assert wakes == []
    with state.span("s"):
        pass
    assert wakes == [1]


@pytest.mark.parametrize(("policy", "kept"), [(DropPolicy.DROP_NEWEST, [0, 1]), (DropPolicy.DROP_OLDEST, [1, 2])])
def test_a_full_queue_drops_by_policy_and_counts(policy: DropPolicy, kept: list[int]) -> None:
    state, buffer, _ = _instance(batch_size=2, max_queue=2, drop_policy=policy)
    spans = []
    for index in range(3):
        with state.span("s", {"i": index}) as span:
            spans.append(span)
    assert [item.params["payload"]["i"] for item in buffer.take()] == kept
    assert buffer.stats().dropped_queue_full == 1
    assert [span.dead for span in spans] == [index not in kept for index in range(3)]


def test_children_of_a_dead_span_move_to_the_nearest_living_ancestor() -> None:
    state, buffer, _ = _instance()
    with state.span("root") as root, state.span("middle") as middle, state.span("leaf") as leaf:
        pass
    batch = buffer.take()
    answer = _ok(batch[:1])
    answer[batch[1].key] = {"status": "error", "code": "validation_errors", "message": "no"}
    unprocessed = buffer.record_outputs(batch, answer)
    assert unprocessed == batch[2:] and middle.dead and not root.dead
    buffer.requeue(unprocessed)
    kept, body = buffer.wire_items(buffer.take())
    assert [item.span for item in kept] == [leaf] and body[0]["parent_span_id"] == root.id
    stats = buffer.stats()
    assert stats.sent == 1 and stats.rejected == 1


def test_finish_of_a_dead_span_is_dropped_not_sent() -> None:
    state, buffer, _ = _instance()
    with state.span("s"):
        create = buffer.take()
    finish = buffer.take()  # queued before the server's refusal of the creation is known
    buffer.record_outputs(create, {create[0].key: {"status": "error", "code": "x", "message": "m"}})
    kept, _ = buffer.wire_items(finish)
    assert kept == [] and buffer.stats().dropped_dependency == 1
    with state.span("later") as later:
        pass
    assert [item.span for item in buffer.take()] == [later]  # one refusal does not stop telemetry


def test_control_signal_in_an_answer_terminates_the_instance_once() -> None:
    reasons: list[str | None] = []
    buffer = TelemetryBuffer(TelemetryConfig(), lambda: None)
    state = InstanceState(buffer, on_terminate=reasons.append)
    with state.span("s"):
        pass
    batch = buffer.take()
    for _ in range(2):  # the signal comes with every answer; the callback runs once
        buffer.record_outputs(batch, _ok(batch, control={"terminate": True, "reason": "stop"}))
    assert reasons == ["stop"]
    with pytest.raises(InstanceTerminatedError, match="stop"):
        state.span("next").__enter__()


def test_a_finish_refused_because_already_terminal_is_not_a_rejection() -> None:
    state, buffer, _ = _instance()
    state.enqueue("agent_instances/finish", {"agent_instance_id": state.id, "status": "complete"})
    batch = buffer.take()
    buffer.record_outputs(batch, {batch[0].key: {"status": "error", "code": "invalid_state", "message": "done"}})
    assert buffer.stats().rejected == 0 and buffer.stats().sent == 1


def test_strict_mode_raises_the_first_failure_once() -> None:
    state, _, _ = _instance(strict=True, batch_size=1, max_queue=1)
    with state.span("a"):
        pass
    with state.span("b"):  # the queue is full: dropped
        pass
    with pytest.raises(TelemetryError, match="queue full"):
        state.check()
    state.check()  # raised once


def test_failed_request_counts_its_items_as_failed() -> None:
    state, buffer, _ = _instance()
    with state.span("s") as span:
        pass
    batch = buffer.take()
    buffer.record_failure(batch, RuntimeError("down"))
    assert buffer.stats().failed == 1 and span.dead and buffer.stats().lost == 1


def test_drop_remaining_at_close() -> None:
    state, buffer, _ = _instance()
    for _ in range(3):
        with state.span("s"):
            pass
    assert buffer.drop_remaining() == 3 and buffer.stats().dropped_shutdown == 3 and buffer.pending() == 0


def test_payloads_become_json_ready() -> None:
    state, buffer, _ = _instance()

    class Opaque:
        def __repr__(self) -> str:
            return "<opaque>"

    with state.span("s", {"obj": Opaque(), "nums": (1, 2), 3: {"x"}}) as span:
        span.result = "plain text"
    (item,) = buffer.take()
    assert item.params["payload"] == {"obj": "<opaque>", "nums": [1, 2], "3": ["x"]}
    assert item.params["result_payload"] == {"result": "plain text"}


@pytest.mark.parametrize(
    "config", [{"batch_size": 0}, {"flush_interval": 0}, {"max_queue": 1, "batch_size": 2}, {"max_retries": -1}]
)
def test_invalid_configuration(config: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        TelemetryConfig(**config)


@pytest.mark.parametrize("policy", [DropPolicy.DROP_NEWEST, DropPolicy.DROP_OLDEST])
def test_every_item_is_in_exactly_one_bucket_at_every_step(policy: DropPolicy) -> None:
    state, buffer, _ = _instance(batch_size=2, max_queue=4, drop_policy=policy)

    def adds_up() -> None:
        stats = buffer.stats()
        assert stats.enqueued == stats.accounted, stats

    for _ in range(6):  # two more than the queue holds
        with state.span("s"):
            pass
        adds_up()
    first = buffer.take()
    adds_up()
    assert buffer.stats().in_flight == 2
    kept, _ = buffer.wire_items(first)
    buffer.record_outputs(kept, _ok(kept))
    adds_up()
    second = buffer.take()  # in flight when close() gives up
    buffer.drop_remaining()
    adds_up()
    assert buffer.stats().in_flight == 0 and buffer.stats().queued == 0
    kept, _ = buffer.wire_items(second)
    buffer.record_outputs(kept, _ok(kept))  # the abandoned request answers late: counted once only
    adds_up()
    buffer.record_failure(kept, RuntimeError("late failure"))
    adds_up()
    assert buffer.stats().sent == 2


def test_a_failed_registration_is_counted_apart_from_items() -> None:
    _, buffer, _ = _instance()
    buffer.record_registration_failure(RuntimeError("no answer"))
    buffer.record_registration_failure(None)  # the breaker was open: not even tried
    stats = buffer.stats()
    assert (stats.registrations_failed, stats.registrations_skipped, stats.failed, stats.enqueued) == (1, 1, 0, 0)
