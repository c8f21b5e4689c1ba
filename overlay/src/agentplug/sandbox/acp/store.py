"""In-memory state of the sandbox: threads with their checkpoints, and runs."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["Checkpoint", "RunRecord", "Store", "ThreadRecord", "now", "spec_messages"]

TERMINAL = frozenset({"success", "error", "timeout"})


def now() -> datetime:
    """The current time in UTC (each profile writes it its own way)."""
    return datetime.now(UTC)


def spec_messages(values: Any) -> list[dict[str, Any]] | None:
    """The chat messages held in ``values["messages"]`` as the spec's Message objects."""
    if not isinstance(values, dict) or not isinstance(values.get("messages"), list):
        return None
    result: list[dict[str, Any]] = []
    for message in values["messages"]:
        if not isinstance(message, dict):
            continue
        content = message.get("content")
        if not isinstance(content, str | list):
            content = "" if content is None else str(content)
        role = message.get("role", message.get("type", "assistant"))
        item: dict[str, Any] = {"role": role if isinstance(role, str) else str(role), "content": content}
        if isinstance(message.get("id"), str):
            item["id"] = message["id"]
        result.append(item)
    return result


@dataclass
class Checkpoint:
    """One entry of a thread's history."""

    values: Any
    metadata: dict[str, Any]
    messages: list[dict[str, Any]] | None = None
    checkpoint_id: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass
class ThreadRecord:
    """A thread: metadata plus a list of checkpoints, the last one being the current state."""

    thread_id: str
    metadata: dict[str, Any]
    checkpoints: list[Checkpoint] = field(default_factory=list)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    @property
    def values(self) -> Any:
        return self.checkpoints[-1].values if self.checkpoints else None

    def add_checkpoint(self, checkpoint: Checkpoint) -> None:
        self.checkpoints.append(checkpoint)
        self.touch()

    def touch(self) -> None:
        self.updated_at = now()


@dataclass
class RunRecord:
    """A run, its output so far and the log of its stream events.

    started: the agent has begun working on it. alias_thread_id: the thread id the reference
    profile shows for a stateless run (the reference server gives each one a thread of its own).
    """

    agent_id: str
    creation: dict[str, Any]
    thread_id: str | None = None
    run_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    status: str = "pending"
    output: dict[str, Any] | None = None
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)
    started: bool = False
    alias_thread_id: str | None = None
    task: asyncio.Task[None] | None = None
    resume: asyncio.Future[Any] | None = None
    interrupt_type: str | None = None
    cancelled: bool = False
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def active(self) -> bool:
        """Still pending (working, or waiting to start)."""
        return self.status == "pending"

    @property
    def finished(self) -> bool:
        return self.status in TERMINAL

    def changed(self) -> asyncio.Event:
        """An event set at the next change of this run."""
        return self._changed

    def notify(self) -> None:
        self.updated_at = now()
        event, self._changed = self._changed, asyncio.Event()
        event.set()

    def add_event(self, kind: str, payload: dict[str, Any]) -> None:
        self.events.append((kind, payload))
        self.notify()


@dataclass
class Store:
    """All threads and runs, in creation order."""

    threads: dict[str, ThreadRecord] = field(default_factory=dict)
    runs: dict[str, RunRecord] = field(default_factory=dict)

    def thread_runs(self, thread_id: str) -> list[RunRecord]:
        return [run for run in self.runs.values() if run.thread_id == thread_id]

    def stateless_runs(self) -> list[RunRecord]:
        return [run for run in self.runs.values() if run.thread_id is None]

    def thread_status(self, thread: ThreadRecord) -> str:
        runs = self.thread_runs(thread.thread_id)
        if any(run.active for run in runs):
            return "busy"
        if not runs:
            return "idle"
        last = runs[-1].status
        if last == "interrupted":
            return "interrupted"
        if last in ("error", "timeout"):
            return "error"
        return "idle"
