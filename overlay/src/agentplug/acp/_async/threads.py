"""`client.threads`: threads with state and history, and `client.threads.runs(thread_id)`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from agentplug_acp_client.models import (
    Thread,
    ThreadCheckpoint,
    ThreadCreate,
    ThreadPatch,
    ThreadSearchRequest,
    ThreadState,
)
from typing_extensions import Unpack

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._pagination import AsyncPager
from agentplug._core._async._resource import AsyncResourceBase
from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._pagination import OffsetPagination, Page, Params
from agentplug.errors import ConfigurationError

from .._wire import SERVER_PAGE_SIZE, Id, RunScope, json_value, model_parser, parse_list, parse_none, path_id
from .runs import AsyncThreadRuns

copy_thread, create_thread, delete_thread, get_thread, get_thread_history, patch_thread, search_threads = (
    lazy_operations(
        "agentplug_acp_client.api.threads",
        "copy_thread",
        "create_thread",
        "delete_thread",
        "get_thread",
        "get_thread_history",
        "patch_thread",
        "search_threads",
    )
)

__all__ = ["AsyncThreads"]

_THREAD = model_parser(Thread.from_dict)
ThreadStatus = Literal["idle", "busy", "interrupted", "error"]


class AsyncThreads(AsyncResourceBase):
    """Threads (`client.threads`): conversation state shared by runs, and the runs on each."""

    def __init__(self, http: AsyncHTTP) -> None:
        self._http = http

    def runs(self, thread_id: Id) -> AsyncThreadRuns:
        """The runs of one thread: the same operations as `client.runs`, plus `list()`."""
        return AsyncThreadRuns(self._http, RunScope.on_thread(thread_id))

    async def create(
        self,
        *,
        thread_id: Id | None = None,
        metadata: Mapping[str, Any] | None = None,
        if_exists: Literal["raise", "do_nothing"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Thread:
        """Create a thread (the server picks its id unless `thread_id` is given)."""
        if metadata is not None and not isinstance(metadata, Mapping):
            raise ConfigurationError(f"metadata must be a mapping, got {type(metadata).__name__}")
        body = given(
            ThreadCreate,
            metadata=None if metadata is None else json_value(dict(metadata), "metadata"),
            thread_id=None if thread_id is None else path_id(thread_id, "thread_id"),
            if_exists=if_exists,
        )
        response = await self._http.send_operation(create_thread, {"body": body})
        return _THREAD(response)

    async def get(self, thread_id: Id, **options: Unpack[CallOptions]) -> Thread:
        """One thread by id (NotFoundError when there is none)."""
        response = await self._http.send_operation(get_thread, {"thread_id": path_id(thread_id, "thread_id")})
        return _THREAD(response)

    async def patch(
        self,
        thread_id: Id,
        *,
        checkpoint_id: Id | None = None,
        metadata: Mapping[str, Any] | None = None,
        values: Any = None,
        messages: list[Mapping[str, Any]] | None = None,
        **options: Unpack[CallOptions],
    ) -> Thread:
        """Update a thread: merge `metadata`, set `values` / `messages` (at `checkpoint_id`, or the latest)."""
        fields: dict[str, Any] = {}
        if checkpoint_id is not None:
            fields["checkpoint"] = ThreadCheckpoint(checkpoint_id=path_id(checkpoint_id, "checkpoint_id"))
        for name, value in (("metadata", metadata), ("values", values), ("messages", messages)):
            if value is not None:
                fields[name] = json_value(dict(value) if isinstance(value, Mapping) else value, name)
        arguments = {"thread_id": path_id(thread_id, "thread_id"), "body": ThreadPatch(**fields)}
        response = await self._http.send_operation(patch_thread, arguments)
        return _THREAD(response)

    async def delete(self, thread_id: Id, **options: Unpack[CallOptions]) -> None:
        """Delete a thread (and cancel its runs)."""
        response = await self._http.send_operation(delete_thread, {"thread_id": path_id(thread_id, "thread_id")})
        return parse_none(response)

    async def copy(self, thread_id: Id, **options: Unpack[CallOptions]) -> Thread:
        """A new thread with the same history."""
        response = await self._http.send_operation(copy_thread, {"thread_id": path_id(thread_id, "thread_id")})
        return _THREAD(response)

    def search(
        self,
        *,
        metadata: Mapping[str, Any] | None = None,
        values: Mapping[str, Any] | None = None,
        status: ThreadStatus | None = None,
        page_size: int | None = None,
        offset: int | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPager[Thread]:
        """Every thread matching the filters, fetched page by page as you iterate."""
        filters: dict[str, Any] = {}
        for name, value in (("metadata", metadata), ("values", values)):
            if value is not None:
                filters[name] = json_value(dict(value), name)
        if status is not None:
            filters["status"] = status

        async def fetch(params: Params) -> Page[Thread]:
            body = given(ThreadSearchRequest, **filters, **params)
            response = await self._http.send_operation(search_threads, {"body": body})
            return Page(parse_list(response, Thread.from_dict), params=params)

        return AsyncPager(
            fetch,
            OffsetPagination(limit=page_size, offset=offset, server_limit=SERVER_PAGE_SIZE),
            max_items=max_items,
            key=lambda thread: thread.thread_id,  # a thread seen on an earlier page is not listed twice
        )

    async def history(
        self, thread_id: Id, *, limit: int | None = None, before: str | None = None, **options: Unpack[CallOptions]
    ) -> list[ThreadState]:
        """The thread's past states, newest first (at most `limit`, older than checkpoint `before`).

        Left None, `limit` is not sent: the server's own page size applies (10 in ACP 0.2.3).
        """
        if limit is not None and limit < 1:
            raise ConfigurationError(f"limit must be >= 1, got {limit}")
        arguments = {"thread_id": path_id(thread_id, "thread_id"), "limit": limit, "before": before}
        response = await self._http.send_operation(get_thread_history, arguments)
        return _history(response)


def _history(response: Any) -> list[ThreadState]:
    return parse_list(response, ThreadState.from_dict)
