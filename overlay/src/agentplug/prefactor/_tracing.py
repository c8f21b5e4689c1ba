"""Spans and their context: nesting follows the code, across threads and asyncio tasks.

The open span is a context variable, so a span opened inside another becomes its child in the
same thread or task, a task started inside a span inherits it, and spans of other threads or
sibling tasks never become each other's parents. Opening and closing a span only queues an
item (no I/O): the cost on the caller's thread is a few microseconds.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar, Token
from types import TracebackType
from typing import Any, ParamSpec, TypeVar, cast

from ._errors import InstanceTerminatedError, TelemetryError
from ._telemetry import Item, TelemetryBuffer
from ._wire import new_key

__all__ = ["InstanceState", "Span", "current_instance", "current_span", "jsonable", "trace"]

logger = logging.getLogger("agentplug.prefactor")

P = ParamSpec("P")
R = TypeVar("R")

_current_span: ContextVar[Span | None] = ContextVar("agentplug_prefactor_span", default=None)
_current_instance: ContextVar[InstanceState | None] = ContextVar("agentplug_prefactor_instance", default=None)
_CANCELLED = (asyncio.CancelledError, KeyboardInterrupt, GeneratorExit)
_MAX_TEXT = 2000
_MAX_DEPTH = 20


def current_span() -> Span | None:
    """The span open in this thread or task, if any."""
    return _current_span.get()


def current_instance() -> InstanceState | None:
    """The instance whose `with client.instance(...)` block is running here, if any."""
    return _current_instance.get()


_SCALARS = frozenset({int, float, bool, type(None)})


def jsonable(value: Any, depth: int = 0) -> Any:
    """`value` as JSON-ready data: containers copied, anything else shown by its (bounded) repr."""
    kind = type(value)  # exact types first: this runs on the caller's thread for every span
    if kind is str:
        return value if len(value) <= _MAX_TEXT else value[:_MAX_TEXT] + "…"
    if kind in _SCALARS:
        return value
    if depth < _MAX_DEPTH:
        if kind is dict:
            return {key if type(key) is str else str(key): jsonable(item, depth + 1) for key, item in value.items()}
        if kind is list or kind is tuple:
            return [jsonable(item, depth + 1) for item in value]
        return _jsonable_other(value, depth)
    text = repr(value)
    return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + "…"


def _jsonable_other(value: Any, depth: int) -> Any:
    """Subclasses, other mappings and sequences, models with `to_dict`, and the rest (by repr)."""
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return jsonable(str(value), depth)
    if isinstance(value, Mapping):
        return {str(key): jsonable(item, depth + 1) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(item, depth + 1) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        try:
            return jsonable(to_dict(), depth + 1)
        except Exception:  # a foreign to_dict: fall back to the repr
            pass
    text = repr(value)
    return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + "…"


def _object(value: Any, name: str) -> dict[str, Any]:
    data = jsonable(value)
    return data if isinstance(data, dict) else {name: data}


class InstanceState:
    """What spans need of their instance: its id, the queue, termination and failure state."""

    def __init__(
        self,
        buffer: TelemetryBuffer,
        *,
        on_terminate: Callable[[str | None], None] | None = None,
        raise_on_terminate: bool = True,
    ) -> None:
        self.id = ""
        self.buffer = buffer
        self._dead = False  # registration failed, or its start was refused: its telemetry goes nowhere
        self.terminated = False
        self.termination_reason: str | None = None
        self._on_terminate = on_terminate
        self._raise_on_terminate = raise_on_terminate
        self._signal_lock = threading.Lock()

    @property
    def dead(self) -> bool:
        """Whether this instance's telemetry goes nowhere (registration failed, or its start was refused)."""
        return self._dead

    def mark_dead(self) -> None:
        """The server will never know this instance: what is queued for it is dropped, nothing more is queued."""
        self._dead = True

    def signal_terminated(self, reason: str | None) -> None:
        """The platform asked the instance to stop: remember it and call the callback once."""
        with self._signal_lock:
            if self.terminated:
                return
            self.terminated, self.termination_reason = True, reason
        if self._on_terminate is not None:
            try:
                self._on_terminate(reason)
            except Exception:
                logger.exception("prefactor: the on_terminate callback failed")

    def check(self) -> None:
        """Raise what the caller must see now: termination, or (strict mode) a telemetry failure."""
        if self.terminated and self._raise_on_terminate:
            raise InstanceTerminatedError(self.termination_reason, instance_id=self.id)
        failure = self.buffer.take_failure()
        if failure is not None:
            raise TelemetryError(failure, stats=self.buffer.stats())

    def enqueue(self, kind: str, params: dict[str, Any], span: Span | None = None) -> Item | None:
        """Queue one telemetry operation (`kind`, e.g. `agent_spans/create`) with a fresh idempotency key.

        Answers the queued item, or None when it was dropped (a full queue, or a dead instance).
        """

        if self._dead:
            return None
        item = Item(kind, new_key(), params, self, span)
        return item if self.buffer.put(item) else None

    def span(self, schema_name: str, payload: Mapping[str, Any] | None = None, *, parent: Span | None = None) -> Span:
        """A span of type `schema_name`, opened by `with` (or `async with`)."""
        return Span(self, schema_name, payload, parent)

    def record_quality(self, name: str, payload: Mapping[str, Any] | None) -> None:
        """Queue a quality record (None removes the entry for `name`)."""
        self.check()
        data = None if payload is None else _object(payload, "value")
        self.enqueue("agent_instances/record_quality", {"agent_instance_id": self.id, "name": name, "payload": data})

    def trace(self, schema_name: str | None = None, **options: Any) -> Callable[[Callable[P, R]], Callable[P, R]]:
        """Decorator: each call of the function is a span of this instance (see `trace`)."""
        return trace(schema_name, instance=self, **options)


