"""The NAT sandbox as a Starlette app: workflow, chat, execution, OAuth and health routes."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route

from .config import SandboxSettings
from .executions import Execution, ExecutionStore
from .oauth import OAuthBroker
from .prompts import validate_answer_body
from .workflows import BUILTIN_WORKFLOWS, Workflow, WorkflowContext

__all__ = ["create_app"]

_SESSION_COOKIE = "nat-session"


class _Invalid(Exception):
    """A request body failing validation: answered 422 with FastAPI's `detail` list."""

    def __init__(self, issues: list[dict[str, Any]]) -> None:
        super().__init__("invalid request")
        self.issues = issues


def _missing(loc: list[str | int], value: Any) -> _Invalid:
    return _Invalid([{"type": "missing", "loc": ["body", *loc], "msg": "Field required", "input": value}])


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        issue = {"type": "json_invalid", "loc": ["body", 0], "msg": "JSON decode error", "input": {}}
        raise _Invalid([{**issue, "ctx": {"error": type(exc).__name__}}]) from None


def _workflow_input(body: Any) -> str:
    if not isinstance(body, dict) or "input_message" not in body:
        raise _missing(["input_message"], body)
    if not isinstance(body["input_message"], str):
        raise _Invalid(
            [
                {
                    "type": "string_type",
                    "loc": ["body", "input_message"],
                    "msg": "Input should be a valid string",
                    "input": body["input_message"],
                }
            ]
        )
    return body["input_message"]


def _chat_input(body: Any) -> tuple[str, bool]:
    """The last message's text, and whether a stream was asked for."""
    if not isinstance(body, dict) or not isinstance(body.get("messages"), list) or not body["messages"]:
        raise _missing(["messages"], body)
    last = body["messages"][-1]
    content = last.get("content") if isinstance(last, dict) else None
    if isinstance(content, list):
        content = " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    if not isinstance(content, str):
        raise _missing(["messages", len(body["messages"]) - 1, "content"], last)
    return content, bool(body.get("stream", False))


def _user(request: Request, settings: SandboxSettings) -> str | None:
    """The caller's identity, as the real server derives it (a stable UUID per credential)."""
    credential = request.cookies.get(_SESSION_COOKIE) or request.headers.get("authorization")
    if credential is None and settings.identity_header:
        credential = request.headers.get(settings.identity_header)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"nat-identity:{credential}")) if credential else None


def _chat_response(content: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "object": "chat.completion",
        "model": "unknown-model",
        "created": int(time.time()),
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": None, "completion_tokens": None, "total_tokens": None},
    }


def _chat_chunk(content: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "object": "chat.completion.chunk",
        "model": "unknown-model",
        "created": int(time.time()),
        "choices": [{"index": 0, "finish_reason": None, "delta": {"role": "assistant", "content": content}}],
    }


def _sse(event: str | None, payload: Any, field: str = "data") -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}{field}: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def _step(execution: Execution, name: str) -> dict[str, Any]:
    return {"id": execution.id, "parent_id": "root", "type": "markdown", "name": name, "payload": ""}


