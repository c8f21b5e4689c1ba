"""`client.agents`: find agents and read their ACP descriptors."""

from __future__ import annotations

from typing import Any

from agentplug_acp_client.models import Agent, AgentACPDescriptor, AgentSearchRequest
from typing_extensions import Unpack

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._pagination import AsyncPager
from agentplug._core._async._resource import AsyncResourceBase
from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._pagination import OffsetPagination, Page, Params
from agentplug.errors import NotFoundError, UnprocessableEntityError

from .._wire import SERVER_PAGE_SIZE, Id, model_parser, parse_list, path_id

get_acp_descriptor_by_id, get_agent_by_id, search_agents = lazy_operations(
    "agentplug_acp_client.api.agents", "get_acp_descriptor_by_id", "get_agent_by_id", "search_agents"
)

__all__ = ["AsyncAgents"]

_AGENT = model_parser(Agent.from_dict)
_DESCRIPTOR = model_parser(AgentACPDescriptor.from_dict)


class AsyncAgents(AsyncResourceBase):
    """The agents a server offers (`client.agents`): search, read, descriptors."""

    def __init__(self, http: AsyncHTTP) -> None:
        self._http = http

    def search(
        self,
        name: str | None = None,
        version: str | None = None,
        *,
        page_size: int | None = None,
        offset: int | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPager[Agent]:
        """Every agent matching `name` and/or `version`, fetched page by page as you iterate."""
        filters: dict[str, Any] = {key: value for key, value in (("name", name), ("version", version)) if value}

        async def fetch(params: Params) -> Page[Agent]:
            body = given(AgentSearchRequest, **filters, **params)
            response = await self._http.send_operation(search_agents, {"body": body})
            return Page(parse_list(response, Agent.from_dict), params=params)

        return AsyncPager(
            fetch,
            OffsetPagination(limit=page_size, offset=offset, server_limit=SERVER_PAGE_SIZE),
            max_items=max_items,
            key=lambda agent: agent.agent_id,  # an agent seen on an earlier page is not listed twice
        )

    async def find(self, name: str, version: str | None = None, **options: Unpack[CallOptions]) -> Agent:
        """The agent named `name` (and `version`, when given); the first when several match.

        Raises `NotFoundError` naming the agents the server does offer (when it can list them) if none matches, so a
        mistyped name says what to use instead.
        """
        async for agent in self.search(name=name, version=version, page_size=1, max_items=1):
            return agent
        wanted = f"{name!r}" + (f" version {version!r}" if version else "")
        try:
            offered = sorted({agent.metadata.ref.name async for agent in self.search(max_items=20)})
        except UnprocessableEntityError:  # the reference server refuses a search without name or version
            raise NotFoundError(f"no agent named {wanted} on this server", status_code=404) from None
        choices = ", ".join(repr(known) for known in offered) or "none"
        raise NotFoundError(f"no agent named {wanted} on this server; its agents: {choices}", status_code=404)

    async def get(self, agent_id: Id, **options: Unpack[CallOptions]) -> Agent:
        """One agent by id (NotFoundError when there is none)."""
        response = await self._http.send_operation(get_agent_by_id, {"agent_id": path_id(agent_id, "agent_id")})
        return _AGENT(response)

    async def descriptor(self, agent_id: Id, **options: Unpack[CallOptions]) -> AgentACPDescriptor:
        """The agent's ACP descriptor: capabilities and the JSON Schemas of its input, output, config, ..."""
        response = await self._http.send_operation(
            get_acp_descriptor_by_id, {"agent_id": path_id(agent_id, "agent_id")}
        )
        return _DESCRIPTOR(response)
