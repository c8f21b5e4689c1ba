"""The telemetry queue: bounded, ordered, coalescing; no I/O (the exporter sends what it hands out).

Every operation (instance start / finish, span create / finish, quality record) becomes one
`Item` with its own idempotency key, chosen once: however often its batch is sent again, the
server sees one operation. Items leave in the order they came, so an instance's start precedes
its spans and a parent's creation precedes its children's.

A span finished before its creation was handed out is sent as one finished creation (one item
instead of two). A span whose creation was dropped or rejected is "dead": its finish is dropped
and its children are attached to the nearest living ancestor, so no request ever names a span
the server does not know.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from agentplug.errors import APIConnectionError, ConfigurationError, InternalServerError, RateLimitError

if TYPE_CHECKING:
    from ._tracing import InstanceState, Span

__all__ = [
    "CircuitBreaker",
    "DropPolicy",
    "Item",
    "TelemetryBuffer",
    "TelemetryConfig",
    "TelemetryStats",
    "server_failed",
]

logger = logging.getLogger("agentplug.prefactor")

_INSTANCE_FINISH = "agent_instances/finish"
_ALREADY_FINISHED = frozenset({"invalid_state", "conflict", "instance_finished"})
_LOGGED_REJECTIONS = 20  # then only at debug level
_TIMES = ("started_at", "finished_at", "timestamp")  # epoch seconds while queued, ISO 8601 on the wire


def _wire_times(params: dict[str, Any]) -> None:
    for name in _TIMES:
        value = params.get(name)
        if type(value) is float:
            params[name] = datetime.fromtimestamp(value, UTC).isoformat()


class DropPolicy(enum.StrEnum):
    """What happens to a new item when the queue is full."""

    DROP_NEWEST = "drop_newest"  # the new item is dropped (what is queued goes out first)
    DROP_OLDEST = "drop_oldest"  # the oldest queued item makes room


@dataclass(frozen=True)
class TelemetryConfig:
    """How telemetry is batched and delivered.

    Attributes:
        batch_size: items per bulk request (a full batch is sent at once).
        flush_interval: seconds an item may wait for its batch to fill.
        max_queue: items held at most; beyond, `drop_policy` applies (counted, never blocking).
        drop_policy: which item gives way when the queue is full.
        max_retries: retries of one bulk request (the only retry layer; same body, same keys).
        shutdown_timeout: seconds `close()` waits for the queue to drain.
        strict: raise `TelemetryError` into the caller (at the next span, flush or close) instead
            of only counting and logging failures; a full queue then raises at once.
        register_timeout: the total seconds `client.instance()` may spend registering the
            instance on the caller's path, retries included; past it the block runs with
            telemetry off (strict mode: raises).
        request_timeout: the total seconds one bulk request may take in the exporter, retries
            included (off the caller's path, but it bounds how long close() can wait for it).
        breaker_threshold: consecutive failures (connection errors, timeouts, 5xx) after which
            Prefactor is not called at all for `breaker_cooldown` seconds: registrations are
            skipped at once and queued items wait (or are dropped at close without waiting).
        breaker_cooldown: seconds the breaker stays open before one call is tried again.
    """

    batch_size: int = 500
    flush_interval: float = 1.0
    max_queue: int = 100_000
    drop_policy: DropPolicy = DropPolicy.DROP_NEWEST
    max_retries: int = 6
    shutdown_timeout: float = 10.0
    strict: bool = False
    register_timeout: float = 2.0
    request_timeout: float = 30.0
    breaker_threshold: int = 3
    breaker_cooldown: float = 30.0

    def __post_init__(self) -> None:
        problems = [
            ("batch_size must be between 1 and 1000", 1 <= self.batch_size <= 1000),
            ("flush_interval must be > 0", self.flush_interval > 0),
            ("max_queue must be >= batch_size", self.max_queue >= self.batch_size),
            ("max_retries must be >= 0", self.max_retries >= 0),
            ("shutdown_timeout must be >= 0", self.shutdown_timeout >= 0),
            ("register_timeout must be > 0", self.register_timeout > 0),
            ("request_timeout must be > 0", self.request_timeout > 0),
            ("breaker_threshold must be >= 1", self.breaker_threshold >= 1),
            ("breaker_cooldown must be >= 0", self.breaker_cooldown >= 0),
        ]
        for problem, ok in problems:
            if not ok:
                raise ConfigurationError(f"Invalid TelemetryConfig: {problem}")
        object.__setattr__(self, "drop_policy", DropPolicy(self.drop_policy))


@dataclass(frozen=True)
class TelemetryStats:
    """Counters since the client was created; every accepted item is in exactly one bucket:

        enqueued == sent + rejected + dropped_queue_full + dropped_dependency + dropped_shutdown
                    + failed + queued + in_flight

    enqueued: items offered to the queue; sent: items the server confirmed; rejected: items the
    server refused (logged); dropped_queue_full / dropped_dependency / dropped_shutdown: items
    never sent because the queue was full, their span or instance was dead, or close() timed out
    (queued or in flight); failed: items lost with a request that failed after its retries;
    queued: items waiting now; in_flight: items in the bulk request under way now. Outside that
    sum: requests (bulk requests made, retries not counted),
    registrations_failed / registrations_skipped (instances whose registration failed, or was
    not tried because the circuit breaker was open: their telemetry is off).
    """

    enqueued: int = 0
    sent: int = 0
    rejected: int = 0
    dropped_queue_full: int = 0
    dropped_dependency: int = 0
    dropped_shutdown: int = 0
    failed: int = 0
    requests: int = 0
    queued: int = 0
    in_flight: int = 0
    registrations_failed: int = 0
    registrations_skipped: int = 0

    @property
    def accounted(self) -> int:
        """The sum of the buckets an accepted item ends in (equals `enqueued` at every instant)."""
        return (
            self.sent
            + self.rejected
            + self.dropped_queue_full
            + self.dropped_dependency
            + self.dropped_shutdown
            + self.failed
            + self.queued
            + self.in_flight
        )

    @property
    def lost(self) -> int:
        """Every item that will never reach the server."""
        return self.rejected + self.dropped_queue_full + self.dropped_dependency + self.dropped_shutdown + self.failed


@dataclass(eq=False, slots=True)
class Item:
    """One queued operation: a bulk item `_type`, its key and parameters."""

    kind: str
    key: str
    params: dict[str, Any]
    instance: InstanceState
    span: Span | None = None
    taken: bool = False
    abandoned: bool = False  # counted as dropped at close while in flight: its outcome is ignored

    def creates_span(self) -> bool:
        """Whether this operation creates a span."""

        return self.kind == "agent_spans/create"


class TelemetryBuffer:
    """The queue and its counters, safe to use from any thread."""

    def __init__(self, config: TelemetryConfig, wake: Callable[[], None]) -> None:
        self.config = config
        self._wake = wake
        self._lock = threading.Lock()
        self._items: deque[Item] = deque()
        self._counts = dict.fromkeys((f.name for f in fields(TelemetryStats) if f.name != "queued"), 0)
        self._in_flight: list[Item] = []
        self.breaker = CircuitBreaker(config.breaker_threshold, config.breaker_cooldown)
        self._failure: str | None = None  # strict mode: the first failure not yet raised

    # -- the caller's side ----------------------------------------------------------------

    def put(self, item: Item) -> bool:
        """Queue an item; False when the queue was full and the item was dropped."""
        with self._lock:
            if len(self._items) >= self.config.max_queue:
                if self.config.drop_policy is DropPolicy.DROP_NEWEST or not self._items:
                    self._counts["enqueued"] += 1  # counted, then dropped: it has its bucket
                    self._drop_full(item)
                    return False
                self._drop_full(self._items.popleft())
            self._items.append(item)
            self._counts["enqueued"] += 1
            full = len(self._items) >= self.config.batch_size
        if full:
            self._wake()
        return True

    def _drop_full(self, item: Item) -> None:
        self._counts["dropped_queue_full"] += 1
        if item.span is not None and item.creates_span():
            item.span.mark_dead()
        if self.config.strict and self._failure is None:
            self._failure = f"telemetry queue full ({self.config.max_queue} items): {item.kind} dropped"

    def finish_span(self, span: Span, params: dict[str, Any], make_item: Callable[[], Item]) -> None:
        """Record a span's end: folded into its creation when that is still queued, else a new item."""
        with self._lock:
            create = span.create_item
            if create is not None and not create.taken:
                create.params["status"] = params["status"]
                create.params["finished_at"] = params["timestamp"]
                if "result_payload" in params:
                    create.params["result_payload"] = params["result_payload"]
                return
        self.put(make_item())

    def take_failure(self) -> str | None:
        """The failure strict mode must raise (once), or None."""
        with self._lock:
            failure, self._failure = self._failure, None
            return failure

    def stats(self) -> TelemetryStats:
        with self._lock:
            return TelemetryStats(**{**self._counts, "in_flight": len(self._in_flight)}, queued=len(self._items))

    # -- the exporter's side ----------------------------------------------------------------

    def pending(self) -> int:
        with self._lock:
            return len(self._items)

    def take(self) -> list[Item]:
        """Up to `batch_size` items, oldest first; from now on they are immutable."""
        with self._lock:
            count = min(len(self._items), self.config.batch_size)
            batch = [self._items.popleft() for _ in range(count)]
            for item in batch:
                item.taken = True
            self._in_flight = batch
            return batch

    def _settle(self, items: list[Item]) -> list[Item]:
        """Items leaving the in-flight bucket (under the lock); abandoned ones were counted already."""
        settled = {id(item) for item in items}
        self._in_flight = [item for item in self._in_flight if id(item) not in settled]
        return [item for item in items if not item.abandoned]

    def wire_items(self, batch: list[Item]) -> tuple[list[Item], list[dict[str, Any]]]:
        """The items still worth sending and their bulk JSON (dead spans and instances left out)."""
        kept: list[Item] = []
        skipped: list[Item] = []
        body: list[dict[str, Any]] = []
        for item in batch:
            if item.instance.dead or (item.span is not None and not item.creates_span() and item.span.dead):
                skipped.append(item)
                continue
            if item.span is not None and item.creates_span():
                parent = item.span.live_parent_id()
                if parent != item.params.get("parent_span_id"):
                    item.params["parent_span_id"] = parent
            _wire_times(item.params)
            kept.append(item)
            body.append({"_type": item.kind, "idempotency_key": item.key, **item.params})
        if skipped:
            with self._lock:
                self._counts["dropped_dependency"] += len(self._settle(skipped))
        return kept, body

    def requeue(self, items: list[Item]) -> None:
        """Put items the server did not reach back at the head, in their order."""
        with self._lock:
            self._items.extendleft(reversed(self._settle(items)))

    def count_request(self) -> None:
        with self._lock:
            self._counts["requests"] += 1

    def record_outputs(self, items: list[Item], outputs: Mapping[str, Any]) -> list[Item]:
        """Apply a bulk answer; returns the items the server did not process (to send again)."""
        sent = rejected = 0
        unprocessed: list[Item] = []
        with self._lock:
            live = set(map(id, self._settle([item for item in items if not item.abandoned])))
        items = [item for item in items if id(item) in live]
        for index, item in enumerate(items):
            output = outputs.get(item.key)
            if not isinstance(output, dict):
                unprocessed = items[index:]
                break
            if output.get("status") == "success":
                sent += 1
                self._check_control(item, output)
            elif item.kind == _INSTANCE_FINISH and output.get("code") in _ALREADY_FINISHED:
                sent += 1  # finished or terminated by the platform already: nothing left to do
            else:
                rejected += 1
                self._reject(item, output, rejected)
        with self._lock:
            self._counts["sent"] += sent
            self._counts["rejected"] += rejected
            if rejected and self.config.strict and self._failure is None:
                self._failure = f"the server rejected {rejected} telemetry item(s)"
        return unprocessed

    def record_failure(self, items: list[Item], error: BaseException) -> None:
        """A whole bulk request failed after its retries: its items are lost (counted, logged)."""
        logger.warning("prefactor telemetry: a bulk request of %d items failed: %s", len(items), error)
        with self._lock:
            items = self._settle(items)
            self._counts["failed"] += len(items)
            if self.config.strict and self._failure is None:
                self._failure = f"a bulk request of {len(items)} telemetry items failed: {error}"
        for item in items:
            if item.span is not None and item.creates_span():
                item.span.mark_dead()

    def record_registration_failure(self, error: BaseException | None) -> None:
        """An instance could not be registered (None: not tried, the breaker is open); its telemetry is off."""
        with self._lock:
            self._counts["registrations_failed" if error is not None else "registrations_skipped"] += 1
            first_skip = error is None and self._counts["registrations_skipped"] == 1
        if error is not None:
            logger.warning("prefactor telemetry: registering an agent instance failed, its telemetry is off: %s", error)
        elif first_skip:
            logger.warning("prefactor telemetry: the server keeps failing; instances run without telemetry for now")

    def drop_remaining(self) -> int:
        """Close timed out: what is still queued or in flight is dropped (counted once)."""
        with self._lock:
            for item in self._in_flight:
                item.abandoned = True
            left = len(self._items) + len(self._in_flight)
            self._items.clear()
            self._in_flight = []
            self._counts["dropped_shutdown"] += left
        if left:
            logger.warning("prefactor telemetry: %d queued items dropped at close", left)
        return left

    def _check_control(self, item: Item, output: Mapping[str, Any]) -> None:
        control = output.get("control")
        if isinstance(control, dict) and control.get("terminate") is True:
            reason = control.get("reason")
            item.instance.signal_terminated(reason if isinstance(reason, str) else None)

    def _reject(self, item: Item, output: Mapping[str, Any], rejected: int) -> None:
        if item.span is not None and item.creates_span():
            item.span.mark_dead()
        if item.kind == "agent_instances/start":
            item.instance.mark_dead()  # its spans could never be accepted
        level = logging.WARNING if self._counts["rejected"] + rejected <= _LOGGED_REJECTIONS else logging.DEBUG
        logger.log(
            level,
            "prefactor telemetry: %s rejected [%s]: %s %s",
            item.kind,
            output.get("code"),
            output.get("message"),
            output.get("errors") or "",
        )


def server_failed(error: BaseException) -> bool:
    """Whether a failed call says the server is unhealthy (no answer, timeout, 429, 5xx), not the request wrong."""
    return isinstance(error, (APIConnectionError, RateLimitError, InternalServerError))


class CircuitBreaker:
    """Stops calling a server that keeps failing: open after `threshold` consecutive failures,
    one trial call allowed after `cooldown` seconds (closed again by a success).

    Telemetry must never slow down the program it observes: with the breaker open, registering an
    instance costs nothing and close() does not wait for a server that is not answering.
    """

    def __init__(self, threshold: int, cooldown: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._threshold = threshold
        self._cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None

    @property
    def open(self) -> bool:
        """Whether calls are being refused now."""
        with self._lock:
            return self._opened_at is not None and self._clock() - self._opened_at < self._cooldown

    def allow(self) -> bool:
        """Whether a call may be made now (after the cooldown, one trial at a time)."""
        with self._lock:
            if self._opened_at is None:
                return True
            if self._clock() - self._opened_at < self._cooldown:
                return False
            self._opened_at = self._clock()  # the trial call: others wait for its outcome
            return True

    def success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None

    def failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._failures >= self._threshold:
                self._opened_at = self._clock()
