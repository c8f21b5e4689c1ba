"""Reading an instance's spans: every span so far (a pager), or a live feed for a person watching a run.

A feed keeps the offset it has read up to: each poll pages forward from there, so it yields only
the spans recorded since (the server lists an instance's spans in recording order).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator

from typing_extensions import Unpack

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._pagination import AsyncPager
from agentplug._core._async._polling import async_pause
from agentplug._core._async._resource import AsyncResourceBase
from agentplug._core._call_options import CallOptions, applied, current_call
from agentplug._core._operations import lazy_operations
from agentplug._core._pagination import OffsetPagination, Page, Params
from agentplug.errors import ConfigurationError

from .._models import AgentInstance, AgentSpan
from .._pages import list_page
from .._wire import details_parser, path_id
from ._operations import send_built
from .instance_admin import check_page_size, paging_arguments

(get_agent_instance,) = lazy_operations("agentplug_prefactor_client.api.agent_instances", "get_agent_instance")
(list_agent_spans,) = lazy_operations("agentplug_prefactor_client.api.agent_spans", "list_agent_spans")

__all__ = ["AsyncSpanFeed", "AsyncSpanReads"]

_INSTANCE = details_parser(AgentInstance.from_dict, "AgentInstance")
_FINISHED = frozenset({"complete", "failed", "cancelled", "terminated"})


async def _span_page(http: AsyncHTTP, agent_instance_id: str, params: Params) -> Page[AgentSpan]:
    built = list_agent_spans.request_kwargs(agent_instance_id=agent_instance_id, **paging_arguments(params))
    return list_page(await send_built(http, built), AgentSpan.from_dict, "AgentSpan", params)


class AsyncSpanFeed(AsyncResourceBase):
    """The spans of one instance as they are recorded.

    `await feed.poll()` answers the spans recorded since the previous poll (all of them the first
    time); `async for span in feed.follow():` polls every `interval` seconds and yields each new
    span once, until the instance has finished and its last spans were read.

    Attributes:
        offset: how many spans of the instance this feed has read.
    """

    def __init__(
        self, http: AsyncHTTP, agent_instance_id: str, *, page_size: int | None = None, offset: int = 0
    ) -> None:
        check_page_size(page_size)
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise ConfigurationError(f"offset must be an integer >= 0, got {offset!r}")
        self._http = http
        self._call = current_call()  # the options of the call that made the feed apply to its reads
        self.agent_instance_id = path_id(agent_instance_id, "agent_instance_id")
        self.page_size = page_size
        self.offset = offset

    async def poll(self, **options: Unpack[CallOptions]) -> list[AgentSpan]:
        """The spans recorded since the last poll, in recording order (empty when none)."""
        new: list[AgentSpan] = []
        while True:
            params: Params = {"offset": self.offset} if self.offset else {}
            if self.page_size is not None:
                params["limit"] = self.page_size
            with applied(self._call):
                page = await _span_page(self._http, self.agent_instance_id, params)
            new.extend(page.items)
            self.offset += len(page.items)
            if not page.has_more:
                return new

    async def finished(self, **options: Unpack[CallOptions]) -> bool:
        """Whether the instance has reached a final status (complete, failed, cancelled, terminated)."""
        built = get_agent_instance.request_kwargs(self.agent_instance_id)
        with applied(self._call):
            instance = _INSTANCE(await send_built(self._http, built))
        return str(instance.status) in _FINISHED

    async def follow(
        self, *, interval: float = 1.0, until_finished: bool = True, **options: Unpack[CallOptions]
    ) -> AsyncIterator[AgentSpan]:
        """Each new span once, as it is recorded; polls every `interval` seconds.

        Ends when the instance has finished (after reading the spans recorded up to then); with
        `until_finished=False` it goes on until you stop iterating.
        """
        if not isinstance(interval, int | float) or isinstance(interval, bool) or interval < 0:
            raise ConfigurationError(f"interval must be a number of seconds >= 0, got {interval!r}")
        while True:
            # Whether the run was over is asked before reading, so no span recorded before its end is missed.
            over = until_finished and await self.finished()
            batch = deque(await self.poll())
            while batch:
                yield batch.popleft()
            if over:
                return
            await async_pause(interval)

    def __repr__(self) -> str:
        return f"<SpanFeed {self.agent_instance_id} offset={self.offset}>"


class AsyncSpanReads(AsyncResourceBase):
    """The read half of `client.agent_spans` (an account-scoped token is needed)."""

    _http: AsyncHTTP

    def list(
        self,
        *,
        agent_instance_id: str,
        page_size: int | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPager[AgentSpan]:
        """Every span of the instance recorded so far, in recording order, fetched page by page."""
        path_id(agent_instance_id, "agent_instance_id")
        check_page_size(page_size)

        async def fetch(params: Params) -> Page[AgentSpan]:
            return await _span_page(self._http, agent_instance_id, params)

        return AsyncPager(fetch, OffsetPagination(limit=page_size), max_items=max_items)

    def feed(
        self, agent_instance_id: str, *, page_size: int | None = None, offset: int = 0, **options: Unpack[CallOptions]
    ) -> AsyncSpanFeed:
        """A live view of the instance's spans: `poll()` for the new ones, `follow()` to stream them."""
        return AsyncSpanFeed(self._http, agent_instance_id, page_size=page_size, offset=offset)

    def follow(
        self,
        agent_instance_id: str,
        *,
        interval: float = 1.0,
        until_finished: bool = True,
        page_size: int | None = None,
    ) -> AsyncIterator[AgentSpan]:
        """`async for span in client.agent_spans.follow(instance_id):` each span once, as it is recorded."""
        return self.feed(agent_instance_id, page_size=page_size).follow(
            interval=interval, until_finished=until_finished
        )
