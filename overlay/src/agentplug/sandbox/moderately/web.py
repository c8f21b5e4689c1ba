"""Small HTTP helpers shared by the route modules: routes, callers and responses."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .state import Caller, State

__all__ = ["Handler", "JsonResponse", "caller", "empty", "no_content", "ok", "route", "state"]

Handler = Callable[[Request], Awaitable[Response]]


class JsonResponse(JSONResponse):
    """JSON with non-ASCII escaped: lone surrogates echoed back from a request stay encodable."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def route(path: str, **handlers: Handler) -> Route:
    """One route per path, dispatching on the method (keyword = method name)."""
    by_method = {method.upper(): handler for method, handler in handlers.items()}

    async def endpoint(request: Request) -> Response:
        return await by_method[request.method](request)

    return Route(path, endpoint, methods=list(by_method), include_in_schema=False)


def state(request: Request) -> State:
    found = request.app.state.sandbox
    assert isinstance(found, State)
    return found


def caller(request: Request) -> Caller:
    found = request.scope.get("state", {}).get("caller")
    assert isinstance(found, Caller), "authentication middleware did not run"
    return found


def ok(body: Any, status_code: int = 200) -> Response:
    return JsonResponse(body, status_code=status_code)


def empty(request: Request) -> Response:
    """A 200 the API documents without a body (``{}`` when the sandbox is set to send JSON)."""
    if state(request).settings.json_empty_bodies:
        return JsonResponse({})
    return Response(status_code=200)


def no_content() -> Response:
    return Response(status_code=204)
