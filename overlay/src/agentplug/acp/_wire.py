"""ACP on the wire, without I/O: which generated operation, request bodies, response parsing, typed run events.

Shared by the async client (`_async/`) and its generated sync twin (`_sync/`), so every decision
about what is sent and how an answer is read is made in one place.
"""

from __future__ import annotations

import inspect
import json
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, Literal, TypeAlias, TypedDict, TypeVar
from uuid import UUID

import httpx2
from agentplug_acp_client.models import (
    CustomRunResultUpdate,
    RunCreateStateful,
    RunCreateStateless,
    RunError,
    RunInterrupt,
    RunResult,
    RunStateful,
    RunStateless,
    RunStatus,
    ValueRunErrorUpdate,
    ValueRunInterruptUpdate,
    ValueRunResultUpdate,
)
from agentplug_acp_client.models.run_wait_response_stateful import RunWaitResponseStateful
from agentplug_acp_client.models.run_wait_response_stateless import RunWaitResponseStateless
from agentplug_acp_client.types import Unset

from agentplug._core._arguments import check_seconds
from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug._core._errors import build_model, parse_json
from agentplug._core._operations import lazy_operations
from agentplug._core._sse_decoder import ServerSentEvent
from agentplug.errors import APIStatusError, ConfigurationError, InvalidArgumentError, ResponseValidationError

(
    cancel_stateless_run,
    create_and_stream_stateless_run_output,
    create_and_wait_for_stateless_run_output,
    create_stateless_run,
    delete_stateless_run,
    get_stateless_run,
    resume_stateless_run,
    stream_stateless_run_output,
    wait_for_stateless_run_output,
) = lazy_operations(
    "agentplug_acp_client.api.stateless_runs",
    "cancel_stateless_run",
    "create_and_stream_stateless_run_output",
    "create_and_wait_for_stateless_run_output",
    "create_stateless_run",
    "delete_stateless_run",
    "get_stateless_run",
    "resume_stateless_run",
    "stream_stateless_run_output",
    "wait_for_stateless_run_output",
)
(
    cancel_thread_run,
    create_and_stream_thread_run_output,
    create_and_wait_for_thread_run_output,
    create_thread_run,
    delete_thread_run,
    get_thread_run,
    resume_thread_run,
    stream_thread_run_output,
    wait_for_thread_run_output,
) = lazy_operations(
    "agentplug_acp_client.api.thread_runs",
    "cancel_thread_run",
    "create_and_stream_thread_run_output",
    "create_and_wait_for_thread_run_output",
    "create_thread_run",
    "delete_thread_run",
    "get_thread_run",
    "resume_thread_run",
    "stream_thread_run_output",
    "wait_for_thread_run_output",
)

__all__ = [
    "PLATFORM",
    "Interrupt",
    "RunFields",
    "RunModel",
    "RunOptions",
    "RunOutput",
    "RunScope",
    "RunUpdate",
    "UnknownRunEvent",
    "WaitedRunOptions",
    "async_call_handler",
    "call_handler",
    "decode_run_event",
    "run_body",
    "wait_not_supported",
]

PLATFORM = "acp"
# The page size ACP servers apply when a listing is asked without `limit` (ACP 0.2.3 default).
SERVER_PAGE_SIZE = 10
T = TypeVar("T")

RunModel: TypeAlias = RunStateless | RunStateful
RunOutput: TypeAlias = RunResult | RunInterrupt | RunError
WaitResponse: TypeAlias = RunWaitResponseStateless | RunWaitResponseStateful
Id: TypeAlias = str | UUID

# Statuses after which a run never changes again (an interrupted run resumes to pending).
FINAL_STATUSES = frozenset({RunStatus.SUCCESS, RunStatus.ERROR, RunStatus.TIMEOUT})


class RunFields(TypedDict, total=False):
    """The less common fields of a run request (ACP `RunCreate`), passed as keyword arguments.

    `on_completion` is for stateless runs only; `stream_subgraphs` and `if_not_exists` for runs on
    a thread.
    """

    metadata: Mapping[str, Any]
    webhook: str
    stream_mode: Literal["values", "custom"] | list[Literal["values", "custom"]] | None
    on_disconnect: Literal["cancel", "continue"]
    multitask_strategy: Literal["reject", "rollback", "interrupt", "enqueue"]
    after_seconds: int
    on_completion: Literal["delete", "keep"]
    stream_subgraphs: bool
    if_not_exists: Literal["create", "reject"]


