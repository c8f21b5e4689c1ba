"""Runs, stateless and on threads: create, wait, stream, get, search/list, resume, cancel, delete."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import schemas
from .errors import conflict, not_found
from .params import json_body, path_uuid, query_bool, query_choice, query_int
from .responses import JsonResponse
from .routing import route
from .runs import stream_modes
from .service import AcpService, paginate
from .sse import encode_event, event_stream, parse_last_event_id
from .store import RunRecord, ThreadRecord

__all__ = ["run_routes"]


def _matches(run: RunRecord, body: dict[str, Any]) -> bool:
    if "agent_id" in body and run.agent_id != str(body["agent_id"]).lower():
        return False
    if "status" in body and run.status != body["status"]:
        return False
    metadata = run.creation.get("metadata") or {}
    return all(key in metadata and metadata[key] == value for key, value in (body.get("metadata") or {}).items())


def run_routes(service: AcpService) -> list[Route]:
    store = service.store
    engine = service.engine

    # ----------------------------------------------------------------- creation

    async def _create_stateless(request: Request) -> RunRecord:
        body = await json_body(request, schemas.RUN_CREATE_STATELESS)
        agent = service.check_run_request(body)
        run = RunRecord(agent_id=agent.agent_id, creation=body)
        engine.start(run)
        return run

    async def _create_on_thread(request: Request) -> RunRecord:
        thread_id = path_uuid(request, "thread_id")
        body = await json_body(request, schemas.RUN_CREATE_STATEFUL)
        thread = store.threads.get(thread_id)
        if thread is None and body.get("if_not_exists", "reject") != "create":
            raise not_found("Thread", thread_id)
        agent = service.check_run_request(body)
        if thread is None:
            thread = ThreadRecord(thread_id=thread_id, metadata={})
            store.threads[thread_id] = thread
        await _make_room(thread, body.get("multitask_strategy", "reject"))
        run = RunRecord(agent_id=agent.agent_id, creation=body, thread_id=thread_id)
        engine.start(run)
        return run

    async def _make_room(thread: ThreadRecord, strategy: str) -> None:
        active = [run for run in store.thread_runs(thread.thread_id) if run.active]
        if not active or strategy == "enqueue":
            return
        if strategy == "reject":
            raise conflict(f"Thread {thread.thread_id} has a pending run")
        for run in active:
            if strategy == "rollback":
                await engine.delete(run, rollback=True)
            else:
                await engine.cancel(run, wait=True)

    # ------------------------------------------------------------------ answers

    def _run(run: RunRecord) -> JsonResponse:
        return JsonResponse(service.wire.run(run))

    async def _wait_answer(run: RunRecord) -> JsonResponse:
        await engine.wait(run)
        body: dict[str, Any] = {"run": service.wire.run(run)}
        if run.output is not None and not run.active:
            body["output"] = run.output
        return JsonResponse(body)

    def _stream(run: RunRecord, after: int, *, cancel_on_disconnect: bool) -> Response:
        async def chunks() -> AsyncIterator[bytes]:
            async for event_id, payload in engine.events(run, after, stream_modes(run.creation)):
                yield encode_event(event_id, payload)

        return event_stream(chunks(), run, cancel_on_disconnect=cancel_on_disconnect)

    def _cancel_on_disconnect(run: RunRecord) -> bool:
        return bool(run.creation.get("on_disconnect", "cancel") == "cancel")

    # ------------------------------------------- the same handlers for either kind of run

    Lookup = Callable[[Request], RunRecord]
    Creator = Callable[[Request], Awaitable[RunRecord]]
    Handler = Callable[[Request], Awaitable[Response]]

    def _handlers(find: Lookup, create: Creator) -> dict[str, Handler]:
        """Create, wait, stream, get, resume, delete, join and cancel, for runs found by `find`."""

        async def create_run(request: Request) -> Response:
            return _run(await create(request))

        async def wait_new(request: Request) -> Response:
            return await _wait_answer(await create(request))

        async def stream_new(request: Request) -> Response:
            run = await create(request)
            return _stream(run, 0, cancel_on_disconnect=_cancel_on_disconnect(run))

        async def get_run(request: Request) -> Response:
            return _run(find(request))

        async def resume(request: Request) -> Response:
            run = find(request)
            engine.resume(run, await json_body(request, schemas.RESUME_PAYLOAD))
            return _run(run)

        async def delete(request: Request) -> Response:
            await engine.delete(find(request))
            return Response(status_code=204)

        async def wait(request: Request) -> Response:
            return await _wait_answer(find(request))

        async def join(request: Request) -> Response:
            after = parse_last_event_id(request.headers.get("last-event-id"))
            return _stream(find(request), after, cancel_on_disconnect=False)

        async def cancel(request: Request) -> Response:
            run = find(request)
            if query_choice(request, "action", ("interrupt", "rollback"), "interrupt") == "rollback":
                await engine.delete(run, rollback=True)
            else:
                await engine.cancel(run, wait=query_bool(request, "wait", False))
            return Response(status_code=204)

        return {
            "create": create_run,
            "wait_new": wait_new,
            "stream_new": stream_new,
            "get": get_run,
            "resume": resume,
            "delete": delete,
            "wait": wait,
            "join": join,
            "cancel": cancel,
        }

    def _stateless(request: Request) -> RunRecord:
        return service.stateless_run(path_uuid(request, "run_id"))

    def _on_thread(request: Request) -> RunRecord:
        return service.thread_run(path_uuid(request, "thread_id"), path_uuid(request, "run_id"))

    stateless = _handlers(_stateless, _create_stateless)
    on_thread = _handlers(_on_thread, _create_on_thread)

    async def search_stateless(request: Request) -> Response:
        body = await json_body(request, schemas.RUN_SEARCH)
        found = [run for run in store.stateless_runs() if _matches(run, body)]
        page = paginate(found, body.get("limit", 10), body.get("offset", 0))
        return JsonResponse([service.wire.run(run) for run in page])

    async def list_thread_runs(request: Request) -> Response:
        thread = service.thread(path_uuid(request, "thread_id"))
        limit = query_int(request, "limit", 10)
        offset = query_int(request, "offset", 0)
        runs = paginate(store.thread_runs(thread.thread_id), limit, offset)
        return JsonResponse([service.wire.run(run) for run in runs])

    run_path = "/runs/{run_id:uuid}"
    thread_path = "/threads/{thread_id:uuid}/runs"
    thread_run_path = thread_path + "/{run_id:uuid}"
    return [
        route("/runs", post=stateless["create"]),
        route("/runs/search", post=search_stateless),
        route("/runs/stream", post=stateless["stream_new"]),
        route("/runs/wait", post=stateless["wait_new"]),
        route(run_path + "/wait", get=stateless["wait"]),
        route(run_path + "/stream", get=stateless["join"]),
        route(run_path + "/cancel", post=stateless["cancel"]),
        route(run_path, get=stateless["get"], post=stateless["resume"], delete=stateless["delete"]),
        route(thread_path, get=list_thread_runs, post=on_thread["create"]),
        route(thread_path + "/stream", post=on_thread["stream_new"]),
        route(thread_path + "/wait", post=on_thread["wait_new"]),
        route(thread_run_path + "/wait", get=on_thread["wait"]),
        route(thread_run_path + "/stream", get=on_thread["join"]),
        route(thread_run_path + "/cancel", post=on_thread["cancel"]),
        route(thread_run_path, get=on_thread["get"], post=on_thread["resume"], delete=on_thread["delete"]),
    ]
