# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""`AsyncRunStream`: a run's events as they arrive, each once, then the run's final state."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx2
from agentplug_acp_client.models import RunStatus

from agentplug._core._call_options import OpensLazily
from agentplug._core._sse_decoder import ServerSentEvent
from agentplug._core._sync._streaming import Stream
from agentplug.errors import APIConnectionError, NotFoundError

from .._wire import (
    RunFinished,
    RunUpdate,
    UnknownRunEvent,
    decode_run_event,
    update_run_id,
    update_status,
)
from .run import Run

if TYPE_CHECKING:
    from .runs import RunsBase

__all__ = ["RunEvent", "RunStream"]

RunEvent: TypeAlias = RunUpdate | UnknownRunEvent | RunFinished[Run]

MAX_RECONNECTS = 3


class RunStream(OpensLazily):
    """The events of one run: typed updates (`ValueRunResultUpdate`, `CustomRunResultUpdate`,
    `ValueRunInterruptUpdate`, `ValueRunErrorUpdate`), then always a last `RunFinished`.

    Servers may close a stream without a terminal event (the reference server does): the final
    state is then read with a wait on the run, so the last event is the run as it ended — done,
    failed or interrupted. The body is read as it arrives, never preloaded. A broken connection
    is resumed from the last event id (by joining the run's stream), so no event comes twice.

    Use it as a context manager so the connection is closed however the loop ends.
    """

    def __init__(
        self,
        runs: RunsBase,
        *,
        body: bytes | None = None,
        run_id: str | None = None,
        last_event_id: str | None = None,
    ) -> None:
        self._runs = runs
        self._body = body
        self._created = False
        self._last_event_id = last_event_id
        self._last_status: Any = None
        self.run_id = run_id
        self._events: Stream[RunUpdate | UnknownRunEvent] = Stream(
            self._open, self._decode, max_reconnects=MAX_RECONNECTS, can_resume=self._can_resume
        )
        self._finished = False
        self._run_over = False  # an event said the run left `pending`: the next step is RunFinished

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response of the current connection (status, headers), once opened."""
        return self._events.response

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event received (or the one the stream was opened after); None when none."""
        return self._events.last_event_id or self._last_event_id

    def close(self) -> None:
        """Close the connection; iteration ends. Safe to call more than once."""
        self._finished = True
        self._events.close()

    def open(self) -> RunStream:
        """Send the request now (entering or iterating the stream does it too); the stream is returned."""
        self._events.open()
        return self

    def __enter__(self) -> RunStream:
        return self.open()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> RunStream:
        return self

    def __next__(self) -> RunEvent:
        if self._finished:
            raise StopIteration
        if not self._run_over:
            try:
                event = self._events.__next__()
            except StopIteration:
                pass
            else:
                # A run that left `pending` is over, whether or not the server ends the stream: the
                # reference server keeps a failed run's stream open with keep-alives, forever.
                status = update_status(event)
                self._run_over = status is not None and status != RunStatus.PENDING
                return event
        self._finished = True
        self._events.close()
        return self._final()

    def _final(self) -> RunFinished[Run]:
        if self.run_id is None:  # the server sent no event naming the run
            return RunFinished(None, self._last_status)
        try:
            run = self._runs.wait(self.run_id)
        except NotFoundError:  # deleted on completion: the stream's last word is all there is
            return RunFinished(None, self._last_status)
        return RunFinished(run, run.status)

    def _can_resume(self) -> bool:
        # A stream started by a POST is rejoined by the run's id: a second POST would start a second run.
        return self.run_id is not None

    def _decode(self, event: ServerSentEvent) -> RunUpdate | UnknownRunEvent | None:
        update = decode_run_event(event)
        if update is not None:
            self.run_id = self.run_id or update_run_id(update)
            self._last_status = update_status(update) or self._last_status
        return update

    @contextmanager
    def _open(self, headers: Mapping[str, str]) -> Iterator[httpx2.Response]:
        response = self._connect(headers)
        try:
            yield response
        finally:
            response.close()

    def _connect(self, headers: Mapping[str, str]) -> httpx2.Response:
        if self._body is not None and not self._created:
            self._created = True  # never POST twice: a second POST would start a second run
            return self._runs.open_events(body=self._body)
        if self.run_id is None:  # not reached: _can_resume said no
            raise APIConnectionError("the stream broke before the server named the run, so it cannot be resumed")
        resume = dict(headers)
        if self._last_event_id and not any(name.lower() == "last-event-id" for name in resume):
            resume["Last-Event-ID"] = self._last_event_id
        return self._runs.open_events(self.run_id, headers=resume)
