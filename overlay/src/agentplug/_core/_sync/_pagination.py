# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The pagers (`AsyncPager`, and its generated twin `Pager`): every item of a paged listing, fetched lazily."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import Any, Generic, TypeVar

from .._arguments import check_int
from .._call_options import applied, current_call
from .._pagination import Page, PageWalk, PaginationStrategy, Params, item_key

__all__ = ["Pager"]

T = TypeVar("T")


class Pager(Generic[T]):
    """Every item of a paged listing, fetched page by page as iteration reaches it
    (`for item in pager`, `for page in pager.pages()`; `async for` on an `AsyncPager`).

    Each iteration walks from the first page again (reusing the page `first_page()` fetched).
    """

    def __init__(
        self,
        fetch: Callable[[Params], Page[T]],
        strategy: PaginationStrategy,
        *,
        max_items: int | None = None,
        key: Callable[[T], Hashable] | None = None,
    ) -> None:
        check_int(max_items, "max_items", allow_none=True)
        self.strategy = strategy
        self.max_items = max_items
        self._key: Callable[[Any], Hashable] = key or item_key
        self._first: Page[T] | None = None  # kept once first_page() fetched it
        self._call = current_call()  # the options of the call that made the pager apply to every page
        self._fetch = fetch

    def first_page(self) -> Page[T]:
        """The first page (fetched once, then kept); its `items`, `total` and `has_more` as the server sent them."""

        if self._first is None:
            with applied(self._call):
                self._first = self._fetch(self.strategy.first_params())
        return self._first

    def pages(self) -> Iterator[Page[T]]:
        """Every page in turn, fetched as iteration reaches it.

        An item already yielded is left out of later pages, and the walk stops at `max_items`.
        """

        walk = PageWalk(self.strategy, self.max_items, self._key)
        params = walk.start()
        if params is None:
            return
        page = self.first_page()
        while True:
            kept, params = walk.advance(params, page)
            if kept is not None:
                yield kept
            if params is None:
                return
            with applied(self._call):
                page = self._fetch(params)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            for item in page.items:
                yield item
