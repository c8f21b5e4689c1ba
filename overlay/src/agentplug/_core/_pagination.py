"""Typed pages, and what pagers that walk every page lazily (`for item in pager`, `async for ...`) decide.

A pagination strategy is a small sans-I/O object: it gives the query parameters of the first
page and, from a page just fetched, those of the next one (or None at the end). The pagers only
fetch, through a function supplied by the resource that maps the generic parameters (`limit` /
`offset`, `page` / `page_size`) to the API's own names and parses the answer into a `Page`.
The pagers are `AsyncPager` (`_async/_pagination.py`) and its generated twin `Pager`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Protocol, TypeVar

from agentplug.errors import ConfigurationError

from ._arguments import check_int

__all__ = [
    "OffsetPagination",
    "Page",
    "PageNumberPagination",
    "PageWalk",
    "PaginationStrategy",
    "Params",
    "item_key",
]

T = TypeVar("T")

Params = dict[str, int]


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results, with what the server said about the others.

    `total` (items), `total_pages` and `has_more` are None when the server does not send them.
    `params` are the query parameters that fetched this page.
    """

    items: list[T]
    total: int | None = None
    total_pages: int | None = None
    has_more: bool | None = None
    params: Params = field(default_factory=dict)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class PaginationStrategy(Protocol):
    def first_params(self) -> Params: ...

    def next_params(self, params: Params, page: Page[Any]) -> Params | None:
        """The parameters of the page after `page` (fetched with `params`), or None at the end."""
        ...


def _says_more(page: Page[Any], position: int, full_page: int | None) -> bool:
    """Whether pages follow this one, `position` being how many items up to its end.

    An empty page always ends the walk (a server repeating empty pages must not loop us).
    What the server states (has_more, then total) wins over the page's length, since servers may
    cap the page size below the one requested. Otherwise a page shorter than the page size in
    effect is the last, and so is a longer one: the server ignored the size and sent all it has.
    With no known page size, the walk goes on until a page is empty or brings nothing new.
    """
    if not page.items:
        return False
    if page.has_more is not None:
        return page.has_more
    if page.total is not None:
        return position < page.total
    return full_page is None or len(page.items) == full_page


def _set(**params: int | None) -> Params:
    """The parameters that are set: a request carries only what the caller chose."""
    return {name: value for name, value in params.items() if value is not None}


@dataclass(frozen=True)
class OffsetPagination:
    """`limit` / `offset` paging: the next offset is the offset plus the items received.

    `limit` and `offset` are sent only when given; `server_limit` is the page size the server
    applies when no limit is sent (its documented default), used to recognize the last page.
    """

    limit: int | None = None
    offset: int | None = None
    server_limit: int | None = None

    def __post_init__(self) -> None:
        check_int(self.limit, "page_size", minimum=1, allow_none=True)
        check_int(self.offset, "offset", allow_none=True)
        if (self.limit is not None and self.limit < 1) or (self.offset is not None and self.offset < 0):
            raise ConfigurationError(f"paging needs limit >= 1 and offset >= 0, got {self.limit}, {self.offset}")

    def first_params(self) -> Params:
        return _set(limit=self.limit, offset=self.offset)

    def next_params(self, params: Params, page: Page[Any]) -> Params | None:
        offset = params.get("offset", 0) + len(page.items)
        if not _says_more(page, offset, params.get("limit", self.server_limit)):
            return None
        return {**params, "offset": offset}


@dataclass(frozen=True)
class PageNumberPagination:
    """`page` / `page_size` paging, pages numbered from 1 (an API counting from 0 shifts in its fetch).

    `page` and `page_size` are sent only when given (later pages need `page`); `server_page_size`
    is the size the server applies when none is sent, used to recognize the last page.
    """

    page_size: int | None = None
    page: int | None = None
    server_page_size: int | None = None

    def __post_init__(self) -> None:
        check_int(self.page_size, "page_size", minimum=1, allow_none=True)
        check_int(self.page, "page", minimum=1, allow_none=True)
        if (self.page_size is not None and self.page_size < 1) or (self.page is not None and self.page < 1):
            raise ConfigurationError(f"paging needs page_size >= 1 and page >= 1, got {self.page_size}, {self.page}")

    def first_params(self) -> Params:
        return _set(page=self.page, page_size=self.page_size)

    def next_params(self, params: Params, page: Page[Any]) -> Params | None:
        number = params.get("page", 1)
        size = params.get("page_size", self.server_page_size)
        if page.items and page.has_more is None and page.total_pages is not None:
            more = number < page.total_pages
        else:
            more = _says_more(page, (number - 1) * (size or 0) + len(page.items), size)
        return {**params, "page": number + 1} if more else None


class PageWalk:
    """Sans-I/O bookkeeping of one traversal: next parameters, duplicates, and the max_items cut.

    An item already yielded is not yielded again (a server ignoring the offset sends the same
    page each time), and a page that brings nothing new ends the walk, so every walk ends.
    """

    def __init__(self, strategy: PaginationStrategy, max_items: int | None, key: Callable[[Any], Hashable]) -> None:
        self._strategy = strategy
        self._left = max_items
        self._key = key
        self._seen: set[Hashable] = set()

    def start(self) -> Params | None:
        return None if self._left == 0 else self._strategy.first_params()

    def advance(self, params: Params, page: Page[T]) -> tuple[Page[T] | None, Params | None]:
        """`page` (fetched with `params`) without items already yielded, cut to max_items (None when
        nothing is new), and the parameters of the next page or None."""
        if not page.params:
            page = replace(page, params=params)
        fresh = []
        for item in page.items:
            key = self._key(item)
            if key not in self._seen:
                self._seen.add(key)
                fresh.append(item)
        if page.items and not fresh:
            return None, None  # the server repeats itself: the walk is over
        # The strategy sees the page as the server sent it: positions count every item received.
        next_params = self._strategy.next_params(params, page)
        if len(fresh) != len(page.items):
            page = replace(page, items=fresh)
        if self._left is not None:
            if len(page.items) >= self._left:
                return replace(page, items=page.items[: self._left]), None  # the last page wanted
            self._left -= len(page.items)
        return page, next_params


def item_key(item: Any) -> Hashable:
    """What makes two listed items the same: their repr (attrs models and handles show their fields or id)."""
    return repr(item)
