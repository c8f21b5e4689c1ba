"""Executions: one workflow run each, its pending prompt or OAuth request, and how it ends.

An `Execution` is driven by a background task running a scripted workflow. The task reports
through the execution (status, the first outcome a non-streaming POST waits for, and a queue of
events a streaming response forwards), so routes never touch the workflow itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from .prompts import WorkflowFailure

__all__ = ["AnswerOutcome", "Execution", "ExecutionStore", "Interaction", "StreamItem"]

# What a streaming response forwards: (kind, payload); None ends the stream.
StreamItem = tuple[str, Any] | None


@dataclass
class Interaction:
    """One prompt: answered at most once; `resolved` once answered or given up on."""

    id: str
    prompt: dict[str, Any]
    answer: asyncio.Future[dict[str, Any]]
    resolved: bool = False


@dataclass
class Execution:
    id: str
    streamed: bool
    keep_stream_status: bool
    status: str = "running"
    result: Any = None
    error: dict[str, str] | None = None
    interaction: Interaction | None = None  # the latest prompt, pending or resolved
    oauth: dict[str, str] | None = None
    first_outcome: asyncio.Event = field(default_factory=asyncio.Event)
    events: asyncio.Queue[StreamItem] = field(default_factory=asyncio.Queue)
    task: asyncio.Task[None] | None = None

    @property
    def status_url(self) -> str:
        return f"/executions/{self.id}"

    def response_url(self, interaction_id: str) -> str:
        return f"/executions/{self.id}/interactions/{interaction_id}/response"

    # ------------------------------------------------------------------ state changes

    def _set_status(self, status: str, *, final: bool = False) -> None:
        # The real server never moves a streamed execution to its final state; `keep_stream_status`
        # (the default) does, so that polling a streamed run tells the truth.
        if final and self.streamed and not self.keep_stream_status:
            return
        self.status = status

    def ask(self, prompt: dict[str, Any]) -> Interaction:
        interaction = Interaction(str(uuid.uuid4()), prompt, asyncio.get_running_loop().create_future())
        self.interaction = interaction
        self._set_status("interaction_required")
        self.first_outcome.set()
        self.events.put_nowait(("interaction", self.interaction_event()))
        return interaction

    def resumed(self) -> None:
        self.oauth = None
        self._set_status("running")

    def needs_oauth(self, auth_url: str, state: str) -> None:
        self.oauth = {"auth_url": auth_url, "oauth_state": state}
        self._set_status("oauth_required")
        self.first_outcome.set()
        self.events.put_nowait(("oauth", {"event_type": "oauth_required", "execution_id": self.id, **self.oauth}))

    def completed(self, result: Any) -> None:
        self.result = result
        self._set_status("completed", final=True)
        self.first_outcome.set()
        self.events.put_nowait(("output", result))
        self.events.put_nowait(None)

    def failed(self, message: str, details: str) -> None:
        self.error = {"code": "workflow_error", "message": message, "details": details}
        if self.interaction is not None:
            self.interaction.resolved = True
        self._set_status("failed", final=True)
        self.first_outcome.set()
        self.events.put_nowait(("error", self.error))
        self.events.put_nowait(None)

    # ------------------------------------------------------------------ bodies

    def interaction_event(self) -> dict[str, Any]:
        assert self.interaction is not None
        return {
            "event_type": "interaction_required",
            "execution_id": self.id,
            "interaction_id": self.interaction.id,
            "prompt": self.interaction.prompt,
            "response_url": self.response_url(self.interaction.id),
        }

    def status_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"execution_id": self.id, "status": self.status}
        if self.status == "interaction_required" and self.interaction is not None:
            body.update(
                interaction_id=self.interaction.id,
                prompt=self.interaction.prompt,
                response_url=self.response_url(self.interaction.id),
            )
        elif self.status == "oauth_required" and self.oauth is not None:
            body.update(self.oauth)
        elif self.status == "completed":
            body["result"] = self.result
        elif self.status == "failed" and self.error is not None:
            body["error"] = self.error["message"]
        return body

    def accepted_body(self) -> dict[str, Any]:
        """The 202 body (only while paused)."""
        body = self.status_body()
        return {"execution_id": self.id, "status_url": self.status_url, **body}


class AnswerOutcome:
    ACCEPTED = 204
    UNKNOWN = 404
    RESOLVED = 400


class ExecutionStore:
    """Every execution of this process, in memory (a restart forgets them, as the real server does)."""

    def __init__(self) -> None:
        self._executions: dict[str, Execution] = {}

    def get(self, execution_id: str) -> Execution | None:
        return self._executions.get(execution_id)

    def start(
        self, run: Callable[[Execution], Awaitable[Any]], *, streamed: bool, keep_stream_status: bool
    ) -> Execution:
        execution = Execution(str(uuid.uuid4()), streamed, keep_stream_status)
        self._executions[execution.id] = execution
        execution.task = asyncio.get_running_loop().create_task(self._drive(execution, run))
        return execution

    async def _drive(self, execution: Execution, run: Callable[[Execution], Awaitable[Any]]) -> None:
        try:
            result = await run(execution)
        except asyncio.CancelledError:
            # The server is going away: end open streams, but leave the status as it was (a
            # client polling during shutdown must not read a failure the workflow never had).
            execution.events.put_nowait(None)
            raise
        except WorkflowFailure as failure:
            execution.failed(failure.message, failure.details)
        except Exception as exc:  # a scripted workflow's bug still ends the execution, as on the real server
            execution.failed(str(exc) or type(exc).__name__, type(exc).__name__)
        else:
            execution.completed(result)

    def answer(self, execution_id: str, interaction_id: str, body: dict[str, Any]) -> tuple[int, str]:
        """Deliver an answer: (status code, detail) as the real server decides them."""
        execution = self._executions.get(execution_id)
        if execution is None:
            return AnswerOutcome.UNKNOWN, f"Execution {execution_id} not found"
        interaction = execution.interaction
        if interaction is None or interaction.id != interaction_id:
            return AnswerOutcome.UNKNOWN, f"Interaction {interaction_id} not found for execution {execution_id}"
        if interaction.resolved or interaction.answer.done():
            return AnswerOutcome.RESOLVED, f"Interaction {interaction_id} is already resolved"
        interaction.resolved = True
        interaction.answer.set_result(body["response"])
        return AnswerOutcome.ACCEPTED, ""

    async def close(self) -> None:
        """Stop every running workflow and end every open stream (server shutdown)."""
        tasks = [e.task for e in self._executions.values() if e.task is not None and not e.task.done()]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
