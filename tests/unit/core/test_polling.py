"""The polling engine: schedule, deadline, Retry-After, progress, cancellation (fake clock, fake sleep)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable

import anyio
import pytest
from agentplug._core._async._polling import async_wait_until
from agentplug._core._polling import PollSchedule
from agentplug._core._sync._polling import wait_until
from agentplug.errors import ConfigurationError, WaitTimeoutError


class FakeTime:
    """A monotonic clock that only moves when something sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def states(*values: str) -> Callable[[], str]:
    """A fetch returning `values` in turn, then the last one forever."""
    queue = list(values)
    return lambda: queue.pop(0) if len(queue) > 1 else queue[0]


@pytest.mark.parametrize("rand", [0.0, 0.5, 0.999])
def test_backoff_grows_from_initial_to_the_cap_with_jitter_below(rand: float) -> None:
    schedule = PollSchedule(initial=0.1, factor=2, max_interval=1.0, jitter=0.2, rand=lambda: rand)
    delays = [schedule.next_delay() for _ in range(8)]
    bases = [0.1, 0.2, 0.4, 0.8, 1.0, 1.0, 1.0, 1.0]
    for delay, base in zip(delays, bases, strict=True):
        assert delay is not None
        assert 0.8 * base - 1e-9 <= delay <= base + 1e-9


def test_default_backoff_starts_at_a_tenth_of_a_second_and_caps_at_five() -> None:
    schedule = PollSchedule(rand=lambda: 0.0)
    delays = [schedule.next_delay() or 0.0 for _ in range(30)]
    assert delays[0] == pytest.approx(0.1)
    assert delays[-1] == pytest.approx(5.0)
    assert all(a <= b for a, b in itertools.pairwise(delays))


def test_a_fixed_poll_interval_has_no_backoff_and_no_jitter() -> None:
    time = FakeTime()
    fetch = states("pending", "pending", "running", "running", "done")
    assert wait_until(fetch, lambda s: s == "done", poll_interval=2.0, clock=time.clock, sleep=time.sleep) == "done"
    assert time.sleeps == [2.0, 2.0, 2.0, 2.0]


def test_the_deadline_raises_wait_timeout_error_with_the_last_state() -> None:
    time = FakeTime()
    seen: list[str] = []

    def fetch() -> str:
        seen.append(f"pending-{len(seen)}")
        return seen[-1]

    with pytest.raises(WaitTimeoutError) as caught:
        wait_until(fetch, lambda s: False, timeout=3.0, poll_interval=1.0, clock=time.clock, sleep=time.sleep)
    assert caught.value.timeout == 3.0
    assert caught.value.last == seen[-1] == "pending-3"  # polled at 0, 1, 2 and 3 s
    assert time.now - 1000.0 == pytest.approx(3.0)


def test_the_last_sleep_is_cut_to_the_time_left() -> None:
    time = FakeTime()
    with pytest.raises(WaitTimeoutError):
        wait_until(lambda: "x", lambda s: False, timeout=2.5, poll_interval=1.0, clock=time.clock, sleep=time.sleep)
    assert time.sleeps == pytest.approx([1.0, 1.0, 0.5])


def test_a_zero_timeout_polls_once() -> None:
    time = FakeTime()
    with pytest.raises(WaitTimeoutError, match="run r1 did not finish within 0 s"):
        wait_until(lambda: "x", lambda s: False, timeout=0, describe="run r1", clock=time.clock, sleep=time.sleep)
    assert time.sleeps == []


def test_retry_after_lengthens_the_delay_but_never_shortens_it() -> None:
    time = FakeTime()
    hints = {"busy": 3.0, "hint-short": 0.01}
    fetch = states("busy", "hint-short", "done")
    wait_until(
        fetch,
        lambda s: s == "done",
        poll_interval=1.0,
        retry_after=hints.get,
        clock=time.clock,
        sleep=time.sleep,
    )
    assert time.sleeps == [3.0, 1.0]


def test_retry_after_is_still_capped_by_the_deadline() -> None:
    schedule = PollSchedule(timeout=2.0, clock=FakeTime().clock)
    assert schedule.next_delay(retry_after=60.0) == pytest.approx(2.0)


def test_progress_is_reported_for_every_observation_including_the_last() -> None:
    time = FakeTime()
    progress: list[str] = []
    fetch = states("queued", "running", "done")
    result = wait_until(fetch, lambda s: s == "done", on_progress=progress.append, clock=time.clock, sleep=time.sleep)
    assert result == "done"
    assert progress == ["queued", "running", "done"]


def test_without_a_timeout_it_waits_until_done() -> None:
    time = FakeTime()
    fetch = states(*["pending"] * 200, "done")
    assert wait_until(fetch, lambda s: s == "done", clock=time.clock, sleep=time.sleep) == "done"
    assert len(time.sleeps) == 200
    assert max(time.sleeps) <= 5.0


def test_keyboard_interrupt_from_sleep_propagates_at_once() -> None:
    calls: list[int] = []

    def fetch() -> str:
        calls.append(1)
        return "pending"

    def interrupted_sleep(seconds: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        wait_until(fetch, lambda s: False, timeout=60, sleep=interrupted_sleep)
    assert len(calls) == 1


def test_invalid_arguments_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        PollSchedule(timeout=-1)
    with pytest.raises(ConfigurationError):
        PollSchedule(poll_interval=0)


@pytest.mark.anyio
async def test_async_wait_until_with_fake_time() -> None:
    time = FakeTime()
    progress: list[str] = []
    fetch = states("queued", "running", "done")

    async def afetch() -> str:
        return fetch()

    result = await async_wait_until(
        afetch,
        lambda s: s == "done",
        poll_interval=0.5,
        on_progress=progress.append,
        clock=time.clock,
        sleep=time.asleep,
    )
    assert result == "done"
    assert progress == ["queued", "running", "done"]
    assert time.sleeps == [0.5, 0.5]


@pytest.mark.anyio
async def test_async_timeout_carries_the_last_state() -> None:
    time = FakeTime()

    async def afetch() -> str:
        return "pending"

    with pytest.raises(WaitTimeoutError) as caught:
        await async_wait_until(afetch, lambda s: False, timeout=1.0, clock=time.clock, sleep=time.asleep)
    assert caught.value.last == "pending"


@pytest.mark.anyio
async def test_cancelling_the_task_stops_polling_for_good() -> None:
    calls: list[float] = []

    async def afetch() -> str:
        calls.append(anyio.current_time())
        return "pending"

    tasks_before = asyncio.all_tasks()
    task = asyncio.create_task(async_wait_until(afetch, lambda s: False, poll_interval=0.01))
    while len(calls) < 3:
        await asyncio.sleep(0.005)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    polled = len(calls)
    await asyncio.sleep(0.1)  # ten poll intervals: nothing may still be polling in the background
    assert len(calls) == polled
    assert asyncio.all_tasks() == tasks_before  # the engine started no task of its own


@pytest.mark.anyio
async def test_a_cancel_scope_deadline_cancels_the_wait() -> None:
    calls: list[int] = []

    async def afetch() -> str:
        calls.append(1)
        return "pending"

    with anyio.move_on_after(0.05) as scope:
        await async_wait_until(afetch, lambda s: False, poll_interval=0.01)
    assert scope.cancelled_caught
    polled = len(calls)
    await anyio.sleep(0.05)
    assert len(calls) == polled