class RunOptions(RunFields, CallOptions, total=False):
    """A run's less common fields (`RunFields`) and the per-call options (`CallOptions`)."""


class WaitedRunOptions(RunFields, RequestExtras, total=False):
    """`RunOptions` of a call that has a `timeout` of its own (`create_and_wait`)."""


_STATELESS_ONLY = frozenset({"on_completion"})
_THREAD_ONLY = frozenset({"stream_subgraphs", "if_not_exists"})


@dataclass(frozen=True)
class RunOperations:
    """The generated operation modules of one run scope (stateless, or on a thread)."""

    create: ModuleType
    create_and_wait: ModuleType
    create_and_stream: ModuleType
    get: ModuleType
    resume: ModuleType
    cancel: ModuleType
    delete: ModuleType
    wait: ModuleType
    stream: ModuleType


_STATELESS_OPERATIONS = RunOperations(
    create=create_stateless_run,
    create_and_wait=create_and_wait_for_stateless_run_output,
    create_and_stream=create_and_stream_stateless_run_output,
    get=get_stateless_run,
    resume=resume_stateless_run,
    cancel=cancel_stateless_run,
    delete=delete_stateless_run,
    wait=wait_for_stateless_run_output,
    stream=stream_stateless_run_output,
)
_THREAD_OPERATIONS = RunOperations(
    create=create_thread_run,
    create_and_wait=create_and_wait_for_thread_run_output,
    create_and_stream=create_and_stream_thread_run_output,
    get=get_thread_run,
    resume=resume_thread_run,
    cancel=cancel_thread_run,
    delete=delete_thread_run,
    wait=wait_for_thread_run_output,
    stream=stream_thread_run_output,
)


@dataclass(frozen=True)
class RunScope:
    """Where runs live: stateless (`/runs`) or on one thread (`/threads/{id}/runs`); the generated
    operation modules build the requests."""

    operations: RunOperations
    thread_id: str | None = None

    @classmethod
    def stateless(cls) -> RunScope:
        return _STATELESS

    @classmethod
    def on_thread(cls, thread_id: Id) -> RunScope:
        return cls(_THREAD_OPERATIONS, path_id(thread_id, "thread_id"))

    @property
    def kind(self) -> str:
        return "thread run" if self.thread_id else "stateless run"

    def arguments(self, run_id: Id | None = None) -> dict[str, Any]:
        """The path arguments of an operation in this scope (`thread_id`, and `run_id` if given)."""
        found: dict[str, Any] = {} if self.thread_id is None else {"thread_id": self.thread_id}
        if run_id is not None:
            found["run_id"] = path_id(run_id, "run_id")
        return found

    def parse_run(self, response: httpx2.Response) -> RunModel:
        data = parse_json(response, platform=PLATFORM)
        if self.thread_id:
            return build_model(RunStateful.from_dict, data, response=response)
        return build_model(RunStateless.from_dict, data, response=response)

    def parse_wait(self, response: httpx2.Response) -> WaitResponse:
        data = parse_json(response, platform=PLATFORM)
        if self.thread_id:
            return build_model(RunWaitResponseStateful.from_dict, data, response=response)
        return build_model(RunWaitResponseStateless.from_dict, data, response=response)

    def parse_runs(self, response: httpx2.Response) -> list[RunModel]:
        if self.thread_id:
            return list(parse_list(response, RunStateful.from_dict))
        return list(parse_list(response, RunStateless.from_dict))


_STATELESS = RunScope(_STATELESS_OPERATIONS)


def path_id(value: Id, name: str) -> str:
    """An id for a URL path (and for bodies naming it), checked so it cannot change the path.

    ACP types ids as UUIDs, but servers may use other ids (read as the text sent): text made of
    letters, digits and `-._~` (URL-safe as is), other than `.` and `..`, is accepted unchanged.
    """
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, str):
        if _CANONICAL_UUID.fullmatch(value):  # the usual case, as the server wrote it: no parse needed
            return value
        try:
            return str(UUID(value))
        except ValueError:
            if _SAFE_ID.fullmatch(value) and value not in (".", ".."):
                return value
    raise InvalidArgumentError(
        f"{name} must be a UUID or an id of letters, digits and -._~, got {value!r}", argument=name
    )


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SAFE_ID = re.compile(r"[A-Za-z0-9._~-]+")


