"""The run engine: runs as asyncio tasks, their status changes, events, interrupts and cancels."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from .agent import AgentError, AgentSpec, Outcome
from .config import SandboxSettings
from .errors import conflict, invalid
from .store import Checkpoint, RunRecord, Store, ThreadRecord, spec_messages
from .validation import validate
from .webhooks import WebhookSender
from .wire import Wire

__all__ = ["History", "RunEngine", "spec_history", "stream_modes"]

# The checkpoints a finished run leaves on its thread: (thread, run, state) -> new checkpoints.
History = Callable[[ThreadRecord, RunRecord, Any], list[Checkpoint]]


def spec_history(thread: ThreadRecord, run: RunRecord, state: Any) -> list[Checkpoint]:
    """One checkpoint per run, holding the run's answer."""
    return [Checkpoint(values=state, metadata={"run_id": run.run_id, "source": "run"})]


_logger = logging.getLogger("agentplug.sandbox.acp.runs")

ERRCODE_FAILED = 500
ERRCODE_CANCELLED = 499
ERRCODE_TIMEOUT = 504


class _RunTimeout(Exception):
    pass


def stream_modes(creation: dict[str, Any]) -> frozenset[str]:
    """The stream modes a run asked for (``values`` when none)."""
    mode = creation.get("stream_mode")
    if mode is None:
        return frozenset({"values"})
    if isinstance(mode, str):
        return frozenset({mode})
    return frozenset(mode) or frozenset({"values"})


class _Context:
    """The RunContext the engine hands to an agent."""

    def __init__(self, engine: RunEngine, run: RunRecord, thread: ThreadRecord | None) -> None:
        self._engine = engine
        self._run = run
        creation = run.creation
        self.input: Any = creation.get("input", {"messages": []})
        config = creation.get("config") or {}
        configurable = config.get("configurable", {})
        self.configurable: dict[str, Any] = configurable if isinstance(configurable, dict) else {}
        self.previous_values: Any = thread.values if thread is not None else None
        self._worked = 0.0

    async def emit_values(self, values: Any) -> None:
        payload = {"type": "values", "run_id": self._run.run_id, "status": "pending", "values": values}
        messages = spec_messages(values)
        if messages is not None:
            payload["messages"] = messages
        self._run.add_event("values", payload)

    async def emit_custom(self, update: dict[str, Any]) -> None:
        payload = {"type": "custom", "run_id": self._run.run_id, "status": "pending", "update": update}
        self._run.add_event("custom", payload)

    async def interrupt(self, interrupt_type: str, payload: Any) -> Any:
        return await self._engine.interrupt(self._run, interrupt_type, payload)

    async def sleep(self, seconds: float) -> None:
        limit = self._engine.settings.run_timeout
        if limit is not None and self._worked + seconds > limit:
            await asyncio.sleep(max(0.0, limit - self._worked))
            raise _RunTimeout
        await asyncio.sleep(seconds)
        self._worked += seconds


