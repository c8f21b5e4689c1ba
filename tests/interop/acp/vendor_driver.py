"""Drives the vendor SDK `agntcy-acp` against an ACP server; runs in the vendor's own venv.

    python vendor_driver.py SCENARIO BASE_URL [--mode sync|async] [--api-key KEY] [--arg JSON]

Prints one JSON document on stdout: what the SDK returned (models turned into plain JSON, the
class names of `oneOf` members) or which exception it raised, per step. The pytest side
(`test_vendor_*.py`, project venv) asserts on it and cross-checks the server's state. Nothing
here imports agentplug: this file runs where only the vendor SDK is installed.

Every scenario is written once as a coroutine; `Api` calls the sync `ACPClient` directly or
awaits the `AsyncACPClient`, so both clients run the same steps.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

import agntcy_acp
from agntcy_acp import ACPClient, ApiClientConfiguration, AsyncACPClient
from agntcy_acp.models import (
    AgentSearchRequest,
    Config,
    RunCreateStateful,
    RunCreateStateless,
    RunSearchRequest,
    ThreadCreate,
    ThreadPatch,
    ThreadSearchRequest,
)

ECHO_AGENT_ID = "5a3b0c2e-7d41-4f6a-9e8b-1c2d3e4f5a6b"
MISSING_ID = "00000000-0000-4000-8000-000000000000"


def chat(text: str) -> dict[str, Any]:
    return {"messages": [{"type": "human", "content": text}]}


# ---------------------------------------------------------------------------------------------
# Turning SDK results into JSON


def plain(value: Any) -> Any:
    """A JSON-able view of an SDK result (pydantic models, oneOf wrappers, lists)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if hasattr(value, "actual_instance"):  # oneOf wrapper: keep the member's class name
        inner = value.actual_instance
        return {"__class__": type(inner).__name__, **(plain(inner) or {})}
    if hasattr(value, "model_dump"):
        dumped = value.model_dump(mode="json", by_alias=True, exclude_none=True)
        for name in type(value).model_fields:
            member = getattr(value, name, None)
            if hasattr(member, "actual_instance"):
                dumped[name] = plain(member)
        return dumped
    if hasattr(value, "value"):  # enums
        return value.value
    return repr(value)


def failure(exc: BaseException) -> dict[str, Any]:
    """An exception as JSON: its class, the vendor's base classes, HTTP status and body if any."""
    bases = [cls.__name__ for cls in type(exc).__mro__[1:] if cls.__module__.startswith("agntcy_acp")]
    return {
        "error": type(exc).__name__,
        "module": type(exc).__module__,
        "bases": bases,
        "status": getattr(exc, "status", None),
        "body": getattr(exc, "body", None),
        "message": str(exc)[:500],
    }


def event_summary(event: Any) -> dict[str, Any]:
    """One streamed RunOutputStream: id, event name, payload class, status, and what identifies it."""
    payload = event.data.actual_instance if event.data is not None else None
    summary: dict[str, Any] = {"id": event.id, "event": event.event, "class": type(payload).__name__}
    if payload is not None:
        summary["type"] = payload.type
        summary["run_id"] = getattr(payload, "run_id", None)
        status = getattr(payload, "status", None)
        summary["status"] = getattr(status, "value", status)
        values = getattr(payload, "values", None)
        if isinstance(values, dict):
            summary["step"] = values.get("step")
            messages = values.get("messages")
            if isinstance(messages, list) and messages:
                summary["last_content"] = messages[-1].get("content")
    return summary


# ---------------------------------------------------------------------------------------------
# One face for both clients


