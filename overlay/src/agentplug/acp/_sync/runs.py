# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""`client.runs` (stateless runs) and `client.threads.runs(thread_id)`: one implementation, two scopes."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from types import ModuleType
from typing import Any, Literal

import httpx2
from agentplug_acp_client.models import RunSearchRequest, RunStatus
from typing_extensions import Unpack

from agentplug._core._arguments import check_seconds
from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug._core._operations import given, lazy_operations, operation_name
from agentplug._core._options import held_open, use_options
from agentplug._core._pagination import OffsetPagination, Page, Params
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._pagination import Pager
from agentplug._core._sync._polling import wait_until
from agentplug._core._sync._resource import ResourceBase
from agentplug.errors import (
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    DeadlineExceededError,
    WaitTimeoutError,
)

from .._wire import (
    JSON_HEADERS,
    SERVER_PAGE_SIZE,
    Id,
    RunOptions,
    RunScope,
    WaitedRunOptions,
    output_of,
    parse_none,
    path_id,
    resume_body,
    run_body,
    run_of,
    time_left,
    wait_not_supported,
)
from .run import Run
from .stream import RunStream

(search_stateless_runs,) = lazy_operations("agentplug_acp_client.api.stateless_runs", "search_stateless_runs")
(list_thread_runs,) = lazy_operations("agentplug_acp_client.api.thread_runs", "list_thread_runs")

__all__ = ["Runs", "RunsBase", "ThreadRuns"]

RunStatusName = Literal["pending", "error", "success", "timeout", "interrupted"]


