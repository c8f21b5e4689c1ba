"""What an ACP node decides, shared by its blocking and async shells (no I/O).

The one stateful part is ``RunProgress``: LangGraph re-executes an interrupted node from its
start when the graph is resumed, so the node remembers, per graph thread and task, which remote
run it was driving and which interrupts it already answered. On re-execution it replays those
``interrupt()`` calls (LangGraph hands back the answers it stored) and carries on with the same
remote run instead of starting a new one. Without that memory (another process, say) the node
starts a new run and replays the stored answers into it, which suits deterministic agents.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from agentplug.errors import ConfigurationError, OperationFailedError

from .._wire import UnknownRunEvent
from ._state import MISSING, dump_json, read_path, state_update, validate_as

__all__ = ["NodeSettings", "Progress", "RunProgress", "StreamWriter", "no_writer", "task_key"]

StreamWriter = Callable[[Any], None]
MAX_REMEMBERED_TASKS = 1024  # interrupted node executions kept; the oldest are forgotten first


def no_writer(chunk: Any) -> None:
    """Where stream chunks go outside a LangGraph graph: nowhere."""


@dataclass
class Progress:
    """One node execution's remote run and the interrupt values already answered, in order."""

    run_id: str | None = None
    answered: list[Any] = field(default_factory=list)


class RunProgress:
    """Progress per (graph thread, task), bounded, safe to share between threads."""

    def __init__(self, capacity: int = MAX_REMEMBERED_TASKS) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[tuple[str, str], Progress] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: tuple[str, str] | None) -> Progress | None:
        if key is None:
            return None
        with self._lock:
            return self._entries.get(key)

    def keep(self, key: tuple[str, str] | None, progress: Progress) -> None:
        if key is None:
            return
        with self._lock:
            self._entries[key] = progress
            self._entries.move_to_end(key)
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)

    def forget(self, key: tuple[str, str] | None) -> None:
        if key is None:
            return
        with self._lock:
            self._entries.pop(key, None)


def task_key(config: Mapping[str, Any] | None) -> tuple[str, str] | None:
    """Which node execution this is: LangGraph's thread id and the task's checkpoint namespace.

    Both stay the same when LangGraph re-executes the task to resume it. None outside a graph
    with a checkpointer (nothing to resume then).
    """
    configurable = (config or {}).get("configurable")
    if not isinstance(configurable, Mapping):
        return None
    thread_id, namespace = configurable.get("thread_id"), configurable.get("checkpoint_ns")
    if thread_id is None or not isinstance(namespace, str):
        return None
    return str(thread_id), namespace


@dataclass(frozen=True)
class NodeSettings:
    """How an ACP node maps graph state to a run and back."""

    name: str
    agent_id: str
    input_path: str | None
    input_type: Any
    output_path: str | None
    output_type: Any
    config_path: str | None
    config_type: Any
    timeout: float | None

    def run_input(self, state: Any) -> Any:
        value = read_path(state, self.input_path)
        if value is MISSING:
            raise ConfigurationError(f"ACP node {self.name!r}: input_path {self.input_path!r} is not in the state")
        return dump_json(validate_as(self.input_type, value, what="input", node=self.name))

    def run_config(self, config: Mapping[str, Any] | None) -> dict[str, Any]:
        """``{"configurable": ...}`` from the graph's ``config["configurable"]`` at ``config_path``.

        Servers insist on a config when the agent declares one, so an empty one is sent when the
        graph has none for this node.
        """
        configurable = (config or {}).get("configurable")
        value = read_path(configurable, self.config_path) if self.config_path and configurable is not None else MISSING
        if value is MISSING or value is None:
            return {"configurable": {}}
        return {"configurable": dump_json(validate_as(self.config_type, value, what="config", node=self.name))}

    def interrupt_value(self, run: Any) -> dict[str, Any]:
        """What LangGraph's ``interrupt()`` carries to whoever resumes the graph (plain JSON)."""
        interrupt = run.interrupt
        return {
            "node": self.name,
            "agent_id": run.agent_id,
            "run_id": run.run_id,
            "interrupt_type": interrupt.interrupt_type if interrupt is not None else None,
            "payload": interrupt.payload if interrupt is not None else None,
        }

    def stream_chunk(self, event: Any) -> dict[str, Any]:
        """One remote update as a chunk of the graph's ``custom`` stream."""
        if isinstance(event, UnknownRunEvent):
            return {"node": self.name, "event": {"type": event.type, "data": event.data}}
        return {"node": self.name, "event": event.to_dict()}

    def update(self, state: Any, run: Any) -> dict[str, Any]:
        """The state update for a run that ended, or the typed failure."""
        if run is None:
            raise OperationFailedError(f"ACP node {self.name!r}: the server no longer has the run it started")
        if not run.is_done or str(getattr(run.status, "value", run.status)) != "success":
            error = run.error
            message = f"ACP node {self.name!r}: run {run.run_id} ended with status {run.status}"
            if error is not None:
                message += f": {error.description} (errcode {error.errcode})"
            raise OperationFailedError(
                message,
                code=error.errcode if error is not None else None,
                details=error.to_dict() if error is not None else None,
                result=run,
            )
        output = validate_as(self.output_type, run.values, what="output", node=self.name)
        return state_update(state, self.output_path, output, node=self.name)

    def not_in_a_graph(self, run: Any) -> OperationFailedError:
        kind = run.interrupt.interrupt_type if run.interrupt is not None else None
        return OperationFailedError(
            f"ACP node {self.name!r}: run {run.run_id} is interrupted ({kind}); run the node inside a LangGraph "
            "graph with a checkpointer to answer it with Command(resume=...)",
            result=run,
        )