class Span:
    """One span: `with inst.span("tool_call", {"tool": "search"}) as span: ...; span.result = {...}`.

    Leaving the block finishes it: `complete`, or `failed` when an exception escapes (its type
    and message become the result unless one was set), `cancelled` on task cancellation or
    KeyboardInterrupt. `fail()` / `cancel()` choose the status explicitly.
    """

    __slots__ = (
        "_dead",
        "_instance",
        "_status",
        "_token",
        "closed",
        "create_item",
        "id",
        "parent",
        "payload",
        "result",
        "schema_name",
    )

    def __init__(
        self, instance: InstanceState, schema_name: str, payload: Mapping[str, Any] | None, parent: Span | None
    ) -> None:
        self._instance = instance
        self.schema_name = schema_name
        self.payload: dict[str, Any] = {} if payload is None else _object(payload, "value")
        self.parent = parent
        self.id = "span_" + os.urandom(12).hex()
        self.result: Any = None
        self._dead = False  # never reached the server (dropped or rejected)
        self.closed = False
        self.create_item: Item | None = None
        self._status: str | None = None
        self._token: Token[Span | None] | None = None

    @property
    def instance_id(self) -> str:
        """The id of the span's instance ("" until the instance is registered)."""

        return self._instance.id

    @property
    def instance(self) -> InstanceState:
        """The instance the span belongs to."""
        return self._instance

    @property
    def dead(self) -> bool:
        """Whether the server will never know this span (its creation was dropped or rejected)."""
        return self._dead

    def mark_dead(self) -> None:
        """The span's creation was dropped or rejected: its finish is dropped, and its children are
        attached to the nearest living ancestor (see `live_parent_id`)."""
        self._dead = True

    def live_parent_id(self) -> str | None:
        """The nearest ancestor the server knows (or will know): never a span that was dropped."""
        parent = self.parent
        while parent is not None and parent.dead:
            parent = parent.parent
        return None if parent is None else parent.id

    def fail(self, result: Any = None) -> None:
        """Finish as `failed` (with `result`, if given) when the block exits."""
        self._status = "failed"
        if result is not None:
            self.result = result

    def cancel(self) -> None:
        """Finish as `cancelled` when the block exits."""

        self._status = "cancelled"

    def open_detached(self) -> Span:
        """Open the span (its creation is queued) without making it the current span of this
        context: for spans that are no block of code (OpenTelemetry's). Close it with `__exit__`."""
        self.__enter__()
        token, self._token = self._token, None
        if token is not None:
            _current_span.reset(token)
        return self

    def __enter__(self) -> Span:
        instance = self._instance
        instance.check()
        if self.parent is None:
            open_span = _current_span.get()
            if open_span is not None and open_span.instance is instance and not open_span.closed:
                self.parent = open_span
        params: dict[str, Any] = {
            "agent_instance_id": instance.id,
            "schema_name": self.schema_name,
            "status": "active",
            "payload": self.payload,
            "id": self.id,
            "started_at": time.time(),  # made ISO 8601 by the exporter, off the caller's thread
        }
        parent_id = self.live_parent_id()
        if parent_id is not None:
            params["parent_span_id"] = parent_id
        self.create_item = instance.enqueue("agent_spans/create", params, self)
        self._dead = self.create_item is None
        self._token = _current_span.set(self)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._token is not None:
            try:
                _current_span.reset(self._token)
            except ValueError:  # closed in another context than it was opened in
                _current_span.set(self.parent)
        self.closed = True
        if self._dead:
            return
        status = self._status
        if status is None:
            status = "complete" if exc_type is None else "cancelled" if issubclass(exc_type, _CANCELLED) else "failed"
        result = self.result
        if result is None and exc is not None and status == "failed":
            result = {"error": {"type": type(exc).__name__, "message": str(exc)[:_MAX_TEXT]}}
        params: dict[str, Any] = {"status": status, "timestamp": time.time()}
        if result is not None:
            params["result_payload"] = _object(result, "result")
        instance = self._instance

        def finish_item() -> Item:
            return Item("agent_spans/finish", new_key(), {"agent_span_id": self.id, **params}, instance, self)

        instance.buffer.finish_span(self, params, finish_item)

    async def __aenter__(self) -> Span:
        return self.__enter__()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.__exit__(exc_type, exc, tb)

    def __repr__(self) -> str:
        return f"<Span {self.schema_name} {self.id}>"


