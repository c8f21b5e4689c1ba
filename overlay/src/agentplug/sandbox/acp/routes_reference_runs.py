"""Runs in the reference profile: the reference server's answers, deviations included.

Stateless runs work (each gets a thread id of its own) except delete and cancel, which answer
500 "Not implemented". On threads only create-and-wait, get, wait, list and delete work: a
background create and a wait that ends in an interrupt crash (plain-text 500), streams, resume
and cancel are not implemented. Resume errors are 400s, waits on unknown runs are bodiless 404s,
``limit``/``offset`` of the thread-run listing and ``wait`` of cancel are refused whatever
their value (422), and a stream_mode other than null is refused (422).
"""

from __future__ import annotations

import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import schemas
from .agent import AgentSpec
from .errors import ApiError, CrashError, conflict, invalid, not_implemented
from .params import json_body, path_uuid
from .responses import JsonResponse
from .routing import route
from .service import AcpService, paginate
from .sse import event_stream
from .sse_reference import reference_stream
from .store import RunRecord, ThreadRecord
from .validation import ValidationItem, is_uuid, validate

__all__ = ["reference_run_routes"]


def _text(items: list[ValidationItem]) -> str:
    """Validation problems as one text, as the reference server reports the agent's schema checks."""
    return "\n".join(f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in items)


def _check_run(service: AcpService, body: dict[str, Any]) -> AgentSpec:
    """The run's agent, checked in the reference server's order (422 on stream_mode, 404, 422)."""
    modes = body.get("stream_mode")
    if modes is not None:
        item = {
            "type": "model_attributes_type",
            "loc": ["body", "stream_mode"],
            "msg": "Input should be a valid dictionary or object to extract fields from",
            "input": modes,
        }
        raise invalid([item, dict(item)])
    agent_id = body.get("agent_id")
    key = agent_id.lower() if isinstance(agent_id, str) and is_uuid(agent_id) else agent_id
    agent = service.agents.get(key) if isinstance(key, str) else None
    if agent is None:
        raise ApiError(404, f"Agent {agent_id} not found")
    config = body.get("config")
    if not isinstance(config, dict):
        raise ApiError(422, '"config" is required for this agent')
    problems = validate(config.get("configurable") or {}, agent.config_schema, ())
    problems += validate(body.get("input"), agent.input_schema, ()) if "input" in body else []
    if problems:
        raise ApiError(422, _text(problems))
    return agent


def _strict_query(request: Request, names: tuple[str, ...], kind: str, what: str) -> None:
    """FastAPI's strict types take no query-string value at all: 422 for any that is present."""
    items = [
        {"type": f"{kind}_type", "loc": ["query", name], "msg": f"Input should be a valid {what}", "input": value}
        for name in names
        if (value := request.query_params.get(name)) is not None
    ]
    if items:
        raise invalid(items)


