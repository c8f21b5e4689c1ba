"""Agents: search, get, descriptor."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from . import schemas
from .agent import AgentSpec
from .errors import ApiError
from .params import json_body, path_uuid
from .responses import JsonResponse
from .routing import route
from .service import AcpService, paginate

__all__ = ["agent_routes"]


def agent_routes(service: AcpService) -> list[Route]:
    reference = service.reference

    async def search_agents(request: Request) -> JsonResponse:
        body = await json_body(request, schemas.AGENT_SEARCH, echo_input=reference)
        if reference and body.get("name") is None and body.get("version") is None:
            # The reference server does not list all agents (the spec's search without filters).
            raise ApiError(422, "At least one of 'name' or 'version' must be provided")
        found = [
            agent
            for agent in service.agents.values()
            if body.get("name") in (None, agent.name) and body.get("version") in (None, agent.version)
        ]
        # The reference server ignores limit and offset here.
        page = found if reference else paginate(found, body.get("limit", 10), body.get("offset", 0))
        return JsonResponse([agent.to_agent() for agent in page])

    def _agent(request: Request) -> AgentSpec:
        agent_id = path_uuid(request, "agent_id")
        if reference and agent_id not in service.agents:
            raise ApiError(404, f'Agent "{agent_id}" not found')
        return service.agent(agent_id)

    async def get_agent(request: Request) -> JsonResponse:
        return JsonResponse(_agent(request).to_agent())

    async def get_descriptor(request: Request) -> JsonResponse:
        return JsonResponse(_agent(request).to_descriptor())

    return [
        route("/agents/search", post=search_agents),
        route("/agents/{agent_id:uuid}/descriptor", get=get_descriptor),
        route("/agents/{agent_id:uuid}", get=get_agent),
    ]