def trace(
    schema_name: str | None = None,
    *,
    instance: InstanceState | None = None,
    capture_args: bool = True,
    capture_result: bool = True,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorator: every call of the function (sync or async) is a span of the current instance.

    The span type defaults to the function's name; its payload holds the arguments and its result
    the return value (as JSON-ready data). Outside any instance the function simply runs.
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        name = schema_name or fn.__name__
        signature = inspect.signature(fn)

        def payload(args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
            if not capture_args:
                return {}
            try:
                bound = signature.bind_partial(*args, **kwargs)
            except TypeError:
                return {"args": jsonable(args), "kwargs": jsonable(kwargs)}
            return {key: jsonable(value) for key, value in bound.arguments.items()}

        if inspect.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                owner = instance or _current_instance.get()
                if owner is None:
                    return await fn(*args, **kwargs)
                with owner.span(name, payload(args, kwargs)) as span:
                    value = await fn(*args, **kwargs)
                    if capture_result:
                        span.result = {"result": jsonable(value)}
                    return value

            return cast(Callable[P, R], run_async)

        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            owner = instance or _current_instance.get()
            if owner is None:
                return fn(*args, **kwargs)
            with owner.span(name, payload(args, kwargs)) as span:
                value = fn(*args, **kwargs)
                if capture_result:
                    span.result = {"result": jsonable(value)}
                return value

        return run

    return decorate


def enter_instance(state: InstanceState) -> Token[InstanceState | None]:
    return _current_instance.set(state)


def leave_instance(token: Token[InstanceState | None]) -> None:
    try:
        _current_instance.reset(token)
    except ValueError:
        _current_instance.set(None)