class Api:
    """Calls a method of the sync or the async client; streams are drained into lists."""

    def __init__(self, client: Any, is_async: bool) -> None:
        self.client = client
        self.is_async = is_async

    async def __call__(self, name: str, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, name)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result

    def open_stream(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """The generator the SDK returns (nothing is sent before the first iteration)."""
        return getattr(self.client, name)(*args, **kwargs)

    async def next_event(self, stream: Any) -> Any:
        if self.is_async:
            return await stream.__anext__()
        return next(stream)

    async def stream(self, name: str, *args: Any, **kwargs: Any) -> list[Any]:
        generator = self.open_stream(name, *args, **kwargs)
        if inspect.isawaitable(generator):
            generator = await generator
        if self.is_async:
            return [event async for event in generator]
        return list(generator)


async def step(results: dict[str, Any], name: str, call: Callable[[], Awaitable[Any]]) -> Any:
    """Run one step, storing its plain result or its exception under `name`."""
    try:
        value = await call()
    except Exception as exc:
        results[name] = failure(exc)
        return None
    results[name] = plain(value)
    return value


def stateless(text: str, **configurable: Any) -> RunCreateStateless:
    return RunCreateStateless(agent_id=ECHO_AGENT_ID, input=chat(text), config=Config(configurable=configurable))


def stateful(text: str, **configurable: Any) -> RunCreateStateful:
    return RunCreateStateful(agent_id=ECHO_AGENT_ID, input=chat(text), config=Config(configurable=configurable))


# ---------------------------------------------------------------------------------------------
# Scenarios


async def operations(api: Api, arg: dict[str, Any]) -> dict[str, Any]:
    """Every operation the SDK offers, once, in an order where each has something to act on."""
    r: dict[str, Any] = {}
    # Agents
    await step(r, "search_agents", lambda: api("search_agents", AgentSearchRequest(name="agentplug.sandbox.echo")))
    await step(r, "get_agent_by_id", lambda: api("get_agent_by_id", ECHO_AGENT_ID))
    await step(r, "get_acp_descriptor_by_id", lambda: api("get_acp_descriptor_by_id", ECHO_AGENT_ID))

    # Stateless runs
    waited = await step(
        r,
        "create_and_wait_for_stateless_run_output",
        lambda: api("create_and_wait_for_stateless_run_output", stateless("Hello ACP", to_upper=True)),
    )
    created = await step(
        r, "create_stateless_run", lambda: api("create_stateless_run", stateless("background", sleep_secs=0.2))
    )
    run_id = created.run_id if created is not None else MISSING_ID
    await step(r, "get_stateless_run", lambda: api("get_stateless_run", run_id))
    await step(r, "wait_for_stateless_run_output", lambda: api("wait_for_stateless_run_output", run_id))
    await step(
        r,
        "search_stateless_runs",
        lambda: api("search_stateless_runs", RunSearchRequest(agent_id=ECHO_AGENT_ID, status="success", limit=1000)),
    )
    events = await step(
        r,
        "create_and_stream_stateless_run_output",
        lambda: api.stream("create_and_stream_stateless_run_output", stateless("streamed")),
    )
    r["create_and_stream_stateless_run_output"] = [event_summary(e) for e in events or []]
    # Interrupt, join the stream, resume, wait.
    interrupted = await step(
        r, "create_interrupted_run", lambda: api("create_stateless_run", stateless("question", interrupt_count=1))
    )
    irun = interrupted.run_id if interrupted is not None else MISSING_ID
    await step(r, "wait_interrupted", lambda: api("wait_for_stateless_run_output", irun))
    await step(r, "resume_stateless_run", lambda: api("resume_stateless_run", irun, chat("my answer")))
    joined = await step(r, "stream_stateless_run_output", lambda: api.stream("stream_stateless_run_output", irun))
    r["stream_stateless_run_output"] = [event_summary(e) for e in joined or []]
    await step(r, "wait_resumed", lambda: api("wait_for_stateless_run_output", irun))
    # Cancel a sleeping run, then delete it.
    slow = await step(r, "create_slow_run", lambda: api("create_stateless_run", stateless("slow", sleep_secs=30)))
    srun = slow.run_id if slow is not None else MISSING_ID
    await step(r, "cancel_stateless_run", lambda: api("cancel_stateless_run", srun, wait=True, action="interrupt"))
    await step(r, "get_cancelled_run", lambda: api("get_stateless_run", srun))
    await step(r, "delete_stateless_run", lambda: api("delete_stateless_run", srun))
    await step(r, "get_deleted_run", lambda: api("get_stateless_run", srun))

    # Threads
    thread = await step(
        r, "create_thread", lambda: api("create_thread", ThreadCreate(metadata={"suite": "interop", "n": 1}))
    )
    tid = thread.thread_id if thread is not None else MISSING_ID
    await step(r, "get_thread", lambda: api("get_thread", tid))
    await step(r, "patch_thread", lambda: api("patch_thread", tid, ThreadPatch(metadata={"patched": True})))
    await step(
        r,
        "search_threads",
        lambda: api("search_threads", ThreadSearchRequest(metadata={"suite": "interop", "patched": True}, limit=1000)),
    )

    # Thread runs
    await step(
        r,
        "create_and_wait_for_thread_run_output",
        lambda: api("create_and_wait_for_thread_run_output", tid, stateful("first", to_lower=True)),
    )
    tstream = await step(
        r,
        "create_and_stream_thread_run_output",
        lambda: api.stream("create_and_stream_thread_run_output", tid, stateful("second")),
    )
    r["create_and_stream_thread_run_output"] = [event_summary(e) for e in tstream or []]
    trun = await step(
        r, "create_thread_run", lambda: api("create_thread_run", tid, stateful("third", interrupt_count=1))
    )
    trid = trun.run_id if trun is not None else MISSING_ID
    await step(r, "wait_for_thread_run_output", lambda: api("wait_for_thread_run_output", tid, trid))
    await step(r, "get_thread_run", lambda: api("get_thread_run", tid, trid))
    await step(r, "resume_thread_run", lambda: api("resume_thread_run", tid, trid, chat("thread answer")))
    tjoined = await step(r, "stream_thread_run_output", lambda: api.stream("stream_thread_run_output", tid, trid))
    r["stream_thread_run_output"] = [event_summary(e) for e in tjoined or []]
    await step(r, "wait_thread_resumed", lambda: api("wait_for_thread_run_output", tid, trid))
    await step(r, "list_thread_runs", lambda: api("list_thread_runs", tid, limit=10, offset=0))
    await step(r, "get_thread_history", lambda: api("get_thread_history", tid, limit=10))
    tslow = await step(
        r, "create_slow_thread_run", lambda: api("create_thread_run", tid, stateful("slow", sleep_secs=30))
    )
    tsid = tslow.run_id if tslow is not None else MISSING_ID
    await step(r, "cancel_thread_run", lambda: api("cancel_thread_run", tid, tsid, wait=True, action="interrupt"))
    await step(r, "get_cancelled_thread_run", lambda: api("get_thread_run", tid, tsid))
    await step(r, "delete_thread_run", lambda: api("delete_thread_run", tid, tsid))
    copied = await step(r, "copy_thread", lambda: api("copy_thread", tid))
    cid = copied.thread_id if copied is not None else MISSING_ID
    await step(r, "delete_thread", lambda: api("delete_thread", cid))  # the copy: the original's runs stay
    await step(r, "get_deleted_thread", lambda: api("get_thread", cid))
    r["ids"] = {
        "waited_run": waited.run.run_id if waited is not None and waited.run is not None else None,
        "background_run": run_id,
        "interrupted_run": irun,
        "cancelled_run": srun,
        "thread": tid,
        "copied_thread": cid,
        "thread_run": trid,
        "cancelled_thread_run": tsid,
    }
    return r


async def errors(api: Api, arg: dict[str, Any]) -> dict[str, Any]:
    """Error statuses of the server and the SDK's exception for each."""
    r: dict[str, Any] = {}
    await step(r, "404_agent", lambda: api("get_agent_by_id", MISSING_ID))
    await step(r, "404_descriptor", lambda: api("get_acp_descriptor_by_id", MISSING_ID))
    await step(r, "404_run", lambda: api("get_stateless_run", MISSING_ID))
    await step(r, "404_thread", lambda: api("get_thread", MISSING_ID))
    await step(r, "404_thread_runs", lambda: api("list_thread_runs", MISSING_ID))
    await step(r, "422_search_agents_empty", lambda: api("search_agents", AgentSearchRequest()))
    await step(
        r,
        "422_bad_config",
        lambda: api("create_and_wait_for_stateless_run_output", stateless("x", interrupt_count="many")),
    )
    done = await step(r, "finished_run", lambda: api("create_and_wait_for_stateless_run_output", stateless("x")))
    finished_id = done.run.run_id if done is not None else MISSING_ID
    await step(r, "409_resume_finished", lambda: api("resume_stateless_run", finished_id, chat("late")))
    thread = await step(r, "thread", lambda: api("create_thread", ThreadCreate(metadata={})))
    tid = thread.thread_id if thread is not None else MISSING_ID
    await step(
        r,
        "409_thread_exists",
        lambda: api("create_thread", ThreadCreate(thread_id=tid, metadata={}, if_exists="raise")),
    )
    # A stream answered 404: the SDK returns a generator and raises only when it is first iterated.
    generator = api.open_stream("create_and_stream_stateless_run_output", RunCreateStateless(agent_id=MISSING_ID))
    r["stream_404_generator"] = type(generator).__name__
    try:
        first = await api.next_event(generator)
    except Exception as exc:
        r["stream_404_first_iteration"] = failure(exc)
    else:
        r["stream_404_first_iteration"] = {"yielded": plain(first)}
    return r


async def auth(api: Api, arg: dict[str, Any]) -> dict[str, Any]:
    """One call that needs the API key (the client was built with or without it)."""
    r: dict[str, Any] = {}
    await step(r, "get_agent_by_id", lambda: api("get_agent_by_id", ECHO_AGENT_ID))
    r["default_headers"] = sorted(api.client.api_client.default_headers)
    r["auth_settings"] = sorted(api.client.api_client.configuration.auth_settings())
    return r


async def stream(api: Api, arg: dict[str, Any]) -> dict[str, Any]:
    """A stateless run streaming `events` values events; every event the SDK yields, in order."""
    extra = int(arg.get("events", 10)) - 2
    started = time.perf_counter()
    events = await api.stream("create_and_stream_stateless_run_output", stateless("many", extra_values=extra))
    elapsed = time.perf_counter() - started
    return {"events": [event_summary(e) for e in events], "seconds": elapsed}


async def scalars(api: Api, arg: dict[str, Any]) -> dict[str, Any]:
    """ACP 0.2.3 scalar payloads: building them, and reading a run whose output is a scalar."""
    r: dict[str, Any] = {}
    try:
        RunCreateStateless(agent_id=ECHO_AGENT_ID, input="hello")
    except Exception as exc:
        r["scalar_input"] = failure(exc)
    else:
        r["scalar_input"] = {"accepted": True}
    try:
        Config(configurable="fast")  # type: ignore[arg-type]
    except Exception as exc:
        r["scalar_configurable"] = failure(exc)
    else:
        r["scalar_configurable"] = {"accepted": True}
    await step(r, "resume_scalar", lambda: api("resume_stateless_run", MISSING_ID, "yes"))
    scalar_run = arg.get("scalar_run_id")
    if scalar_run:
        await step(r, "get_scalar_run", lambda: api("get_stateless_run", scalar_run))
        await step(r, "wait_scalar_run", lambda: api("wait_for_stateless_run_output", scalar_run))
        await step(r, "search_stateless_runs", lambda: api("search_stateless_runs", RunSearchRequest(limit=1000)))
    return r


async def scenario(api: Api, arg: dict[str, Any]) -> dict[str, Any]:
    """The side-by-side scenario (same steps as our client's in test_side_by_side.py)."""
    r: dict[str, Any] = {}
    waited = await api("create_and_wait_for_stateless_run_output", stateless("Side by side", to_upper=True))
    r["wait"] = {"status": waited.run.status.value, "output": plain(waited.output)}
    events = await api.stream("create_and_stream_stateless_run_output", stateless("streamed", extra_values=3))
    r["stream"] = [event_summary(e) for e in events]
    run = await api("create_stateless_run", stateless("question", interrupt_count=1))
    first = await api("wait_for_stateless_run_output", run.run_id)
    r["interrupt"] = {"status": first.run.status.value, "output": plain(first.output)}
    resumed = await api("resume_stateless_run", run.run_id, chat("the answer"))
    r["resumed_status"] = resumed.status.value
    final = await api("wait_for_stateless_run_output", run.run_id)
    r["final"] = {"status": final.run.status.value, "output": plain(final.output)}
    thread = await api("create_thread", ThreadCreate(metadata={"side": "by-side"}))
    for text in ("one", "two"):
        await api("create_and_wait_for_thread_run_output", thread.thread_id, stateful(text))
    state = await api("get_thread", thread.thread_id)
    r["thread"] = {"status": state.status, "values": state.values}
    try:
        await api("get_stateless_run", MISSING_ID)
    except Exception as exc:
        r["missing"] = failure(exc)
    return r


async def raw_call(api: Api, arg: dict[str, Any]) -> dict[str, Any]:
    """One named call with JSON arguments (stub-server fault checks), timed."""
    r: dict[str, Any] = {}
    name = arg["method"]
    args = arg.get("args", [])
    if name in ("create_and_stream_stateless_run_output", "create_and_wait_for_stateless_run_output"):
        args = [RunCreateStateless.from_dict(args[0])]
    started = time.perf_counter()
    if "stream" in name:
        events = await step(r, "result", lambda: api.stream(name, *args))
        if events is not None:
            r["result"] = [event_summary(e) for e in events]
    else:
        await step(r, "result", lambda: api(name, *args))
    r["seconds"] = time.perf_counter() - started
    return r


async def decoder_leak(api: Api, arg: dict[str, Any]) -> dict[str, Any]:
    """Two streams in a row; the first ends inside a multi-byte character (stub server)."""
    r: dict[str, Any] = {}
    body = RunCreateStateless(agent_id=ECHO_AGENT_ID)
    first = await step(r, "first", lambda: api.stream("create_and_stream_stateless_run_output", body))
    if first is not None:
        r["first"] = [event_summary(e) for e in first]
    second = await step(r, "second", lambda: api.stream("create_and_stream_stateless_run_output", body))
    if second is not None:
        r["second"] = [event_summary(e) for e in second]
    return r


SCENARIOS: dict[str, Callable[[Api, dict[str, Any]], Awaitable[dict[str, Any]]]] = {
    "operations": operations,
    "errors": errors,
    "auth": auth,
    "stream": stream,
    "scalars": scalars,
    "scenario": scenario,
    "raw_call": raw_call,
    "decoder_leak": decoder_leak,
}


def configuration(base_url: str, api_key: str | None, arg: dict[str, Any]) -> ApiClientConfiguration:
    return ApiClientConfiguration(
        host=base_url,
        api_key={"x-api-key": api_key} if api_key is not None else None,
        retries=arg.get("retries"),
        timeout=arg.get("timeout"),
    )


async def run(name: str, base_url: str, mode: str, api_key: str | None, arg: dict[str, Any]) -> dict[str, Any]:
    config = configuration(base_url, api_key, arg)
    if mode == "async":
        async with AsyncACPClient(configuration=config) as client:
            return await SCENARIOS[name](Api(client, is_async=True), arg)
    with ACPClient(configuration=config) as sync_client:
        return await SCENARIOS[name](Api(sync_client, is_async=False), arg)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("base_url")
    parser.add_argument("--mode", choices=("sync", "async"), default="sync")
    parser.add_argument("--api-key", default=None)
    parser.add_argument("--arg", default="{}", help="JSON object of scenario arguments")
    args = parser.parse_args()
    try:
        result = asyncio.run(run(args.scenario, args.base_url, args.mode, args.api_key, json.loads(args.arg)))
    except Exception:
        traceback.print_exc()
        sys.exit(2)
    result["sdk_version"] = getattr(agntcy_acp, "ACP_VERSION", None)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