class _Routes:
    def __init__(self, settings: SandboxSettings, workflows: Mapping[str, Workflow]) -> None:
        if settings.workflow not in workflows:
            raise ValueError(f"unknown workflow {settings.workflow!r}; known: {', '.join(sorted(workflows))}")
        self.settings = settings
        self.workflows = dict(workflows)
        self.store = ExecutionStore()
        self.oauth = OAuthBroker()

    # ------------------------------------------------------------------ starting runs

    def _start(self, request: Request, workflow: Workflow, text: str, shape: Any, *, streamed: bool) -> Execution:
        user = _user(request, self.settings)
        base_url = str(request.base_url).rstrip("/")

        async def run(execution: Execution) -> Any:
            context = WorkflowContext(
                execution, input_message=text, user=user, base_url=base_url, settings=self.settings, oauth=self.oauth
            )
            return shape(await workflow(context))

        return self.store.start(run, streamed=streamed, keep_stream_status=self.settings.stream_status)

    async def _answer_first_outcome(self, execution: Execution) -> Response:
        await execution.first_outcome.wait()
        if execution.status == "completed":
            return JSONResponse(execution.result)
        if execution.status == "failed" and execution.error is not None:
            return JSONResponse(execution.error, status_code=422)
        return JSONResponse(execution.accepted_body(), status_code=202)

    def _stream(self, execution: Execution, *, steps: bool) -> Response:
        async def body() -> AsyncIterator[bytes]:
            if steps:
                yield _sse(None, _step(execution, "Function Start: <workflow>"), "intermediate_data")
            while True:
                item = await execution.events.get()
                if item is None:
                    return
                kind, payload = item
                if kind == "interaction":
                    yield _sse("interaction_required", payload)
                elif kind == "oauth":
                    yield _sse("oauth_required", payload)
                elif kind == "error":
                    yield _sse("error", payload)
                    return
                else:
                    yield _sse(None, payload)
                    if steps:
                        yield _sse(None, _step(execution, "Function Complete: <workflow>"), "intermediate_data")

        return StreamingResponse(body(), media_type="text/event-stream")

    async def _workflow(self, request: Request, workflow: Workflow, mode: str) -> Response:
        try:
            text = _workflow_input(await _json_body(request))
        except _Invalid as invalid:
            return JSONResponse({"detail": invalid.issues}, status_code=422)

        def shape(output: Any) -> Any:
            return {"value": output}

        execution = self._start(request, workflow, text, shape, streamed=mode != "plain")
        if mode == "plain":
            return await self._answer_first_outcome(execution)
        steps = mode == "stream" or (mode == "full" and request.query_params.get("filter_steps") != "none")
        return self._stream(execution, steps=steps)

    # ------------------------------------------------------------------ routes

    async def workflow(self, request: Request) -> Response:
        return await self._workflow(request, self.workflows[self.settings.workflow], "plain")

    async def workflow_stream(self, request: Request) -> Response:
        return await self._workflow(request, self.workflows[self.settings.workflow], "stream")

    async def workflow_full(self, request: Request) -> Response:
        return await self._workflow(request, self.workflows[self.settings.workflow], "full")

    async def endpoint(self, request: Request) -> Response:
        name = request.path_params["endpoint"]
        mode = request.path_params.get("mode", "plain")
        workflow = self.workflows.get(name)
        if workflow is None or mode not in ("plain", "stream", "full"):
            return JSONResponse({"detail": "Not Found"}, status_code=404)
        return await self._workflow(request, workflow, mode)

    async def _chat(self, request: Request, *, force_stream: bool, completions: bool) -> Response:
        try:
            text, wants_stream = _chat_input(await _json_body(request))
        except _Invalid as invalid:
            return JSONResponse({"detail": invalid.issues}, status_code=422)
        streamed = force_stream or (completions and wants_stream)
        shape = _chat_chunk if streamed else _chat_response
        workflow = self.workflows[self.settings.workflow]
        execution = self._start(request, workflow, text, lambda out: shape(str(out)), streamed=streamed)
        if streamed:
            return self._stream(execution, steps=True)
        return await self._answer_first_outcome(execution)

    async def chat(self, request: Request) -> Response:
        return await self._chat(request, force_stream=False, completions=False)

    async def chat_stream(self, request: Request) -> Response:
        return await self._chat(request, force_stream=True, completions=False)

    async def chat_completions(self, request: Request) -> Response:
        return await self._chat(request, force_stream=False, completions=True)

    async def get_execution(self, request: Request) -> Response:
        execution_id = request.path_params["execution_id"]
        execution = self.store.get(execution_id)
        if execution is None:
            return JSONResponse({"detail": f"Execution {execution_id} not found"}, status_code=404)
        return JSONResponse(execution.status_body())

    async def respond(self, request: Request) -> Response:
        try:
            body = await _json_body(request)
        except _Invalid as invalid:
            return JSONResponse({"detail": invalid.issues}, status_code=422)
        issues = validate_answer_body(body)
        if issues:
            return JSONResponse({"detail": issues}, status_code=422)
        status, detail = self.store.answer(
            request.path_params["execution_id"], request.path_params["interaction_id"], body
        )
        if status == 204:
            return Response(status_code=204)
        return JSONResponse({"detail": detail}, status_code=status)

    async def auth_redirect(self, request: Request) -> Response:
        params = request.query_params
        state = params.get("state")
        if not state:
            return PlainTextResponse("Missing OAuth state", status_code=400)
        status, body = self.oauth.callback(
            state, params.get("code"), params.get("error"), params.get("error_description")
        )
        if status != 200:
            return PlainTextResponse(body, status_code=status)
        return HTMLResponse(body)

    async def idp_authorize(self, request: Request) -> Response:
        """The fake identity provider's consent page: grants (or, with deny=1, refuses) at once."""
        params = request.query_params
        redirect_uri, state = params.get("redirect_uri"), params.get("state")
        if not redirect_uri or not state or params.get("response_type") != "code":
            return PlainTextResponse("invalid_request", status_code=400)
        if params.get("deny") == "1":
            query = {"error": "access_denied", "error_description": "The user refused", "state": state}
        else:
            code = self.oauth.idp.authorize(params.get("client_id", ""), redirect_uri, params.get("code_challenge", ""))
            query = {"code": code, "state": state}
        return RedirectResponse(f"{redirect_uri}?{urlencode(query)}", status_code=302)

    async def health(self, request: Request) -> Response:
        return JSONResponse({"status": "healthy"})


def create_app(
    settings: SandboxSettings | None = None, *, workflows: Mapping[str, Workflow] | None = None
) -> Starlette:
    """The sandbox app; `workflows` replaces the built-in scripted workflows (name -> workflow)."""
    routes = _Routes(settings or SandboxSettings(), BUILTIN_WORKFLOWS if workflows is None else workflows)
    app = Starlette(
        routes=[
            Route("/health", routes.health, methods=["GET"]),
            Route("/v1/workflow", routes.workflow, methods=["POST"]),
            Route("/v1/workflow/stream", routes.workflow_stream, methods=["POST"]),
            Route("/v1/workflow/full", routes.workflow_full, methods=["POST"]),
            Route("/v1/chat", routes.chat, methods=["POST"]),
            Route("/v1/chat/stream", routes.chat_stream, methods=["POST"]),
            Route("/v1/chat/completions", routes.chat_completions, methods=["POST"]),
            Route("/executions/{execution_id}", routes.get_execution, methods=["GET"]),
            Route(
                "/executions/{execution_id}/interactions/{interaction_id}/response", routes.respond, methods=["POST"]
            ),
            Route("/auth/redirect", routes.auth_redirect, methods=["GET"]),
            Route("/idp/authorize", routes.idp_authorize, methods=["GET"]),
            Route("/{endpoint}", routes.endpoint, methods=["POST"]),
            Route("/{endpoint}/{mode}", routes.endpoint, methods=["POST"]),
        ]
    )
    app.state.routes = routes
    return app
