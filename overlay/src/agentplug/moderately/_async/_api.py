"""The HTTP side shared by every resource: generated requests, typed parsing, pagers, and storage.

One per client. It holds the configured HTTP sender (retries, timeouts, error
mapping), the team the client is scoped to, and a bare client for presigned storage URLs
(created on first use, never carrying the platform's credentials).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, TypeVar

import httpx2

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._pagination import AsyncPager
from agentplug._core._async._transfer import async_storage_client
from agentplug._core._errors import build_model, parse_json
from agentplug._core._pagination import Page, PageNumberPagination

from .._pages import page_from_body

__all__ = ["PLATFORM", "AsyncAPI"]

T = TypeVar("T")

# The page size the Moderately API applies when `pageSize` is not sent (its documented default).
SERVER_PAGE_SIZE = 10

PLATFORM = "moderately"


class AsyncAPI:
    """JSON calls to the platform, and the storage client for presigned transfers."""

    def __init__(
        self,
        http: AsyncHTTP,
        *,
        team_id: str,
        request_headers: Mapping[str, str] | None = None,
        storage: httpx2.AsyncClient | None = None,
    ) -> None:
        self.http = http
        self.team_id = team_id
        # Set only when the caller brought their own httpx2 client: ours carries the headers already.
        self._request_headers = dict(request_headers) if request_headers else None
        self._storage = storage
        self._owns_storage = storage is None

    async def send(self, operation: ModuleType, arguments: Mapping[str, Any] | None = None) -> httpx2.Response:
        """Send the request the generated `operation` module builds from `arguments`."""
        if self._request_headers:
            return await self.http.send_operation(operation, arguments, headers=self._request_headers)
        return await self.http.send_operation(operation, arguments)

    async def call(
        self,
        parse: Callable[[Any], T],
        operation: ModuleType,
        arguments: Mapping[str, Any] | None = None,
        *,
        model: str | None = None,
    ) -> T:
        """Send, then parse the JSON answer with `parse` (shape errors: ResponseValidationError)."""
        response = await self.send(operation, arguments)
        data = parse_json(response, platform=PLATFORM)
        return build_model(parse, data, response=response, model=model)

    async def call_json(self, operation: ModuleType, arguments: Mapping[str, Any] | None = None) -> object:
        """Send, and answer the decoded JSON body (None for an empty body, as some deletes send)."""
        response = await self.send(operation, arguments)
        if not response.content.strip():
            return None
        return parse_json(response, platform=PLATFORM)

    def pager(
        self,
        operation: ModuleType,
        arguments: Mapping[str, Any],
        parse_item: Callable[[Any], T],
        *,
        page: int | None,
        page_size: int | None,
        max_items: int | None = None,
        model: str | None = None,
    ) -> AsyncPager[T]:
        """Every item of a paged list, fetched page by page as iteration reaches it."""
        fixed = {name: value for name, value in arguments.items() if name not in ("page", "page_size")}
        # Named for the caller: "page of pipeline configuration versions" for /pipeline-configuration-versions.
        what = model or f"page of {operation.PATH.rsplit('/', 1)[-1].replace('-', ' ')}"

        async def fetch(paging: dict[str, int]) -> Page[T]:
            arguments = dict(fixed)
            if "page" in paging:
                arguments["page"] = paging["page"]
            if "page_size" in paging:
                arguments["page_size"] = paging["page_size"]
            response = await self.send(operation, arguments)
            data = parse_json(response, platform=PLATFORM)
            return build_model(lambda body: page_from_body(body, parse_item), data, response=response, model=what)

        return AsyncPager(
            fetch,
            PageNumberPagination(page_size=page_size, page=page, server_page_size=SERVER_PAGE_SIZE),
            max_items=max_items,
        )

    @property
    def storage(self) -> httpx2.AsyncClient:
        """The bare client for presigned URLs (no credentials, no redirects)."""
        if self._storage is None:
            self._storage = async_storage_client()
        return self._storage

    async def aclose(self) -> None:
        if self._storage is not None and self._owns_storage:
            await self._storage.aclose()
        await self.http.aclose()
