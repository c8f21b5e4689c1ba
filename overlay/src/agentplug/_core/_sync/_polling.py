# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The wait loop behind every `wait_for_completion`: fetch, let the `Poller` judge, sleep, again.

It starts no thread and no task: a KeyboardInterrupt or a task cancellation raised while fetching
or sleeping propagates at once and leaves nothing running.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from .._concurrency import sleep
from .._polling import Clock, Poller, PollSchedule, check_deadline

__all__ = ["pause", "wait_until"]

S = TypeVar("S")


def wait_until(
    fetch: Callable[[], S],
    done: Callable[[S], bool],
    *,
    timeout: float | None = None,
    poll_interval: float | None = None,
    on_progress: Callable[[S], None] | None = None,
    retry_after: Callable[[S], float | None] | None = None,
    describe: str = "the operation",
    max_interval: float = 5.0,
    clock: Clock = time.monotonic,
    sleep: Callable[[float], None] = sleep,
) -> S:
    """Fetch the state until `done(state)`, sleeping between fetches; return the final state.

    Raises WaitTimeoutError (with the last state) when `timeout` seconds pass first; whatever
    `fetch` raises propagates unchanged.
    """
    schedule = PollSchedule(timeout=timeout, poll_interval=poll_interval, max_interval=max_interval, clock=clock)
    poller = Poller(done, schedule, on_progress=on_progress, retry_after=retry_after, describe=describe)
    while True:
        state = fetch()
        delay = poller.observe(state)
        if delay is None:
            return state
        check_deadline(delay, describe)
        sleep(delay)


def pause(seconds: float) -> None:
    """Sleep between polls (never blocking an event loop in async code)."""
    sleep(seconds)
