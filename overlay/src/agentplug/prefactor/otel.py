"""OpenTelemetry spans recorded in Prefactor (extra `otel`): a `SpanProcessor` for the OTel SDK.

    from opentelemetry.sdk.trace import TracerProvider
    from agentplug.prefactor import Prefactor
    from agentplug.prefactor.otel import PrefactorSpanProcessor

    client = Prefactor()
    provider = TracerProvider()
    provider.add_span_processor(PrefactorSpanProcessor(client, agent_id=agent.id))

Every OTel span becomes a Prefactor span through the client's batching queue (opening and
closing one only queues an item, as `run.span(...)` does): the OTel parent becomes the Prefactor
parent, the span's name its type (`schema_name=` chooses another), its attributes, kind and ids
its payload, its status, events and final attributes its result; an OTel error status finishes
it `failed`. The OTel span gets the attributes `prefactor.instance_id` and `prefactor.span_id`.

Which instance a span belongs to: its OTel parent's; else the one whose
`with client.instance(...)` block runs where the span starts (under the Prefactor span open there,
if any); else, for a root span, an instance of its own for `agent_id` (registered with one direct
call, as `client.instance` does) that finishes when that root span ends, `failed` if it ended
with an error status. Without `agent_id` such spans are not recorded. Instances of their own need
the blocking `Prefactor` client; with `AsyncPrefactor` spans are recorded inside instance blocks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from agentplug.errors import ConfigurationError

from ._tracing import InstanceState, Span, current_instance

try:
    from opentelemetry.context import Context
    from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor
    from opentelemetry.sdk.trace import Span as OTelSpan
    from opentelemetry.trace import StatusCode, format_span_id, format_trace_id
except ModuleNotFoundError as exc:  # pragma: no cover - exercised in a subprocess
    raise ConfigurationError(
        "agentplug.prefactor.otel needs the OpenTelemetry SDK "
        f"({(exc.name or 'opentelemetry').partition('.')[0]} is not installed): pip install 'agentplug[otel]'"
    ) from None

if TYPE_CHECKING:
    from ._async.client import AsyncPrefactor
    from ._sync.client import Prefactor
    from ._sync.instance import InstanceRun

__all__ = ["INSTANCE_ATTRIBUTE", "SPAN_ATTRIBUTE", "PrefactorSpanProcessor"]

INSTANCE_ATTRIBUTE = "prefactor.instance_id"  # set on each recorded OTel span
SPAN_ATTRIBUTE = "prefactor.span_id"


def _name(span: ReadableSpan) -> str:
    return span.name


class PrefactorSpanProcessor(SpanProcessor):
    """Records each OTel span as a Prefactor span (see the module docstring).

    Args:
        client: the `Prefactor` (or `AsyncPrefactor`) client whose queue carries the spans.
        agent_id: the agent root spans outside an instance block run as (an instance each);
            None records only spans inside `client.instance(...)` blocks.
        schema_name: the Prefactor span type of an OTel span (default: its name). With a schema
            version that declares span types, return one of them.
        instance_options: more `client.instance(...)` arguments for instances of root spans
            (`agent_version`, `schema`, `environment_id`, ...).
    """

    def __init__(
        self,
        client: Prefactor | AsyncPrefactor,
        *,
        agent_id: str | None = None,
        schema_name: Callable[[ReadableSpan], str] = _name,
        instance_options: Mapping[str, Any] | None = None,
    ) -> None:
        from ._sync.client import Prefactor

        if agent_id is not None and not isinstance(client, Prefactor):
            raise ConfigurationError(
                "agent_id= (an instance per root span) needs the blocking Prefactor client, which registers "
                "instances itself; with AsyncPrefactor, start spans inside `async with client.instance(...)`"
            )
        self._client = client
        self._agent_id = agent_id
        self._schema_name = schema_name
        self._instance_options = dict(instance_options or {})
        self._lock = threading.Lock()
        self._spans: dict[int, Span] = {}  # OTel span id -> its open Prefactor span
        self._owned: dict[int, InstanceRun] = {}  # root OTel span id -> the instance it opened

    # -------------------------------------------------------------------------- SpanProcessor

    def on_start(self, span: OTelSpan, parent_context: Context | None = None) -> None:
        """Queue the creation of the span's Prefactor span (registering an instance for a root span)."""
        context = span.get_span_context()
        if context is None:
            return
        parent_span = None
        if span.parent is not None:
            with self._lock:
                parent_span = self._spans.get(span.parent.span_id)
        # A child belongs to its parent's instance; a span without a recorded parent to the
        # instance block running here, else to an instance of its own.
        instance = parent_span.instance if parent_span is not None else current_instance()
        if instance is None:
            instance = self._own_instance(context.span_id)
            if instance is None:
                return
        recorded = instance.span(self._schema_name(span), _payload(span), parent=parent_span)
        recorded.open_detached()
        with self._lock:
            self._spans[context.span_id] = recorded
        # Where to find it in Prefactor, for whoever reads the OTel span (logs, other exporters).
        span.set_attribute(INSTANCE_ATTRIBUTE, instance.id)
        span.set_attribute(SPAN_ATTRIBUTE, recorded.id)

    def on_end(self, span: ReadableSpan) -> None:
        """Queue the finish of the span's Prefactor span (and of the instance a root span opened)."""
        context = span.get_span_context()
        if context is None:
            return
        with self._lock:
            recorded = self._spans.pop(context.span_id, None)
            owned = self._owned.pop(context.span_id, None)
        if recorded is not None:
            recorded.result = _result(span)
            if span.status.status_code is StatusCode.ERROR:
                recorded.fail()
            recorded.__exit__(None, None, None)
        if owned is not None:
            failed = span.status.status_code is StatusCode.ERROR
            error = RuntimeError(span.status.description or "the root span ended with an error")
            owned.__exit__(RuntimeError if failed else None, error if failed else None, None)

    def shutdown(self) -> None:
        """Finish the instances still open (their root spans never ended)."""
        with self._lock:
            owned, self._owned = list(self._owned.values()), {}
        for run in owned:
            run.__exit__(None, None, None)

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        """Send what the client's queue holds (the blocking client only; the async one flushes on close)."""
        from ._sync.client import Prefactor

        if isinstance(self._client, Prefactor):
            return self._client.flush(timeout_millis / 1000)
        return True

    # ------------------------------------------------------------------------------ internals

    def _own_instance(self, span_id: int) -> InstanceState | None:
        if self._agent_id is None:
            return None
        from ._sync.client import Prefactor

        assert isinstance(self._client, Prefactor)  # checked in __init__
        run = self._client.instance(self._agent_id, **self._instance_options)
        entered = run.__enter__()
        # `client.instance` makes itself the current instance of this context; an OTel span is no
        # block of code, so undo that: only this root span and its descendants belong to it.
        run.leave_context()
        with self._lock:
            self._owned[span_id] = entered
        return entered.state


_OURS = frozenset({INSTANCE_ATTRIBUTE, SPAN_ATTRIBUTE})


def _attribute(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _payload(span: OTelSpan) -> dict[str, Any]:
    context = span.get_span_context()
    payload: dict[str, Any] = {
        "name": span.name,
        "kind": span.kind.name.lower(),
        "trace_id": format_trace_id(context.trace_id) if context else None,
        "span_id": format_span_id(context.span_id) if context else None,
    }
    if span.attributes:
        payload["attributes"] = {key: _attribute(value) for key, value in span.attributes.items()}
    return payload


def _result(span: ReadableSpan) -> dict[str, Any]:
    result: dict[str, Any] = {"status": span.status.status_code.name.lower()}
    if span.status.description:
        result["description"] = span.status.description
    attributes = {key: _attribute(value) for key, value in (span.attributes or {}).items() if key not in _OURS}
    if attributes:  # including those set after the start (results, token counts...)
        result["attributes"] = attributes
    if span.events:
        result["events"] = [
            {"name": event.name, "attributes": {k: _attribute(v) for k, v in (event.attributes or {}).items()}}
            for event in span.events
        ]
    return result
