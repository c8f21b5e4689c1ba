"""How runs, threads and checkpoints are written on the wire, per profile.

``SpecWire`` writes ACP 0.2.3 objects: optional fields absent when unset, date-times with a UTC
offset. ``ReferenceWire`` writes them as the reference server does: every optional field present
(null when unset), run creations filled with the server's defaults, date-times without offset,
stateless runs with a thread id of their own, thread ``messages`` always null.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from .store import Checkpoint, RunRecord, Store, ThreadRecord, spec_messages

__all__ = ["ReferenceWire", "SpecWire", "Wire"]


class Wire(Protocol):
    def run(self, run: RunRecord) -> dict[str, Any]: ...

    def output(self, run: RunRecord) -> dict[str, Any] | None: ...

    def thread(self, store: Store, thread: ThreadRecord) -> dict[str, Any]: ...

    def state(self, checkpoint: Checkpoint) -> dict[str, Any]: ...


class SpecWire:
    """ACP 0.2.3 as written: absent optionals omitted, RFC 3339 date-times."""

    def run(self, run: RunRecord) -> dict[str, Any]:
        body: dict[str, Any] = {
            "run_id": run.run_id,
            "agent_id": run.agent_id,
            "created_at": run.created_at.isoformat(),
            "updated_at": run.updated_at.isoformat(),
            "status": run.status,
            "creation": run.creation,
        }
        if run.thread_id is not None:
            body["thread_id"] = run.thread_id
        return body

    def output(self, run: RunRecord) -> dict[str, Any] | None:
        return run.output

    def thread(self, store: Store, thread: ThreadRecord) -> dict[str, Any]:
        body: dict[str, Any] = {
            "thread_id": thread.thread_id,
            "created_at": thread.created_at.isoformat(),
            "updated_at": thread.updated_at.isoformat(),
            "metadata": thread.metadata,
            "status": store.thread_status(thread),
        }
        if thread.checkpoints:
            latest = thread.checkpoints[-1]
            body["values"] = latest.values
            messages = latest.messages if latest.messages is not None else spec_messages(latest.values)
            if messages is not None:
                body["messages"] = messages
        return body

    def state(self, checkpoint: Checkpoint) -> dict[str, Any]:
        body: dict[str, Any] = {
            "checkpoint": {"checkpoint_id": checkpoint.checkpoint_id},
            "values": checkpoint.values,
            "metadata": checkpoint.metadata,
        }
        messages = checkpoint.messages if checkpoint.messages is not None else spec_messages(checkpoint.values)
        if messages is not None:
            body["messages"] = messages
        return body


def _naive(moment: datetime) -> str:
    """ISO 8601 without a UTC offset, as the reference server writes its (UTC) times."""
    return moment.replace(tzinfo=None).isoformat()


# The run's error code as the reference server reports it in a wait answer.
REFERENCE_ERRCODE = 1


class ReferenceWire:
    """The reference server's shapes: nulls for unset optionals, offset-less date-times."""

    def run(self, run: RunRecord) -> dict[str, Any]:
        return {
            "run_id": run.run_id,
            "thread_id": run.thread_id or run.alias_thread_id,
            "agent_id": run.agent_id,
            "created_at": _naive(run.created_at),
            "updated_at": _naive(run.updated_at),
            "status": run.status,
            "creation": self._creation(run),
        }

    def _creation(self, run: RunRecord) -> dict[str, Any]:
        body = run.creation
        config = body.get("config")
        if not isinstance(config, dict):
            config = {}
        configurable = config.get("configurable")
        if run.started and isinstance(configurable, dict):
            # The server adds the run's thread to the agent's configuration when the run starts.
            configurable = {**configurable, "thread_id": run.thread_id or run.alias_thread_id}
        creation: dict[str, Any] = {
            "agent_id": body.get("agent_id"),
            "input": body.get("input"),
            "metadata": body.get("metadata"),
            "config": {
                "tags": config.get("tags"),
                "recursion_limit": config.get("recursion_limit"),
                "configurable": configurable,
            },
            "webhook": body.get("webhook"),
            "stream_mode": body.get("stream_mode"),
            "on_disconnect": body.get("on_disconnect", "cancel"),
            "multitask_strategy": body.get("multitask_strategy", "reject"),
            "after_seconds": body.get("after_seconds"),
        }
        if run.thread_id is None:
            creation["on_completion"] = body.get("on_completion", "delete")
        else:
            creation["stream_subgraphs"] = body.get("stream_subgraphs", False)
            creation["if_not_exists"] = body.get("if_not_exists", "reject")
        return creation

    def output(self, run: RunRecord) -> dict[str, Any] | None:
        output = run.output
        if output is None:
            return None
        if output.get("type") == "result":
            return {"type": "result", "values": output.get("values")}
        if output.get("type") == "error":
            return {**output, "errcode": REFERENCE_ERRCODE}
        return output

    def thread(self, store: Store, thread: ThreadRecord) -> dict[str, Any]:
        return {
            "thread_id": thread.thread_id,
            "created_at": _naive(thread.created_at),
            "updated_at": _naive(thread.updated_at),
            "metadata": thread.metadata,
            "status": store.thread_status(thread),
            "values": thread.values,
            "messages": None,
        }

    def state(self, checkpoint: Checkpoint) -> dict[str, Any]:
        return {
            "checkpoint": {"checkpoint_id": checkpoint.checkpoint_id},
            "values": checkpoint.values,
            "messages": None,
            "metadata": checkpoint.metadata,
        }
