"""The ASGI application: bearer check, request counting, error envelopes, optional lost answers."""

from __future__ import annotations

import hmac
import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .config import SandboxSettings
from .errors import ApiError
from .faults import DropResponses
from .routes import api_routes, sandbox_routes
from .service import PrefactorService

__all__ = ["create_app"]

_logger = logging.getLogger("agentplug.sandbox.prefactor")
_HTTP_CODES = {404: "not_found", 405: "method_not_allowed"}


class BearerAuth:
    """Counts API requests and answers 401 to those without an acceptable bearer token."""

    def __init__(self, app: ASGIApp, service: PrefactorService) -> None:
        self._app = app
        self._service = service
        token = service.settings.api_token
        self._token = token.encode() if token is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/api/"):
            self._service.store.requests += 1
            header = dict(scope["headers"]).get(b"authorization", b"")
            scheme, _, token = header.partition(b" ")
            valid = scheme.lower() == b"bearer" and token.strip() != b""
            if valid and self._token is not None:
                valid = hmac.compare_digest(token.strip(), self._token) or self._deployment_token(token.strip())
            if not valid:
                error = ApiError(401, "unauthorized", "A valid bearer token is required")
                await JSONResponse(error.envelope(), status_code=401)(scope, receive, send)
                return
        await self._app(scope, receive, send)

    def _deployment_token(self, token: bytes) -> bool:
        try:
            return token.decode() in self._service.deployments
        except UnicodeDecodeError:
            return False


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.envelope(), status_code=exc.status_code)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    body = {"status": "error", "code": code, "message": str(exc.detail)}
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    _logger.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"status": "error", "code": "internal", "message": "Internal server error"}, status_code=500)


def create_app(settings: SandboxSettings | None = None) -> ASGIApp:
    """An ASGI app serving the 21 Prefactor endpoints; `app.state.service` holds its state."""
    service = PrefactorService(settings or SandboxSettings())
    app = Starlette(
        routes=[*api_routes(service), *sandbox_routes(service)],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error, Exception: _server_error},
    )
    app.add_middleware(BearerAuth, service=service)
    app.state.service = service
    if service.settings.drop_rate > 0:  # outermost: it needs the server's own `send`
        return DropResponses(app, rate=service.settings.drop_rate, seed=service.settings.drop_seed)
    return app
