"""The 21 endpoints under /api/v1, plus the sandbox's own control routes under /_sandbox."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .bulk import execute_bulk
from .config import Deployment
from .errors import ApiError
from .service import PrefactorService
from .validation import require_object

__all__ = ["api_routes", "sandbox_routes"]

Handler = Callable[[Request], Awaitable[Response]]


def _json(body: Any, status_code: int = 200) -> Response:
    return Response(json.dumps(body, separators=(",", ":")), status_code=status_code, media_type="application/json")


async def _body(request: Request, *, optional: bool = False) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        if optional:
            return {}
        raise ApiError(400, "bad_request", "The request needs a JSON object body")
    try:
        parsed = json.loads(raw)
    except ValueError:
        raise ApiError(400, "bad_request", "The request body is not valid JSON") from None
    return require_object(parsed)


def _key(body: dict[str, Any], request: Request) -> str | None:
    # The body's key is the API's; the Idempotency-Key header is honoured when the body has none.
    key = body.get("idempotency_key")
    if isinstance(key, str) and key:
        return key
    return request.headers.get("idempotency-key") or None


def api_routes(service: PrefactorService) -> list[Route]:
    def deployment(request: Request) -> Deployment | None:
        """The deployment the bearer token is scoped to; None for an account-scoped token."""
        _, _, token = request.headers.get("authorization", "").partition(" ")
        return service.deployments.get(token.strip())

    def with_body(name: str, *, path_param: str | None = None, optional: bool = False) -> Handler:
        async def handler(request: Request) -> Response:
            body = await _body(request, optional=optional)
            params = dict(body)
            if path_param is not None:
                params[path_param] = request.path_params[path_param]
            return _json(service.run(name, params, _key(body, request), deployment=deployment(request)))

        return handler

    def with_query(name: str, *, path_param: str | None = None) -> Handler:
        async def handler(request: Request) -> Response:
            params: dict[str, Any] = dict(request.query_params)
            if path_param is not None:
                params[path_param] = request.path_params[path_param]
            return _json(service.run(name, params, None, deployment=deployment(request)))

        return handler

    async def ping(request: Request) -> Response:
        return _json({"status": "success", "details": {"token": "valid", "account_id": "acc_sandbox"}})

    async def create_span(request: Request) -> Response:
        body = await _body(request)
        details = body.get("details")
        if isinstance(details, dict) and not details.get("idempotency_key") and request.headers.get("idempotency-key"):
            body = {**body, "details": {**details, "idempotency_key": request.headers["idempotency-key"]}}
        return _json(service.create_span(body, deployment=deployment(request)))

    async def bulk(request: Request) -> Response:
        return _json(execute_bulk(service, await _body(request), deployment(request)))

    agent = "agent_id"
    instance = "agent_instance_id"
    return [
        Route("/api/v1/ping", ping, methods=["GET"]),
        Route("/api/v1/agent", with_body("agents.create"), methods=["POST"]),
        Route("/api/v1/agent", with_query("agents.list"), methods=["GET"]),
        Route("/api/v1/agent/show", with_query("agents.show"), methods=["GET"]),
        Route("/api/v1/agent/{agent_id}", with_query("agents.get", path_param=agent), methods=["GET"]),
        Route("/api/v1/agent/{agent_id}", with_body("agents.update", path_param=agent), methods=["PUT"]),
        Route(
            "/api/v1/agent/{agent_id}",
            with_body("agents.delete", path_param=agent, optional=True),
            methods=["DELETE"],
        ),
        Route(
            "/api/v1/agent/{agent_id}/retire",
            with_body("agents.retire", path_param=agent, optional=True),
            methods=["POST"],
        ),
        Route(
            "/api/v1/agent/{agent_id}/reinstate",
            with_body("agents.reinstate", path_param=agent, optional=True),
            methods=["POST"],
        ),
        Route("/api/v1/agent_instance", with_query("agent_instances.list"), methods=["GET"]),
        Route("/api/v1/agent_instance/register", with_body("agent_instances.register"), methods=["POST"]),
        Route(
            "/api/v1/agent_instance/{agent_instance_id}",
            with_query("agent_instances.get", path_param=instance),
            methods=["GET"],
        ),
        Route(
            "/api/v1/agent_instance/{agent_instance_id}",
            with_body("agent_instances.update", path_param=instance),
            methods=["PUT"],
        ),
        Route(
            "/api/v1/agent_instance/{agent_instance_id}/terminate",
            with_body("agent_instances.terminate", path_param=instance),
            methods=["POST"],
        ),
        Route(
            "/api/v1/agent_instance/{agent_instance_id}/start",
            with_body("agent_instances.start", path_param=instance),
            methods=["POST"],
        ),
        Route(
            "/api/v1/agent_instance/{agent_instance_id}/finish",
            with_body("agent_instances.finish", path_param=instance),
            methods=["POST"],
        ),
        Route(
            "/api/v1/agent_instance/{agent_instance_id}/record_quality",
            with_body("agent_instances.record_quality", path_param=instance),
            methods=["POST"],
        ),
        Route("/api/v1/agent_spans", with_query("agent_spans.list"), methods=["GET"]),
        Route("/api/v1/agent_spans", create_span, methods=["POST"]),
        Route(
            "/api/v1/agent_spans/{agent_span_id}/finish",
            with_body("agent_spans.finish", path_param="agent_span_id"),
            methods=["POST"],
        ),
        Route("/api/v1/bulk", bulk, methods=["POST"]),
    ]


def sandbox_routes(service: PrefactorService) -> list[Route]:
    """Inspection and control for tests and demos (no authentication, not part of the API)."""

    async def deployment_token(request: Request) -> Response:
        body = await _body(request)
        agent_id, environment_id = body.get("agent_id"), body.get("environment_id")
        if not isinstance(agent_id, str) or not (environment_id is None or isinstance(environment_id, str)):
            raise ApiError(422, "validation_errors", "Validation failed", {"agent_id": ["must be a string"]})
        return _json({"token": service.mint_deployment_token(agent_id, environment_id)}, 201)

    async def spans(request: Request) -> Response:
        record = service.instances.record(request.path_params["agent_instance_id"])
        return JSONResponse([service.store.spans[span_id] for span_id in record.span_ids])

    async def stats(request: Request) -> Response:
        store = service.store
        return JSONResponse(
            {
                "requests": store.requests,
                "agents": len(store.agents),
                "instances": len(store.instances),
                "spans": len(store.spans),
                "replays": service.replays,
            }
        )

    return [
        Route("/_sandbox/deployment_tokens", deployment_token, methods=["POST"]),
        Route("/_sandbox/agent_instance/{agent_instance_id}/spans", spans, methods=["GET"]),
        Route("/_sandbox/stats", stats, methods=["GET"]),
    ]
