"""The HTTP side shared by every resource: JSON requests, typed parsing, pagers, and storage.

One per client. It holds the configured HTTP sender (retries, timeouts, error
mapping), the team the client is scoped to, and a bare client for presigned storage URLs
(created on first use, never carrying the platform's credentials).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

import httpx2

from agentplug._core._errors import build_model, parse_json
from agentplug._core._http import AsyncHTTP
from agentplug._core._pagination import AsyncPager, Page, PageNumberPagination
from agentplug.errors import ConfigurationError

from .._pages import page_from_body
from .._params import QueryValue
from .._transfers import async_storage_client

__all__ = ["PLATFORM", "AsyncAPI"]

T = TypeVar("T")

# The page size the Moderately API applies when `pageSize` is not sent (its documented default).
SERVER_PAGE_SIZE = 10

PLATFORM = "moderately"


def _path_part(value: str, name: str) -> str:
    """An ID checked and escaped for use in a path (an empty or non-string ID is a caller's mistake)."""
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{name} must be a non-empty string, got {value!r}")
    return quote(value, safe="")  # an ID holding "/" or "?" must not reach another route


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

    @staticmethod
    def path(template: str, *ids: tuple[str, str]) -> str:
        """`template` with each `{name}` replaced by its checked ID: path("/files/{fileId}", ("fileId", id))."""
        for name, value in ids:
            template = template.replace("{" + name + "}", _path_part(value, name))
        return template

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
    ) -> httpx2.Response:
        kwargs: dict[str, Any] = {}
        if params:
            kwargs["params"] = params
        if body is not None:
            kwargs["json"] = body
        if self._request_headers:
            kwargs["headers"] = self._request_headers
        return await self.http.send(method, path, **kwargs)

    async def call(
        self,
        parse: Callable[[Any], T],
        method: str,
        path: str,
        *,
        params: Mapping[str, QueryValue] | None = None,
        body: object = None,
        model: str | None = None,
    ) -> T:
        """Send, then parse the JSON answer with `parse` (shape errors: ResponseValidationError)."""
        response = await self.send(method, path, params=params, body=body)
        data = parse_json(response, platform=PLATFORM)
        return build_model(parse, data, response=response, model=model)

    async def call_json(
        self, method: str, path: str, *, params: Mapping[str, QueryValue] | None = None, body: object = None
    ) -> object:
        """Send, and answer the decoded JSON body (None for an empty body, as some deletes send)."""
        response = await self.send(method, path, params=params, body=body)
        if not response.content.strip():
            return None
        return parse_json(response, platform=PLATFORM)

    def pager(
        self,
        path: str,
        params: Mapping[str, QueryValue],
        parse_item: Callable[[Any], T],
        *,
        page: int | None,
        page_size: int | None,
        max_items: int | None = None,
        model: str | None = None,
    ) -> AsyncPager[T]:
        """Every item of a paged list, fetched page by page as iteration reaches it."""
        fixed = {name: value for name, value in params.items() if name not in ("page", "pageSize")}
        # Named for the caller: "page of pipeline configuration versions" for /pipeline-configuration-versions.
        what = model or f"page of {path.rsplit('/', 1)[-1].replace('-', ' ')}"

        async def fetch(paging: dict[str, int]) -> Page[T]:
            query = dict(fixed)
            if "page" in paging:
                query["page"] = paging["page"]
            if "page_size" in paging:
                query["pageSize"] = paging["page_size"]
            response = await self.send("GET", path, params=query)
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
