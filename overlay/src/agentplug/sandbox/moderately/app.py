"""The ASGI application: bearer authentication, nested error bodies, routes, storage lifecycle."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._spec import spec_schemas
from .config import DEFAULT_USER_ID, SandboxSettings
from .errors import ApiError
from .records import new_id, now
from .routes_accounts import account_routes, token_expired
from .routes_agents import agent_routes
from .routes_datasets import dataset_routes
from .routes_files import file_routes
from .routes_pipelines import pipeline_routes
from .state import Caller, State
from .storage import ObjectStore, create_storage_app
from .web import JsonResponse

__all__ = ["create_app"]

_logger = logging.getLogger("agentplug.sandbox.moderately")

# Operations that need no credentials.
PUBLIC = {
    ("GET", "/health"),
    ("POST", "/authentication/email/initialize"),
    ("POST", "/authentication/email/verify"),
    ("POST", "/authentication/login"),
}


def error_body(exc: ApiError, path: str, request_id: str) -> dict[str, Any]:
    return {
        "error": {
            "code": exc.code,
            "message": exc.message,
            "details": exc.details,
            "timestamp": now(),
            "path": path,
            "requestId": request_id,
        }
    }


def _bearer(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            text: str = value.decode("latin-1")
            scheme, _, token = text.partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope["headers"]:
        if name == wanted:
            decoded: str = value.decode("latin-1")
            return decoded
    return None


class BearerAuthMiddleware:
    """Resolves the bearer token to a Caller (or answers 401), tags requests with an id, and
    counts the requests of API tokens for their usage statistics."""

    def __init__(self, app: ASGIApp, state: State) -> None:
        self._app = app
        self._state = state

    def _authenticate(self, token: str) -> Caller | None:
        sandbox = self._state
        if token in sandbox.token_secrets:
            record = sandbox.tokens.get(sandbox.token_secrets[token])
            if record is None or not record["isActive"] or token_expired(record):
                return None
            record["lastUsedAt"] = now()
            return Caller(user_id=record["createdByUserId"], token_id=record["tokenId"])
        if token in sandbox.sessions:
            return Caller(user_id=DEFAULT_USER_ID)
        keys = sandbox.settings.api_keys
        if keys is None or token in keys:
            return Caller(user_id=DEFAULT_USER_ID)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        request_id = new_id()
        path = scope["path"]

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        caller: Caller | None = Caller(user_id=DEFAULT_USER_ID)
        token = _bearer(scope)
        if (scope["method"], path) not in PUBLIC:
            caller = self._authenticate(token) if token else None
            if caller is None:
                error = ApiError(401, "unauthorized", "A valid bearer token is required")
                response = JsonResponse(error_body(error, path, request_id), status_code=401)
                await response(scope, receive, send_with_id)
                return
        assert caller is not None
        client = scope.get("client")
        scope.setdefault("state", {})["caller"] = Caller(
            user_id=caller.user_id,
            token_id=caller.token_id,
            ip_address=client[0] if client else None,
            user_agent=_header(scope, b"user-agent"),
            request_id=request_id,
        )
        scope["state"]["request_id"] = request_id
        status = 500

        async def observe(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send_with_id(message)

        try:
            await self._app(scope, receive, observe)
        finally:
            if caller.token_id is not None:
                usage = self._state.token_usage.setdefault(caller.token_id, [])
                usage.append((scope["method"], path, request_id, time.time(), status >= 400))


def _request_id(request: Request) -> str:
    found = request.scope.get("state", {}).get("request_id")
    return str(found) if found else new_id()


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    body = error_body(exc, request.url.path, _request_id(request))
    return JsonResponse(body, status_code=exc.status_code)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    body = error_body(ApiError(exc.status_code, code, str(exc.detail)), request.url.path, _request_id(request))
    return JsonResponse(body, status_code=exc.status_code, headers=exc.headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    _logger.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    error = ApiError(500, "internal_error", "The sandbox failed")
    return JsonResponse(error_body(error, request.url.path, _request_id(request)), status_code=500)


def create_app(settings: SandboxSettings | None = None) -> Starlette:
    """The API app; its object storage is served on another port while the app runs.

    ``app.state.sandbox`` holds the data; ``app.state.store`` the object store.
    """
    from .._server import BackgroundServer

    settings = settings or SandboxSettings()
    spec_schemas("moderately")  # read the spec now rather than on the first request
    store = ObjectStore(settings.storage_dir, ttl_seconds=settings.url_ttl_seconds)
    sandbox = State(settings, store)
    storage_server = BackgroundServer(create_storage_app(store), host=settings.storage_host, port=settings.storage_port)
    store.base_url = storage_server.base_url

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        storage_server.start()
        try:
            yield
        finally:
            await sandbox.close()
            storage_server.stop()
            store.close()

    app = Starlette(
        routes=[*account_routes(), *agent_routes(), *file_routes(), *dataset_routes(), *pipeline_routes()],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _server_error},
        lifespan=lifespan,
    )
    app.router.redirect_slashes = False
    app.add_middleware(BearerAuthMiddleware, state=sandbox)
    app.state.sandbox = sandbox
    app.state.store = store
    return app
