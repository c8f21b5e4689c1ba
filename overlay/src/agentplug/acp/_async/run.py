"""`AsyncRun`: a handle on one run — its state, its output, and what can be done with it."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from agentplug_acp_client.models import RunError, RunInterrupt, RunResult, RunStatus
from agentplug_acp_client.types import Unset
from typing_extensions import Unpack

from agentplug._core._async._resource import AsyncResourceBase
from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug.errors import OperationFailedError, WaitTimeoutError

from .._wire import FINAL_STATUSES, Interrupt, RunModel, RunOutput, async_call_handler, time_left

if TYPE_CHECKING:
    from .runs import AsyncRunsBase
    from .stream import AsyncRunStream

__all__ = ["AsyncInterruptHandler", "AsyncRun"]

# Answers an interrupt with the resume payload (in async code, a coroutine function works too: Any
# covers the awaitable it returns).
AsyncInterruptHandler = Callable[[Interrupt], Any]


class AsyncRun(AsyncResourceBase):
    """One run (stateless or on a thread), as last seen, with the operations that act on it.

    The handle is live: `refresh()`, `wait()` and `resume()` update it in place (and return it),
    so `run.status` and `run.output` always describe the latest answer from the server.
    `output` is known once a wait has returned (a plain `GET` of a run does not carry it).
    """

    def __init__(self, runs: AsyncRunsBase, model: RunModel, output: RunOutput | None = None) -> None:
        self._runs = runs
        self.model = model
        self.output = output

    # ------------------------------------------------------------------ state

    @property
    def run_id(self) -> str:
        """The run's id (a UUID, as a string)."""
        return str(self.model.run_id)

    @property
    def thread_id(self) -> str | None:
        """The thread the run belongs to; None for a stateless run."""
        thread_id = self.model.thread_id
        return None if isinstance(thread_id, Unset) else str(thread_id)

    @property
    def agent_id(self) -> str:
        """The id of the agent that runs."""
        return str(self.model.agent_id)

    @property
    def status(self) -> RunStatus:
        """`pending`, `success`, `error`, `timeout` or `interrupted` (an unknown value is kept as is)."""
        return self.model.status

    @property
    def created_at(self) -> datetime.datetime:
        """When the server created the run."""
        return self.model.created_at

    @property
    def updated_at(self) -> datetime.datetime:
        """When the run last changed."""
        return self.model.updated_at

    @property
    def is_pending(self) -> bool:
        """Still running (or queued): the outcome is not known yet."""
        return self.status == RunStatus.PENDING

    @property
    def is_interrupted(self) -> bool:
        """Waiting for an answer to `interrupt` (`resume(payload)`)."""
        return self.status == RunStatus.INTERRUPTED

    @property
    def is_done(self) -> bool:
        """Finished for good: `success`, `error` or `timeout`."""
        return self.status in FINAL_STATUSES

    @property
    def result(self) -> RunResult | None:
        """The run's result, once it succeeded (None otherwise)."""
        return self.output if isinstance(self.output, RunResult) else None

    @property
    def values(self) -> Any:
        """The result's values (any JSON value), or None before a result."""
        result = self.result
        return None if result is None or isinstance(result.values, Unset) else result.values

    @property
    def interrupt(self) -> Interrupt | None:
        """What the interrupted run asks for (type and payload), or None."""
        if isinstance(self.output, RunInterrupt):
            return Interrupt.from_raw(self.output.interrupt)
        return None

    @property
    def error(self) -> RunError | None:
        """What went wrong, once the run failed (None otherwise)."""
        return self.output if isinstance(self.output, RunError) else None

    def __repr__(self) -> str:
        kind = "thread run" if self.thread_id else "run"
        return f"<{type(self).__name__} {kind} {self.run_id} {self.status}>"

    # ------------------------------------------------------------------ actions

    async def refresh(self, **options: Unpack[CallOptions]) -> AsyncRun:
        """Read the run's current state (keeps the output while the status is unchanged)."""
        return self._take(await self._runs.get(self.run_id))

    async def wait(
        self,
        timeout: float | None = None,
        *,
        on_progress: Callable[[AsyncRun], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> AsyncRun:
        """Wait until the run leaves `pending` (see `runs.wait`); returns this handle, updated.

        `on_progress(run)` is called with every state seen, the final one included.
        """
        return self._take(await self._runs.wait(self.run_id, timeout=timeout, on_progress=on_progress))

    def stream(self, *, last_event_id: str | None = None, **options: Unpack[CallOptions]) -> AsyncRunStream:
        """Join the run's event stream; it ends with `RunFinished`."""
        return self._runs.stream(self.run_id, last_event_id=last_event_id)

    async def resume(self, payload: Any, **options: Unpack[CallOptions]) -> AsyncRun:
        """Answer the interrupt with `payload`; the run goes back to `pending`."""
        return self._take(await self._runs.resume(self.run_id, payload))

    async def cancel(
        self,
        *,
        action: Literal["interrupt", "rollback"] | None = None,
        wait: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Stop the run (`rollback` also deletes it; the server's default when not given); `wait=True`
        returns once it has stopped."""
        await self._runs.cancel(self.run_id, action=action, wait=wait)

    async def delete(self, **options: Unpack[CallOptions]) -> None:
        """Delete the run on the server."""
        await self._runs.delete(self.run_id)

    async def run_to_completion(
        self,
        on_interrupt: AsyncInterruptHandler | None = None,
        *,
        timeout: float | None = None,
        on_progress: Callable[[AsyncRun], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> AsyncRun:
        """Wait for the run, answering every interrupt with `on_interrupt(interrupt)`, until it ends.

        Returns this handle once the run succeeded. `on_progress(run)` is called with every state
        the waits see.

        Raises:
            OperationFailedError: the run ended in `error` or `timeout`, or was interrupted with
                no `on_interrupt` to answer it (`.result` is this handle).
            WaitTimeoutError: the whole exchange took longer than `timeout` seconds.
        """
        started = time.monotonic()
        await self.wait(timeout=time_left(timeout, started), on_progress=on_progress)
        while self.is_interrupted:
            if on_interrupt is None:
                raise OperationFailedError(
                    f"run {self.run_id} is interrupted and no on_interrupt handler was given", result=self
                )
            payload = await async_call_handler(on_interrupt, self.interrupt or Interrupt(None, None))
            left = time_left(timeout, started)
            if left is not None and left <= 0:
                raise WaitTimeoutError(
                    f"run {self.run_id} did not finish within {timeout:g} s", timeout=timeout or 0.0, last=self
                )
            await self.resume(payload)
            await self.wait(timeout=time_left(timeout, started), on_progress=on_progress)
        if self.status != RunStatus.SUCCESS:
            error = self.error
            message = f"run {self.run_id} ended with status {self.status}"
            if error is not None:
                message += f": {error.description} (errcode {error.errcode})"
            raise OperationFailedError(
                message, code=error.errcode if error else None, details=error.to_dict() if error else None, result=self
            )
        return self

    def _take(self, other: AsyncRun) -> AsyncRun:
        if other.output is not None or other.status != self.status:
            self.output = other.output
        self.model = other.model
        return self
