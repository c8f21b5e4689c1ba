"""Agents: search, get, descriptor."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from . import schemas
from .params import json_body, path_uuid
from .responses import JsonResponse
from .routing import route
from .service import AcpService, paginate

__all__ = ["agent_routes"]


def agent_routes(service: AcpService) -> list[Route]:
    async def search_agents(request: Request) -> JsonResponse:
        body = await json_body(request, schemas.AGENT_SEARCH)
        found = [
            agent
            for agent in service.agents.values()
            if body.get("name") in (None, agent.name) and body.get("version") in (None, agent.version)
        ]
        page = paginate(found, body.get("limit", 10), body.get("offset", 0))
        return JsonResponse([agent.to_agent() for agent in page])

    def _agent(request: Request) -> str:
        return path_uuid(request, "agent_id")

    async def get_agent(request: Request) -> JsonResponse:
        return JsonResponse(service.agent(_agent(request)).to_agent())

    async def get_descriptor(request: Request) -> JsonResponse:
        return JsonResponse(service.agent(_agent(request)).to_descriptor())

    return [
        route("/agents/search", post=search_agents),
        route("/agents/{agent_id:uuid}/descriptor", get=get_descriptor),
        route("/agents/{agent_id:uuid}", get=get_agent),
    ]