class RunEngine:
    """Starts runs and moves them through their statuses."""

    def __init__(
        self,
        store: Store,
        settings: SandboxSettings,
        agents: dict[str, AgentSpec],
        wire: Wire,
        history: History = spec_history,
    ) -> None:
        self.store = store
        self.settings = settings
        self.agents = agents
        self.wire = wire
        self.history = history
        self.webhooks = WebhookSender(timeout=settings.webhook_timeout, allow_remote=settings.allow_remote_webhooks)
        self.closing = asyncio.Event()

    # ------------------------------------------------------------------ lifecycle

    def start(self, run: RunRecord) -> None:
        """Store the run and start its task (status ``pending``)."""
        self.store.runs[run.run_id] = run
        self._touch_thread(run)
        self._status_changed(run)
        run.task = asyncio.create_task(self._execute(run), name=f"acp-run-{run.run_id}")

    async def _execute(self, run: RunRecord) -> None:
        agent = self.agents[run.agent_id]
        try:
            delay = run.creation.get("after_seconds")
            if isinstance(delay, int | float) and not isinstance(delay, bool) and delay > 0:
                await asyncio.sleep(delay)
            await self._wait_for_turn(run)
            thread = self.store.threads.get(run.thread_id) if run.thread_id is not None else None
            context = _Context(self, run, thread)
            run.started = True
            result = await agent.run(context)
        except asyncio.CancelledError:
            if not run.cancelled:
                raise
            self._fail(run, "error", ERRCODE_CANCELLED, "Run cancelled")
        except _RunTimeout:
            self._fail(run, "timeout", ERRCODE_TIMEOUT, f"Run exceeded {self.settings.run_timeout} seconds")
        except AgentError as exc:
            self._fail(run, "error", ERRCODE_FAILED, str(exc))
        except Exception as exc:
            _logger.exception("agent failed")
            self._fail(run, "error", ERRCODE_FAILED, f"{type(exc).__name__}: {exc}")
        else:
            self._succeed(run, result)

    async def _wait_for_turn(self, run: RunRecord) -> None:
        """Enqueued thread runs start once the runs created before them are no longer pending."""
        if run.thread_id is None:
            return
        while True:
            order = list(self.store.runs)
            if run.run_id not in order:
                return
            position = order.index(run.run_id)
            earlier = [
                other
                for other in self.store.thread_runs(run.thread_id)
                if other.active and other is not run and order.index(other.run_id) < position
            ]
            if not earlier:
                return
            await earlier[0].changed().wait()

    def _succeed(self, run: RunRecord, result: Any) -> None:
        values, state = (result.values, result.state) if isinstance(result, Outcome) else (result, result)
        messages = spec_messages(values)
        output: dict[str, Any] = {"type": "result", "values": values}
        event: dict[str, Any] = {"type": "values", "run_id": run.run_id, "status": "success", "values": values}
        if messages is not None:
            output["messages"] = messages
            event["messages"] = messages
        if run.thread_id is not None and run.thread_id in self.store.threads:
            thread = self.store.threads[run.thread_id]
            for checkpoint in self.history(thread, run, state):
                thread.add_checkpoint(checkpoint)
        run.output = output
        run.status = "success"
        run.add_event("final", event)
        self._status_changed(run)

    def _fail(self, run: RunRecord, status: str, errcode: int, description: str) -> None:
        run.output = {"type": "error", "run_id": run.run_id, "errcode": errcode, "description": description}
        run.status = status
        run.add_event("final", {**run.output, "status": status})
        self._status_changed(run)

    async def interrupt(self, run: RunRecord, interrupt_type: str, payload: Any) -> Any:
        """Pause `run` as interrupted (asking `payload` of type `interrupt_type`) until it is resumed;
        answers the resume payload. What an agent's `interrupt()` calls."""
        wrapped = {interrupt_type: payload}
        run.output = {"type": "interrupt", "interrupt": wrapped}
        run.status = "interrupted"
        run.interrupt_type = interrupt_type
        run.resume = asyncio.get_running_loop().create_future()
        run.add_event(
            "final", {"type": "interrupt", "run_id": run.run_id, "status": "interrupted", "interrupt": wrapped}
        )
        self._status_changed(run)
        try:
            return await run.resume
        finally:
            run.resume = None
            run.interrupt_type = None

    def resume(self, run: RunRecord, payload: Any) -> None:
        """Answer the interrupt a run waits on (409 when it is not interrupted)."""
        if run.status != "interrupted" or run.resume is None or run.resume.done():
            raise conflict(f"Run {run.run_id} is not interrupted (status {run.status})")
        agent = self.agents[run.agent_id]
        schema = agent.resume_schemas.get(run.interrupt_type or "")
        if schema is not None:
            errors = validate(payload, schema, ("body",))
            if errors:
                raise invalid(errors)
        run.status = "pending"
        run.output = None
        run.resume.set_result(payload)
        self._status_changed(run)

    async def cancel(self, run: RunRecord, *, wait: bool) -> None:
        """Stop a pending or interrupted run; it ends with status ``error``."""
        if run.finished or run.task is None or run.task.done():
            return
        run.cancelled = True
        run.task.cancel()
        if wait:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(run.task)

    async def delete(self, run: RunRecord, *, rollback: bool = False) -> None:
        """Cancel the run if needed and forget it; a rollback also drops the checkpoints it made."""
        await self.cancel(run, wait=True)
        self.store.runs.pop(run.run_id, None)
        thread = self.store.threads.get(run.thread_id) if run.thread_id is not None else None
        if rollback and thread is not None:
            thread.checkpoints = [c for c in thread.checkpoints if c.metadata.get("run_id") != run.run_id]
            thread.touch()
        run.notify()

    async def close(self) -> None:
        """Cancel every run and stop delivering webhooks (server shutdown)."""
        self.closing.set()
        tasks = [run.task for run in self.store.runs.values() if run.task is not None and not run.task.done()]
        for run in self.store.runs.values():
            run.notify()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.webhooks.drain(1.0)
        await self.webhooks.close()

    # --------------------------------------------------------------- observation

    async def wait(self, run: RunRecord) -> None:
        """Block until the run leaves ``pending``, or the wait limit, or shutdown."""
        deadline = time.monotonic() + self.settings.wait_timeout
        while run.active and not self.closing.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            await self._changed_or_closing(run, remaining)

    async def events(
        self, run: RunRecord, after: int, modes: frozenset[str]
    ) -> AsyncIterator[tuple[int, dict[str, Any]]]:
        """Events of the run with ids above ``after``, until it leaves ``pending``.

        Ids count the run's events from 1, so a client can resume with Last-Event-ID. Events of
        a mode the run did not ask for are skipped (their ids too). Ends at the wait limit.
        """
        cursor = after
        deadline = time.monotonic() + self.settings.wait_timeout
        while True:
            changed = run.changed()
            while cursor < len(run.events):
                kind, payload = run.events[cursor]
                cursor += 1
                if kind == "final" or kind in modes:
                    yield cursor, payload
            if not run.active or self.closing.is_set() or run.run_id not in self.store.runs:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            await self.wait_event(changed, remaining)

    async def _changed_or_closing(self, run: RunRecord, timeout: float) -> None:
        await self.wait_event(run.changed(), timeout)

    async def wait_event(self, event: asyncio.Event, timeout: float) -> None:
        """Until event is set, the server closes, or timeout seconds pass."""
        waiters = [asyncio.ensure_future(event.wait()), asyncio.ensure_future(self.closing.wait())]
        try:
            await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()
            await asyncio.gather(*waiters, return_exceptions=True)

    # -------------------------------------------------------------------- helpers

    def _status_changed(self, run: RunRecord) -> None:
        run.notify()
        self._touch_thread(run)
        webhook = run.creation.get("webhook")
        if isinstance(webhook, str) and run.run_id in self.store.runs:
            self.webhooks.send(webhook, self.wire.run(run))

    def _touch_thread(self, run: RunRecord) -> None:
        if run.thread_id is not None and run.thread_id in self.store.threads:
            self.store.threads[run.thread_id].touch()
