"""Threads: create, search, get, patch, delete, copy, history."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import schemas
from .errors import CrashError, conflict, not_found
from .params import json_body, path_uuid, query_int
from .responses import JsonResponse
from .routing import route
from .service import AcpService, paginate
from .store import Checkpoint, ThreadRecord

__all__ = ["thread_routes"]


def _contains(actual: Any, wanted: Any) -> bool:
    """Whether actual holds every key of wanted with an equal value (plain equality otherwise)."""
    if isinstance(wanted, dict):
        return isinstance(actual, dict) and all(k in actual and _contains(actual[k], v) for k, v in wanted.items())
    return bool(actual == wanted)


def thread_routes(service: AcpService) -> list[Route]:
    """The thread routes; the reference profile's deviations are marked where they happen."""
    store = service.store
    reference = service.reference

    def _thread(request: Request) -> ThreadRecord:
        return service.thread(path_uuid(request, "thread_id"))

    def _metadata_matches(metadata: dict[str, Any], body: dict[str, Any]) -> bool:
        if "metadata" not in body:
            return True
        # reference: the filter must equal the thread's whole metadata (spec: the given keys and values).
        return metadata == body["metadata"] if reference else _contains(metadata, body["metadata"])

    def _wire(thread: ThreadRecord) -> JsonResponse:
        return JsonResponse(service.wire.thread(store, thread))

    async def create_thread(request: Request) -> JsonResponse:
        body = await json_body(request, schemas.THREAD_CREATE, echo_input=reference)
        thread_id = str(body.get("thread_id") or uuid.uuid4()).lower()
        existing = store.threads.get(thread_id)
        if existing is not None:
            if body.get("if_exists", "raise") == "do_nothing":
                return _wire(existing)
            raise conflict(f"Thread with ID {thread_id} already exists")
        thread = ThreadRecord(thread_id=thread_id, metadata=dict(body.get("metadata") or {}))
        store.threads[thread_id] = thread
        return _wire(thread)

    async def search_threads(request: Request) -> JsonResponse:
        body = await json_body(request, schemas.THREAD_SEARCH, echo_input=reference)
        found = [
            thread
            for thread in store.threads.values()
            if _metadata_matches(thread.metadata, body)
            and ("values" not in body or _contains(thread.values, body["values"]))
            and body.get("status") in (None, store.thread_status(thread))
        ]
        page = paginate(found, body.get("limit", 10), body.get("offset", 0))
        return JsonResponse([service.wire.thread(store, thread) for thread in page])

    async def get_thread(request: Request) -> JsonResponse:
        return _wire(_thread(request))

    async def delete_thread(request: Request) -> Response:
        thread = _thread(request)
        for run in store.thread_runs(thread.thread_id):
            await service.engine.delete(run)
        store.threads.pop(thread.thread_id, None)
        # reference: 200 with a JSON null body instead of 204.
        return JsonResponse(None) if reference else Response(status_code=204)

    async def patch_thread(request: Request) -> JsonResponse:
        thread = _thread(request)
        body = await json_body(request, schemas.THREAD_PATCH, echo_input=reference)
        if "metadata" in body:
            # reference: the metadata is replaced, not merged.
            thread.metadata = dict(body["metadata"]) if reference else {**thread.metadata, **body["metadata"]}
        if any(key in body for key in ("checkpoint", "values", "messages")):
            base = thread.checkpoints[-1] if thread.checkpoints else None
            if "checkpoint" in body:
                wanted = body["checkpoint"]["checkpoint_id"].lower()
                base = next((c for c in thread.checkpoints if c.checkpoint_id == wanted), None)
                if base is None:
                    raise not_found("Checkpoint", wanted)
            values = body.get("values", base.values if base is not None else None)
            messages = body.get("messages", base.messages if base is not None else None)
            if values is None:
                values = {"messages": messages or []}
            checkpoint = Checkpoint(values=copy.deepcopy(values), metadata={"source": "update"}, messages=messages)
            thread.add_checkpoint(checkpoint)
        thread.touch()
        return _wire(thread)

    async def copy_thread(request: Request) -> JsonResponse:
        if reference and path_uuid(request, "thread_id") not in store.threads:
            raise CrashError("copy of an unknown thread")
        source = _thread(request)
        thread = ThreadRecord(thread_id=str(uuid.uuid4()), metadata=copy.deepcopy(source.metadata))
        # reference: the copy has the metadata but no state (values null, empty history).
        for checkpoint in [] if reference else source.checkpoints:
            thread.checkpoints.append(
                Checkpoint(
                    values=copy.deepcopy(checkpoint.values),
                    metadata={**copy.deepcopy(checkpoint.metadata), "copied_from": checkpoint.checkpoint_id},
                    messages=copy.deepcopy(checkpoint.messages),
                )
            )
        store.threads[thread.thread_id] = thread
        return _wire(thread)

    async def get_history(request: Request) -> JsonResponse:
        if reference and path_uuid(request, "thread_id") not in store.threads:
            return JsonResponse([])  # reference: an unknown thread has an empty history, not 404
        thread = _thread(request)
        limit = query_int(request, "limit", 10)
        before = request.query_params.get("before")
        states = list(reversed(thread.checkpoints))
        if before is not None:
            ids = [c.checkpoint_id for c in states]
            if before.lower() in ids:
                states = states[ids.index(before.lower()) + 1 :]
        return JsonResponse([service.wire.state(c) for c in paginate(states, limit, 0)])

    return [
        route("/threads", post=create_thread),
        route("/threads/search", post=search_threads),
        route("/threads/{thread_id:uuid}/history", get=get_history),
        route("/threads/{thread_id:uuid}/copy", post=copy_thread),
        route("/threads/{thread_id:uuid}", get=get_thread, delete=delete_thread, patch=patch_thread),
    ]