def model_parser(parse: Callable[[Mapping[str, Any]], T]) -> Callable[[httpx2.Response], T]:
    """A response parser: the JSON body through `parse` (a generated `from_dict`), errors typed."""

    def read(response: httpx2.Response) -> T:
        return build_model(parse, parse_json(response, platform=PLATFORM), response=response)

    return read


def parse_none(response: httpx2.Response) -> None:
    """For operations answering 204 (or, on some servers, 200 with `null`): nothing to read."""


def parse_list(response: httpx2.Response, parse: Callable[[Mapping[str, Any]], T]) -> list[T]:
    data = parse_json(response, platform=PLATFORM)
    if not isinstance(data, list):
        raise build_model(_not_a_list, data, response=response, model="JSON array")
    return [build_model(parse, item, response=response) for item in data]


def _not_a_list(data: object) -> Any:
    raise TypeError(f"expected a JSON array, got {type(data).__name__}")


def json_value(value: object, name: str) -> Any:
    """`value` if JSON can carry it (ACP 0.2.3 allows any JSON value but null for payloads)."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        raise ConfigurationError(f"{name} must be JSON-serialisable: {exc}") from None
    return value


def run_body(
    scope: RunScope,
    agent_id: Id | None,
    input: object,
    config: Mapping[str, Any] | None,
    options: Mapping[str, Any],
) -> bytes:
    """The JSON body creating a run in `scope`, encoded (fields left out are the server's defaults).

    Encoded here, once: the body is sent as these bytes (`JSON_HEADERS`), and a stream that has
    to fall back to creating the run again sends the very same request.
    """
    unknown = set(options) - set(RunFields.__annotations__)
    wrong = options.keys() & (_STATELESS_ONLY if scope.thread_id else _THREAD_ONLY)
    if unknown or wrong:
        names = ", ".join(sorted(unknown | wrong))
        raise ConfigurationError(f"not an option of a {scope.kind}: {names}")
    fields: dict[str, Any] = {}
    if agent_id is not None:
        fields["agent_id"] = path_id(agent_id, "agent_id")
    if input is not None:
        fields["input_"] = input
    if config is not None:
        if not isinstance(config, Mapping):
            raise ConfigurationError(f"config must be a mapping like {{'configurable': {{...}}}}, got {config!r}")
        fields["config"] = dict(config)
    for name, value in options.items():
        if value is not None or name == "stream_mode":  # stream_mode=None asks for no stream modes
            fields[name] = dict(value) if isinstance(value, Mapping) else value
    model = RunCreateStateful if scope.thread_id else RunCreateStateless
    body = model(**fields).to_dict()  # the spec's layout and wire names
    try:
        return json.dumps(body, allow_nan=False, separators=(",", ":")).encode()
    except (TypeError, ValueError, RecursionError):
        for name, value in body.items():  # name the field at fault (only on this error path)
            json_value(value, name)
        raise


# How a pre-encoded JSON body is sent.
JSON_HEADERS = {"Content-Type": "application/json"}


def resume_body(payload: object) -> object:
    if payload is None:
        raise ConfigurationError("a resume payload is required (ACP sends it as the whole request body)")
    return json_value(payload, "payload")


def wait_not_supported(error: APIStatusError) -> bool:
    """Whether an error from a `/wait` endpoint means the server does not implement it.

    405 and 501 say so; some servers answer 500 with "Not implemented" for unimplemented
    operations. A 404 is not one: the run does not exist, and polling would say the same.
    """
    if error.status_code in (405, 501):
        return True
    return error.status_code == 500 and "not implemented" in str(error).lower()


# --------------------------------------------------------------------------------- run state


@dataclass(frozen=True)
class Interrupt:
    """What an interrupted run asks for.

    Real servers wrap the payload in an object keyed by the interrupt type of the agent's
    descriptor (`{"echo_interrupt": {...}}`); that wrapper is unpacked here. `raw` is the value
    as sent.

    Attributes:
        interrupt_type: the descriptor's interrupt type, when the server named it.
        payload: the interrupt payload (any JSON value).
        raw: the `interrupt` value exactly as the server sent it.
    """

    interrupt_type: str | None
    payload: Any
    raw: Any = field(repr=False, default=None)

    @classmethod
    def from_raw(cls, raw: Any) -> Interrupt:
        """Read an interrupt as sent: a one-key object is unpacked into `interrupt_type` and `payload`."""

        if isinstance(raw, dict) and len(raw) == 1:
            (kind, payload), *_ = raw.items()
            return cls(kind, payload, raw)
        return cls(None, raw, raw)


def run_of(answer: WaitResponse, response: httpx2.Response) -> RunModel:
    """The run of a wait answer (the spec leaves it optional; a real answer always has it)."""
    run = answer.run
    if isinstance(run, Unset):
        return build_model(_no_run, answer.to_dict(), response=response, model="wait answer")
    return run


def _no_run(data: object) -> RunModel:
    raise KeyError("the answer has no 'run'")


def output_of(response: WaitResponse) -> RunOutput | None:
    output = response.output
    return None if isinstance(output, Unset) else output


# --------------------------------------------------------------------------------- streaming

RunUpdate: TypeAlias = ValueRunResultUpdate | CustomRunResultUpdate | ValueRunInterruptUpdate | ValueRunErrorUpdate


@dataclass(frozen=True)
class UnknownRunEvent:
    """A stream event of a kind this client does not know (kept, not dropped)."""

    type: str
    data: Any


_UPDATE_PARSERS: dict[str, Callable[[Mapping[str, Any]], RunUpdate]] = {
    "values": ValueRunResultUpdate.from_dict,
    "custom": CustomRunResultUpdate.from_dict,
    "interrupt": ValueRunInterruptUpdate.from_dict,
    "error": ValueRunErrorUpdate.from_dict,
}


def decode_run_event(event: ServerSentEvent) -> RunUpdate | UnknownRunEvent | None:
    """One SSE event as a typed update; None for an event with no data (nothing to deliver).

    ACP names every event `agent_event` and puts the kind in `data.type`. Malformed JSON or a
    shape that does not fit raises, and the stream turns that into ResponseValidationError.
    """
    if not event.data:
        return None
    data = json.loads(event.data)
    if not isinstance(data, dict):
        raise TypeError(f"an ACP event's data must be a JSON object, got {type(data).__name__}")
    kind = data.get("type")
    parse = _UPDATE_PARSERS.get(kind) if isinstance(kind, str) else None
    if parse is None:
        return UnknownRunEvent(str(kind), data)
    return parse(data)


R = TypeVar("R")


@dataclass(frozen=True)
class RunFinished(Generic[R]):
    """The last event of every run stream: the run as it ended.

    Attributes:
        run: the run's handle after the stream (status and output), or None when the server
            no longer has the run (deleted on completion) or never named it.
        status: the run's final status (from the run, else from the last event), if known.
    """

    run: R | None
    status: RunStatus | None = None


def update_status(update: RunUpdate | UnknownRunEvent) -> RunStatus | None:
    return None if isinstance(update, UnknownRunEvent) else update.status


def time_left(timeout: float | None, started: float) -> float | None:
    """What is left of `timeout` seconds counted from `started` (monotonic; None: no deadline)."""
    seconds = check_seconds(timeout, "timeout")  # the caller's value: say what is wrong with it
    return None if seconds is None else max(0.0, seconds - (time.monotonic() - started))


def update_run_id(update: RunUpdate | UnknownRunEvent) -> str | None:
    if isinstance(update, UnknownRunEvent):
        value = update.data.get("run_id") if isinstance(update.data, dict) else None
        return value if isinstance(value, str) else None
    run_id = update.run_id
    return None if isinstance(run_id, Unset) else str(run_id)


# --------------------------------------------------------------------------------- handlers


def call_handler(handler: Callable[[T], object], argument: T) -> object:
    """Call a user's handler (sync twin of `async_call_handler`)."""
    return handler(argument)


async def async_call_handler(handler: Callable[[T], object | Awaitable[object]], argument: T) -> object:
    """Call a user's handler, awaiting its answer when it is a coroutine function's."""
    answer = handler(argument)
    if inspect.isawaitable(answer):
        return await answer
    return answer


def not_a_run_output(value: object) -> ResponseValidationError:
    return ResponseValidationError(f"The ACP server sent an unexpected run output: {value!r:.200}")