class RunsBase(ResourceBase):
    """The run operations shared by stateless runs and runs on a thread."""

    def __init__(self, http: HTTP, scope: RunScope) -> None:
        self._http = http
        self._scope = scope

    # ------------------------------------------------------------------ creating runs

    def create(
        self,
        *,
        agent_id: Id | None = None,
        input: Any = None,
        config: Mapping[str, Any] | None = None,
        **options: Unpack[RunOptions],
    ) -> Run:
        """Start a run in the background; returns its handle at once (status `pending`).

        `input` and `config["configurable"]` take any JSON value the agent's descriptor allows
        (ACP 0.2.3: objects, strings, numbers, booleans, arrays).
        """
        body = run_body(self._scope, agent_id, input, config, options)
        response = self._send_run_body(self._scope.operations.create, body)
        return self._run_handle(response)

    def create_and_wait(
        self,
        *,
        agent_id: Id | None = None,
        input: Any = None,
        config: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        **options: Unpack[WaitedRunOptions],
    ) -> Run:
        """Start a run and wait until it leaves `pending` (done, failed or interrupted), in one request.

        The server holds the request open until then; `timeout` bounds the wait on this side
        (None: as long as the server takes). On servers without the blocking endpoint this
        falls back to creating the run and polling it.

        Raises:
            WaitTimeoutError: no answer within `timeout` seconds (the run goes on server-side;
                use `create()` then `run.wait()` to keep a handle across a timeout).
        """
        check_seconds(timeout, "timeout")
        body = run_body(self._scope, agent_id, input, config, options)
        started = time.monotonic()
        try:
            response = self._send_blocking(
                self._scope.operations.create_and_wait,
                {**self._scope.arguments(), "body": {}},
                timeout,
                content=body,
                headers=JSON_HEADERS,
            )
        except APIStatusError as error:
            if not wait_not_supported(error):
                raise
            created = self._send_run_body(self._scope.operations.create, body)
            run = self._run_handle(created)
            return self._wait(run.run_id, time_left(timeout, started))
        run = self._waited_handle(response)
        if run.is_pending:  # the server's own wait limit passed first
            return self._wait(run.run_id, time_left(timeout, started))
        return run

    def create_and_stream(
        self,
        *,
        agent_id: Id | None = None,
        input: Any = None,
        config: Mapping[str, Any] | None = None,
        **options: Unpack[RunOptions],
    ) -> RunStream:
        """Start a run and stream its events; the stream ends with `RunFinished` (the final run).

        Nothing is sent until the stream is entered or iterated (`async with` / `async for`).
        """
        body = run_body(self._scope, agent_id, input, config, options)
        return RunStream(self, body=body)

    # ------------------------------------------------------------------ one run

    def get(self, run_id: Id, **options: Unpack[CallOptions]) -> Run:
        """The run as it is now, as a handle (NotFoundError when there is none)."""
        response = self._http.send_operation(self._scope.operations.get, self._scope.arguments(run_id))
        return self._run_handle(response)

    def wait(
        self,
        run_id: Id,
        *,
        timeout: float | None = None,
        on_progress: Callable[[Run], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> Run:
        """Wait until the run leaves `pending`: done, failed or interrupted; returns its final handle.

        Uses the server's blocking `/wait` endpoint, re-asking while the run is still pending,
        and polls `GET` instead on servers that do not implement it. `on_progress(run)` is called
        with every state seen, the final one included.

        Raises:
            WaitTimeoutError: still pending after `timeout` seconds (`.last` holds the last run seen).
        """
        check_seconds(timeout, "timeout")
        return self._wait(path_id(run_id, "run_id"), timeout, on_progress)

    def stream(self, run_id: Id, *, last_event_id: str | None = None, **options: Unpack[CallOptions]) -> RunStream:
        """Join a run's event stream (events after `last_event_id`, if given); ends with `RunFinished`."""
        return RunStream(self, run_id=path_id(run_id, "run_id"), last_event_id=last_event_id)

    def open_events(
        self,
        run_id: str | None = None,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> httpx2.Response:
        """The HTTP response of a run's event stream, its body not read yet (close it).

        With `body` (a run request encoded as JSON) a new run is started and streamed; else the
        stream of run `run_id` is joined (`headers` may carry `Last-Event-ID`). This is what
        `AsyncRunStream` connects with; `create_and_stream()` and `stream()` add decoding,
        resuming and the final run on top, and are what to use.
        """
        if body is not None:
            arguments = {**self._scope.arguments(), "body": {}}
            return self._http.open_operation_stream(
                self._scope.operations.create_and_stream, arguments, content=body, headers=JSON_HEADERS
            )
        if run_id is None:
            raise ConfigurationError("open_events needs a run_id to join, or a body to start a run")
        arguments = self._scope.arguments(path_id(run_id, "run_id"))
        return self._http.open_operation_stream(self._scope.operations.stream, arguments, headers=dict(headers or {}))

    def resume(self, run_id: Id, payload: Any, **options: Unpack[CallOptions]) -> Run:
        """Answer an interrupted run with `payload` (the agent's resume payload, sent as the body)."""
        arguments = {**self._scope.arguments(run_id), "body": resume_body(payload)}
        response = self._http.send_operation(self._scope.operations.resume, arguments)
        return self._run_handle(response)

    def cancel(
        self,
        run_id: Id,
        *,
        action: Literal["interrupt", "rollback"] | None = None,
        wait: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Cancel a run: `interrupt` stops it, `rollback` also deletes it; `wait` until it has stopped.

        Left None, neither is sent and the server's defaults apply (interrupt, no wait).
        """
        if action is not None and action not in ("interrupt", "rollback"):
            raise ConfigurationError(f"action must be 'interrupt' or 'rollback', got {action!r}")
        arguments = {**self._scope.arguments(run_id), "action": action, "wait": wait}
        response = self._http.send_operation(self._scope.operations.cancel, arguments)
        return parse_none(response)

    def delete(self, run_id: Id, **options: Unpack[CallOptions]) -> None:
        """Delete a run (NotFoundError when there is none)."""
        response = self._http.send_operation(self._scope.operations.delete, self._scope.arguments(run_id))
        return parse_none(response)

    # ------------------------------------------------------------------ internals

    def _send_run_body(self, operation: ModuleType, body: bytes) -> httpx2.Response:
        # The run body is encoded once by run_body (a stream that falls back resends the same bytes).
        arguments = {**self._scope.arguments(), "body": {}}
        return self._http.send_operation(operation, arguments, content=body, headers=JSON_HEADERS)

    def _run_handle(self, response: httpx2.Response) -> Run:
        return Run(self, self._scope.parse_run(response))

    def _waited_handle(self, response: httpx2.Response) -> Run:
        answer = self._scope.parse_wait(response)
        return Run(self, run_of(answer, response), output_of(answer))

    def _send_blocking(
        self, operation: ModuleType, arguments: Mapping[str, Any], timeout: float | None, **kwargs: Any
    ) -> httpx2.Response:
        """A request the server may hold open for long: exactly `timeout` (winning over an ambient
        `use_options(timeout=...)`), else the ambient timeout, else no read limit.

        With a deadline, a timed-out attempt is not retried (the retry would outlive it).
        """
        per_call = held_open(timeout, self._http.client.timeout)
        try:
            with use_options(retries=0) if timeout is not None else nullcontext():
                return self._http.send_operation(operation, arguments, **per_call, **kwargs)
        except APITimeoutError as error:
            if timeout is None or isinstance(error, DeadlineExceededError):
                raise  # the client's or the use_options' limit, not this wait's: its own error tells
            raise WaitTimeoutError(
                f"the ACP server did not answer within {timeout:g} s ({operation_name(operation)})", timeout=timeout
            ) from error

    def _wait(self, run_id: str, timeout: float | None, on_progress: Callable[[Run], None] | None = None) -> Run:
        started = time.monotonic()
        arguments = self._scope.arguments(run_id)
        while True:
            try:
                response = self._send_blocking(self._scope.operations.wait, arguments, time_left(timeout, started))
            except APIStatusError as error:
                if not wait_not_supported(error):
                    raise
                return self._poll(run_id, time_left(timeout, started), on_progress)
            run = self._waited_handle(response)
            if on_progress is not None:
                on_progress(run)
            if not run.is_pending:
                return run
            left = time_left(timeout, started)
            if left is not None and left <= 0:
                raise WaitTimeoutError(
                    f"{self._scope.kind} {run_id} still pending after {timeout:g} s", timeout=timeout or 0.0, last=run
                )

    def _poll(self, run_id: str, timeout: float | None, on_progress: Callable[[Run], None] | None = None) -> Run:
        def fetch() -> Run:
            response = self._http.send_operation(self._scope.operations.get, self._scope.arguments(run_id))
            return self._run_handle(response)

        return wait_until(
            fetch,
            lambda run: not run.is_pending,
            timeout=timeout,
            on_progress=on_progress,
            describe=f"{self._scope.kind} {run_id}",
        )


class Runs(RunsBase):
    """Stateless runs (`/runs`)."""

    def __init__(self, http: HTTP) -> None:
        super().__init__(http, RunScope.stateless())

    def search(
        self,
        *,
        agent_id: Id | None = None,
        status: RunStatus | RunStatusName | None = None,
        metadata: Mapping[str, Any] | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[Run]:
        """Every stateless run matching the filters, fetched page by page as you iterate."""
        filters: dict[str, Any] = {}
        if agent_id is not None:
            filters["agent_id"] = path_id(agent_id, "agent_id")
        if status is not None:
            filters["status"] = str(status)
        if metadata is not None:
            filters["metadata"] = dict(metadata)

        def fetch(params: Params) -> Page[Run]:
            body = given(RunSearchRequest, **filters, **params)
            response = self._http.send_operation(search_stateless_runs, {"body": body})
            return Page([Run(self, model) for model in self._scope.parse_runs(response)], params=params)

        return Pager(
            fetch,
            OffsetPagination(limit=page_size, offset=offset, server_limit=SERVER_PAGE_SIZE),
            max_items=max_items,
            key=_run_key,
        )


class ThreadRuns(RunsBase):
    """The runs of one thread (`/threads/{thread_id}/runs`)."""

    @property
    def thread_id(self) -> str:
        """The thread these runs belong to."""
        return self._scope.thread_id or ""

    def list(
        self,
        *,
        page_size: int | None = None,
        offset: int | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[Run]:
        """Every run of the thread, fetched page by page as you iterate (keyword arguments not named
        here go to the spec's operation as they are)."""

        def fetch(params: Params) -> Page[Run]:
            arguments = {**self._scope.arguments(), **extra, **params}
            response = self._http.send_operation(list_thread_runs, arguments)
            return Page([Run(self, model) for model in self._scope.parse_runs(response)], params=params)

        return Pager(
            fetch,
            OffsetPagination(limit=page_size, offset=offset, server_limit=SERVER_PAGE_SIZE),
            max_items=max_items,
            key=_run_key,
        )


def _run_key(run: Run) -> str:
    """A run seen on an earlier page is not listed twice, whatever its status is by now."""
    return run.run_id
