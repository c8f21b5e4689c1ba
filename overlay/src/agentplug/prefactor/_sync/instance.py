# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""`client.instance(...)`: register and start on entry, finish on exit as the block ended."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from contextvars import Token
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

from agentplug._core._options import use_options
from agentplug.errors import AgentplugError, APIStatusError, ConfigurationError

from .._errors import InstanceTerminatedError, TelemetryError
from .._models import AgentInstance
from .._telemetry import server_failed
from .._tracing import InstanceState, Span, enter_instance, leave_instance
from .._wire import now_iso
from .agent_instances import AgentInstances
from .exporter import Exporter
from .span_feed import SpanFeed, SpanReads

__all__ = ["InstanceRun"]

logger = logging.getLogger("agentplug.prefactor")

P = ParamSpec("P")
R = TypeVar("R")

_CANCELLED = (asyncio.CancelledError, KeyboardInterrupt, GeneratorExit, InstanceTerminatedError)


def _is_callers_mistake(error: AgentplugError) -> bool:
    """A refusal that trying again later cannot fix: the arguments or the credentials are wrong."""
    if isinstance(error, ConfigurationError):
        return True
    return isinstance(error, APIStatusError) and 400 <= error.status_code < 500 and error.status_code not in (408, 429)


class InstanceRun:
    """One run of an agent: spans opened inside the block belong to it.

    On entry the instance is registered (one direct call, within
    `TelemetryConfig.register_timeout` in total; skipped at once while the circuit breaker is
    open) and its start is queued ahead of its spans. On exit its finish is queued: `complete`
    when the block ends normally, `cancelled` on cancellation, KeyboardInterrupt or termination
    by the platform, `failed` on any other exception. A registration the platform refuses for the
    caller's arguments (an unknown agent, a refused token: a 4xx other than 408 and 429) raises at
    entry, whatever the mode: recording nothing without a word hides a mistake. Outside strict
    mode a registration that gets no answer (unreachable, timeout, 5xx, 429) is logged and
    counted, and the block runs with telemetry switched off.
    """

    def __init__(
        self,
        instances: AgentInstances,
        spans: SpanReads,
        exporter: Exporter,
        state: InstanceState,
        register: dict[str, Any],
        *,
        strict: bool,
    ) -> None:
        self._instances = instances
        self._spans = spans
        self._exporter = exporter
        self.state = state
        self._register = register
        self._strict = strict
        self._token: Token[InstanceState | None] | None = None
        self.instance: AgentInstance | None = None

    @property
    def id(self) -> str:
        """The instance id ("" when registration failed)."""
        return self.state.id

    @property
    def terminated(self) -> bool:
        """Whether the platform has terminated this instance (asked it to stop)."""

        return self.state.terminated

    @property
    def termination_reason(self) -> str | None:
        """The reason the platform gave for stopping the instance (None when none, or not terminated)."""

        return self.state.termination_reason

    def span(self, schema_name: str, payload: Mapping[str, Any] | None = None, *, parent: Span | None = None) -> Span:
        """A span of this instance: `with run.span("tool_call", {...}) as span:` (or `async with`)."""
        return self.state.span(schema_name, payload, parent=parent)

    def trace(self, schema_name: str | None = None, **options: Any) -> Callable[[Callable[P, R]], Callable[P, R]]:
        """Decorator: each call of the function is a span of this instance."""
        return self.state.trace(schema_name, **options)

    def record_quality(self, name: str, payload: Mapping[str, Any] | None) -> None:
        """Queue a quality record for this instance (None removes the entry)."""
        self.state.record_quality(name, payload)

    def check(self) -> None:
        """Raise InstanceTerminatedError if the platform asked this instance to stop."""
        self.state.check()

    def spans(self, *, page_size: int | None = None) -> SpanFeed:
        """A live view of this run's spans as the platform has them (`poll()`, `follow()`).

        Spans are sent in batches, so a span shows up once its batch went out (`client.flush()`).
        """
        return self._spans.feed(self.state.id, page_size=page_size)

    def refresh(self) -> InstanceRun:
        """Fetch the instance (span counts included) into `instance`; answers this handle, updated.

        Notices a termination without waiting for a span (`terminated`, `termination_reason`).
        """
        instance = self._instances.get(self.state.id)
        self.instance = instance
        if str(instance.status) == "terminated":
            self.state.signal_terminated(
                instance.termination_reason if isinstance(instance.termination_reason, str) else None
            )
        return self

    def leave_context(self) -> None:
        """Stop being the current instance of this context, the run staying open: for spans that
        are no block of code (OpenTelemetry's), which name their instance instead of inheriting it."""
        token, self._token = self._token, None
        if token is not None:
            leave_instance(token)

    def __enter__(self) -> InstanceRun:
        self._exporter.ensure_started()
        buffer = self.state.buffer
        if not buffer.breaker.allow():  # the server keeps failing: do not make the caller wait for it
            if self._strict:
                raise TelemetryError("prefactor is not answering: instance not registered", stats=buffer.stats())
            buffer.record_registration_failure(None)
            self.state.mark_dead()
            self._token = enter_instance(self.state)
            return self
        try:
            # A short total budget: the caller's code is what matters, not its telemetry.
            with use_options(deadline=buffer.config.register_timeout):
                self.instance = self._instances.register(**self._register)
        except AgentplugError as exc:
            if server_failed(exc):
                buffer.breaker.failure()
            else:
                buffer.breaker.success()
            if self._strict or _is_callers_mistake(exc):
                raise
            buffer.record_registration_failure(exc)
            self.state.mark_dead()
        else:
            buffer.breaker.success()
            self.state.id = self.instance.id
            self.state.enqueue("agent_instances/start", {"agent_instance_id": self.state.id, "timestamp": now_iso()})
        self._token = enter_instance(self.state)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._token is not None:
            leave_instance(self._token)
        if exc_type is None:
            status = "complete"
        elif issubclass(exc_type, _CANCELLED):
            status = "cancelled"
        else:
            status = "failed"
        params = {"agent_instance_id": self.state.id, "status": status, "timestamp": now_iso()}
        self.state.enqueue("agent_instances/finish", params)
        if exc_type is None and self._strict:
            failure = self.state.buffer.take_failure()
            if failure is not None:
                raise TelemetryError(failure, stats=self.state.buffer.stats())

    def __repr__(self) -> str:
        return f"<InstanceRun {self.state.id or '(unregistered)'}>"
