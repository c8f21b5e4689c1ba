"""The ASGI application: routes, the optional API key check, error bodies, lifespan."""

from __future__ import annotations

import contextlib
import hmac
import logging
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .agent import AgentSpec
from .config import SandboxSettings
from .errors import ApiError, CrashError
from .responses import JsonResponse
from .routes_agents import agent_routes
from .routes_reference_runs import reference_run_routes
from .routes_runs import run_routes
from .routes_threads import thread_routes
from .service import AcpService

__all__ = ["ApiKeyMiddleware", "create_app"]

_logger = logging.getLogger("agentplug.sandbox.acp")


class ApiKeyMiddleware:
    """Answers 401 ``{"detail": "Invalid API Key"}`` to HTTP requests without the right x-api-key."""

    def __init__(self, app: ASGIApp, api_key: str) -> None:
        self._app = app
        self._key = api_key.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            given = dict(scope["headers"]).get(b"x-api-key", b"")
            if not hmac.compare_digest(given, self._key):
                response = JsonResponse({"detail": "Invalid API Key"}, status_code=401)
                await response(scope, receive, send)
                return
        await self._app(scope, receive, send)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JsonResponse({"detail": exc.detail}, status_code=exc.status_code)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code in (204, 304):
        return Response(status_code=exc.status_code, headers=exc.headers)
    return JsonResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


async def _crash(request: Request, exc: Exception) -> Response:
    return PlainTextResponse("Internal Server Error", status_code=500)


async def _server_error(request: Request, exc: Exception) -> Response:
    _logger.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return JsonResponse({"detail": "Internal Server Error"}, status_code=500)


def create_app(settings: SandboxSettings | None = None, agents: list[AgentSpec] | None = None) -> Starlette:
    """A Starlette app serving the 30 ACP operations; ``app.state.service`` holds its state."""
    service = AcpService(settings or SandboxSettings(), agents)
    runs = reference_run_routes(service) if service.reference else run_routes(service)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await service.engine.close()

    app = Starlette(
        routes=[*agent_routes(service), *thread_routes(service), *runs],
        exception_handlers={
            ApiError: _api_error,
            CrashError: _crash,
            HTTPException: _http_error,
            Exception: _server_error,
        },
        lifespan=lifespan,
    )
    if service.settings.api_key is not None:
        app.add_middleware(ApiKeyMiddleware, api_key=service.settings.api_key)
    app.state.service = service
    return app