def reference_run_routes(service: AcpService) -> list[Route]:
    store = service.store
    engine = service.engine
    wire = service.wire

    def _run(run: RunRecord) -> JsonResponse:
        return JsonResponse(wire.run(run))

    def _answer(run: RunRecord) -> JsonResponse:
        body: dict[str, Any] = {"run": wire.run(run)}
        output = wire.output(run)
        if output is not None and not run.active:
            body["output"] = output
        return JsonResponse(body)

    def _stream(run: RunRecord, *, joined: bool) -> Response:
        cancel = not joined and run.creation.get("on_disconnect", "cancel") == "cancel"
        return event_stream(reference_stream(engine, run, joined=joined), run, cancel_on_disconnect=cancel)

    # ------------------------------------------------------------------ stateless

    async def _create_stateless(request: Request) -> RunRecord:
        body = await json_body(request, schemas.RUN_CREATE_STATELESS, echo_input=True)
        agent = _check_run(service, body)
        run = RunRecord(agent_id=agent.agent_id, creation=body, alias_thread_id=str(uuid.uuid4()))
        engine.start(run)
        return run

    def _stateless(request: Request) -> RunRecord | None:
        run = store.runs.get(path_uuid(request, "run_id"))
        return run if run is not None and run.thread_id is None else None

    def _known_stateless(request: Request) -> RunRecord:
        run = _stateless(request)
        if run is None:
            raise ApiError(404, f"Run with ID {path_uuid(request, 'run_id')} not found")
        return run

    async def create(request: Request) -> Response:
        return _run(await _create_stateless(request))

    async def create_and_wait(request: Request) -> Response:
        run = await _create_stateless(request)
        await engine.wait(run)
        return _answer(run)

    async def create_and_stream(request: Request) -> Response:
        return _stream(await _create_stateless(request), joined=False)

    async def search(request: Request) -> Response:
        body = await json_body(request, schemas.RUN_SEARCH, echo_input=True)
        found = [
            run
            for run in store.stateless_runs()
            if body.get("agent_id", run.agent_id).lower() == run.agent_id
            and body.get("status", run.status) == run.status
            and all((run.creation.get("metadata") or {}).get(k) == v for k, v in (body.get("metadata") or {}).items())
        ]
        return JsonResponse([wire.run(run) for run in paginate(found, body.get("limit", 10), body.get("offset", 0))])

    async def get(request: Request) -> Response:
        return _run(_known_stateless(request))

    async def resume(request: Request) -> Response:
        run = _stateless(request)
        payload = await json_body(request, schemas.RESUME_PAYLOAD, echo_input=True)
        if run is None:
            raise ApiError(400, "Run not found")
        if run.status != "interrupted" or run.resume is None or run.resume.done():
            raise ApiError(400, "Run is not in interrupted state")
        schema = service.agents[run.agent_id].resume_schemas.get(run.interrupt_type or "")
        problems = validate(payload, schema, ()) if schema is not None else []
        if problems:
            raise ApiError(422, f"Resume payload not valid: {_text(problems)}")
        engine.resume(run, payload)
        return _run(run)

    async def wait(request: Request) -> Response:
        run = _stateless(request)
        if run is None:
            return Response(status_code=404)
        await engine.wait(run)
        return _answer(run)

    async def join(request: Request) -> Response:
        return _stream(_known_stateless(request), joined=True)

    async def cancel(request: Request) -> Response:
        path_uuid(request, "run_id")
        _strict_query(request, ("wait",), "bool", "boolean")
        raise not_implemented()

    async def delete(request: Request) -> Response:
        path_uuid(request, "run_id")
        raise not_implemented()

    # ------------------------------------------------------------------ on threads

    def _thread(thread_id: str, body: dict[str, Any]) -> ThreadRecord:
        thread = store.threads.get(thread_id)
        if thread is None and body.get("if_not_exists", "reject") == "create":
            thread = store.threads.setdefault(thread_id, ThreadRecord(thread_id=thread_id, metadata={}))
        if thread is None:
            raise ApiError(404, f"Thread with ID {thread_id} does not exist.")
        return thread

    async def _checked_thread_request(request: Request) -> tuple[ThreadRecord, AgentSpec, dict[str, Any]]:
        thread_id = path_uuid(request, "thread_id")
        body = await json_body(request, schemas.RUN_CREATE_STATEFUL, echo_input=True)
        thread = _thread(thread_id, body)
        return thread, _check_run(service, body), body

    async def thread_create(request: Request) -> Response:
        await _checked_thread_request(request)
        # The reference handler returns an un-awaited coroutine: nothing is stored, plain 500.
        raise CrashError("background thread run")

    async def thread_create_and_wait(request: Request) -> Response:
        thread, agent, body = await _checked_thread_request(request)
        if any(other.active for other in store.thread_runs(thread.thread_id)):
            raise conflict(f"Thread {thread.thread_id} has a pending run")
        run = RunRecord(agent_id=agent.agent_id, creation=body, thread_id=thread.thread_id)
        engine.start(run)
        await engine.wait(run)
        if run.status == "interrupted":
            raise CrashError("interrupt in a thread run's wait")
        return _answer(run)

    async def thread_create_and_stream(request: Request) -> Response:
        path_uuid(request, "thread_id")
        await json_body(request, schemas.RUN_CREATE_STATEFUL, echo_input=True)
        raise not_implemented()

    def _thread_run(request: Request) -> RunRecord | None:
        thread_id = path_uuid(request, "thread_id")
        run = store.runs.get(path_uuid(request, "run_id"))
        return run if run is not None and run.thread_id == thread_id else None

    async def list_runs(request: Request) -> Response:
        thread_id = path_uuid(request, "thread_id")
        _strict_query(request, ("limit", "offset"), "int", "integer")
        service.thread(thread_id)
        return JsonResponse([wire.run(run) for run in store.thread_runs(thread_id)])

    async def thread_get(request: Request) -> Response:
        service.thread(path_uuid(request, "thread_id"))
        run = _thread_run(request)
        if run is None:
            raise ApiError(404, "Run not found")
        return _run(run)

    async def thread_wait(request: Request) -> Response:
        run = _thread_run(request)
        if run is None:
            return Response(status_code=404)
        await engine.wait(run)
        if run.status == "interrupted":
            raise CrashError("interrupt in a thread run's wait")
        return _answer(run)

    async def thread_delete(request: Request) -> Response:
        run = _thread_run(request)
        if run is not None:
            await engine.delete(run)
        return Response(status_code=204)

    async def thread_not_implemented(request: Request) -> Response:
        path_uuid(request, "thread_id")
        path_uuid(request, "run_id")
        raise not_implemented()

    async def thread_cancel(request: Request) -> Response:
        path_uuid(request, "thread_id")
        path_uuid(request, "run_id")
        _strict_query(request, ("wait",), "bool", "boolean")
        raise not_implemented()

    run_path = "/runs/{run_id:uuid}"
    thread_path = "/threads/{thread_id:uuid}/runs"
    thread_run_path = thread_path + "/{run_id:uuid}"
    return [
        route("/runs", post=create),
        route("/runs/search", post=search),
        route("/runs/stream", post=create_and_stream),
        route("/runs/wait", post=create_and_wait),
        route(run_path + "/wait", get=wait),
        route(run_path + "/stream", get=join),
        route(run_path + "/cancel", post=cancel),
        route(run_path, get=get, post=resume, delete=delete),
        route(thread_path, get=list_runs, post=thread_create),
        route(thread_path + "/stream", post=thread_create_and_stream),
        route(thread_path + "/wait", post=thread_create_and_wait),
        route(thread_run_path + "/wait", get=thread_wait),
        route(thread_run_path + "/stream", get=thread_not_implemented),
        route(thread_run_path + "/cancel", post=thread_cancel),
        route(thread_run_path, get=thread_get, post=thread_not_implemented, delete=thread_delete),
    ]
