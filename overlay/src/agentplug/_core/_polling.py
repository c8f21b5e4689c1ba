"""The one polling engine behind every `wait_for_completion`.

`PollSchedule` decides, without doing any I/O, how long to sleep before the next poll: an
exponential backoff from `initial` up to `max_interval` with jitter (or the caller's fixed
`poll_interval`), never shorter than a server's Retry-After hint and never past the deadline.
`async_wait_until` (`_async/_polling.py`) and its generated twin `wait_until` are the thin shells
that fetch, report and sleep.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from agentplug.errors import ConfigurationError, DeadlineExceededError, WaitTimeoutError

from ._arguments import check_seconds
from ._options import current_options

__all__ = ["Clock", "PollSchedule", "Poller", "check_deadline"]

S = TypeVar("S")

Clock = Callable[[], float]


class PollSchedule:
    """The delays between polls, and the deadline.

    Args:
        timeout: seconds from construction until the deadline; None waits forever.
        poll_interval: a fixed delay chosen by the user (no backoff, no jitter); None backs off.
        initial: the first backoff delay.
        factor: how much each backoff delay grows.
        max_interval: the cap of the backoff delay.
        jitter: the fraction of each backoff delay that is randomised away (0.2: 80 % to 100 %),
            so that many waiters started together do not poll in lockstep.
        clock: a monotonic clock in seconds (injectable for tests).
        rand: a source of floats in [0, 1) (injectable for tests).
    """

    def __init__(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        initial: float = 0.1,
        factor: float = 1.5,
        max_interval: float = 5.0,
        jitter: float = 0.2,
        clock: Clock = time.monotonic,
        rand: Callable[[], float] = random.random,
    ) -> None:
        check_seconds(timeout, "timeout")
        check_seconds(poll_interval, "poll_interval", positive=True)
        if initial <= 0 or factor < 1 or max_interval < initial or not 0 <= jitter <= 1:
            raise ConfigurationError(
                "the polling backoff needs 0 < initial <= max_interval, factor >= 1, 0 <= jitter <= 1"
            )
        self.timeout = timeout
        self._fixed = poll_interval
        self._next_backoff = initial
        self._factor = factor
        self._max = max_interval
        self._jitter = jitter
        self._clock = clock
        self._rand = rand
        self._deadline = None if timeout is None else clock() + timeout

    def remaining(self) -> float | None:
        """Seconds left before the deadline (<= 0 once passed); None without a deadline."""
        return None if self._deadline is None else self._deadline - self._clock()

    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def next_delay(self, retry_after: float | None = None) -> float | None:
        """The sleep before the next poll, or None when the deadline has passed.

        A `retry_after` hint (seconds, from the server) makes the delay at least that long; the
        delay is always cut to the time left, so that one last poll happens at the deadline.
        """
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            return None
        if self._fixed is not None:
            delay = self._fixed
        else:
            delay = self._next_backoff * (1 - self._jitter * self._rand())
            self._next_backoff = min(self._next_backoff * self._factor, self._max)
        if retry_after is not None and retry_after > delay:
            delay = retry_after
        return delay if remaining is None else min(delay, remaining)


class Poller(Generic[S]):
    """Sans-I/O wait loop: judges each fetched state and says how long to sleep before the next.

    Args:
        done: whether a state is final.
        schedule: the delays and the deadline.
        on_progress: called with every state fetched (the final one included).
        retry_after: reads a Retry-After hint (seconds) from a state, when states carry one.
        describe: what is awaited, for the timeout message (e.g. "execution exe_123").
    """

    def __init__(
        self,
        done: Callable[[S], bool],
        schedule: PollSchedule,
        *,
        on_progress: Callable[[S], None] | None = None,
        retry_after: Callable[[S], float | None] | None = None,
        describe: str = "the operation",
    ) -> None:
        self._done = done
        self._schedule = schedule
        self._on_progress = on_progress
        self._retry_after = retry_after
        self._describe = describe

    def observe(self, state: S) -> float | None:
        """None when `state` is final, else the delay before the next fetch.

        Raises WaitTimeoutError, carrying `state`, once the deadline has passed.
        """
        if self._on_progress is not None:
            self._on_progress(state)
        if self._done(state):
            return None
        hint = self._retry_after(state) if self._retry_after is not None else None
        delay = self._schedule.next_delay(hint)
        if delay is None:
            timeout = self._schedule.timeout or 0.0
            raise WaitTimeoutError(f"{self._describe} did not finish within {timeout:g} s", timeout=timeout, last=state)
        return delay


def check_deadline(delay: float, describe: str) -> None:
    """Stop now when the sleep would pass the `use_options(deadline=...)` in force: no poll could follow."""
    options = current_options()
    left = options.remaining()
    if left is not None and left <= delay:
        budget = options.deadline or 0.0
        raise DeadlineExceededError(
            f"{describe} did not finish within the call's deadline of {budget:g} s", deadline=budget
        )
