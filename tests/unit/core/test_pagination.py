"""Pages and pagers: offset/limit and page/page_size walks, laziness, stop rules, max_items, async."""

from __future__ import annotations

import pytest
from agentplug._core._async._pagination import AsyncPager
from agentplug._core._pagination import OffsetPagination, Page, PageNumberPagination
from agentplug._core._sync._pagination import Pager
from agentplug.errors import ConfigurationError

ITEMS = [f"item-{n}" for n in range(23)]


class OffsetServer:
    """A listing served by limit/offset, recording each request."""

    def __init__(
        self,
        items: list[str],
        *,
        send_total: bool = False,
        max_limit: int | None = None,
        default_limit: int = 10,
        ignore_offset: bool = False,
        ignore_limit: bool = False,
    ) -> None:
        self.items = items
        self.send_total = send_total
        self.max_limit = max_limit
        self.default_limit = default_limit
        self.ignore_offset = ignore_offset
        self.ignore_limit = ignore_limit
        self.requests: list[dict[str, int]] = []

    def fetch(self, params: dict[str, int]) -> Page[str]:
        self.requests.append(params)
        if self.ignore_limit:
            return Page(list(self.items))
        asked = params.get("limit", self.default_limit)
        limit = min(asked, self.max_limit or asked)
        offset = 0 if self.ignore_offset else params.get("offset", 0)
        chunk = self.items[offset : offset + limit]
        return Page(chunk, total=len(self.items) if self.send_total else None)

    async def afetch(self, params: dict[str, int]) -> Page[str]:
        return self.fetch(params)


class PageServer:
    """A listing served by page/page_size (pages numbered from 1)."""

    def __init__(self, items: list[str], *, meta: str | None = None) -> None:
        self.items = items
        self.meta = meta
        self.requests: list[dict[str, int]] = []

    def fetch(self, params: dict[str, int]) -> Page[str]:
        self.requests.append(params)
        size = params.get("page_size", 10)
        start = (params.get("page", 1) - 1) * size
        chunk = self.items[start : start + size]
        pages = -(-len(self.items) // size)
        if self.meta == "total_pages":
            return Page(chunk, total_pages=pages)
        if self.meta == "has_more":
            return Page(chunk, has_more=params.get("page", 1) < pages)
        return Page(chunk)

    async def afetch(self, params: dict[str, int]) -> Page[str]:
        return self.fetch(params)


def test_offset_pager_walks_every_page_and_stops_on_the_short_one() -> None:
    server = OffsetServer(ITEMS)
    assert list(Pager(server.fetch, OffsetPagination(limit=10))) == ITEMS
    assert server.requests == [{"limit": 10}, {"limit": 10, "offset": 10}, {"limit": 10, "offset": 20}]


def test_offset_pager_stops_on_an_empty_page() -> None:
    server = OffsetServer(ITEMS[:20])
    assert list(Pager(server.fetch, OffsetPagination(limit=10))) == ITEMS[:20]
    assert [request.get("offset") for request in server.requests] == [None, 10, 20]


def test_offset_pager_stops_when_the_total_is_reached() -> None:
    server = OffsetServer(ITEMS[:20], send_total=True)
    assert list(Pager(server.fetch, OffsetPagination(limit=10))) == ITEMS[:20]
    assert len(server.requests) == 2  # no probe for an empty third page


def test_a_total_outranks_a_server_capped_page_size() -> None:
    # The server sends 5 items where 10 were asked: not the end, since the total says more follow.
    server = OffsetServer(ITEMS, send_total=True, max_limit=5)
    assert list(Pager(server.fetch, OffsetPagination(limit=10))) == ITEMS
    assert [request.get("offset") for request in server.requests] == [None, 5, 10, 15, 20]


def test_offset_pager_starts_at_the_given_offset() -> None:
    server = OffsetServer(ITEMS)
    assert list(Pager(server.fetch, OffsetPagination(limit=10, offset=15))) == ITEMS[15:]


def test_the_pager_fetches_a_page_only_when_iteration_reaches_it() -> None:
    server = OffsetServer(ITEMS)
    pager = Pager(server.fetch, OffsetPagination(limit=10))
    assert server.requests == []
    items = iter(pager)
    assert [next(items) for _ in range(10)] == ITEMS[:10]
    assert len(server.requests) == 1
    assert next(items) == ITEMS[10]
    assert len(server.requests) == 2


def test_pages_carry_their_items_and_params() -> None:
    server = OffsetServer(ITEMS)
    pages = list(Pager(server.fetch, OffsetPagination(limit=10)).pages())
    assert [len(page) for page in pages] == [10, 10, 3]
    assert pages[1].params == {"limit": 10, "offset": 10}
    assert list(pages[2]) == ITEMS[20:]


def test_first_page_is_fetched_once_and_reused_by_iteration() -> None:
    server = OffsetServer(ITEMS)
    pager = Pager(server.fetch, OffsetPagination(limit=10))
    assert pager.first_page().items == ITEMS[:10]
    assert pager.first_page().items == ITEMS[:10]
    assert list(pager) == ITEMS
    assert len(server.requests) == 3


def test_max_items_cuts_the_walk_and_fetches_no_further() -> None:
    server = OffsetServer(ITEMS)
    pager = Pager(server.fetch, OffsetPagination(limit=10), max_items=12)
    assert list(pager) == ITEMS[:12]
    assert len(server.requests) == 2
    assert [len(page) for page in pager.pages()] == [10, 2]


def test_max_items_zero_fetches_nothing() -> None:
    server = OffsetServer(ITEMS)
    assert list(Pager(server.fetch, OffsetPagination(limit=10), max_items=0)) == []
    assert server.requests == []


@pytest.mark.parametrize("meta", [None, "total_pages", "has_more"])
def test_page_number_pager_walks_every_page(meta: str | None) -> None:
    server = PageServer(ITEMS, meta=meta)
    assert list(Pager(server.fetch, PageNumberPagination(page_size=5))) == ITEMS
    assert [request.get("page") for request in server.requests] == [None, 2, 3, 4, 5]


@pytest.mark.parametrize(("meta", "requests"), [(None, 3), ("total_pages", 2), ("has_more", 2)])
def test_page_number_pager_on_an_exact_multiple(meta: str | None, requests: int) -> None:
    # Without metadata a full last page needs one more (empty) page to be sure.
    server = PageServer(ITEMS[:10], meta=meta)
    assert list(Pager(server.fetch, PageNumberPagination(page_size=5))) == ITEMS[:10]
    assert len(server.requests) == requests


def test_has_more_false_ends_even_a_full_page() -> None:
    pager = Pager(lambda params: Page(["a", "b"], has_more=False), PageNumberPagination(page_size=2))
    assert list(pager) == ["a", "b"]


def test_invalid_paging_arguments_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        OffsetPagination(limit=0)
    with pytest.raises(ConfigurationError):
        PageNumberPagination(page_size=10, page=0)
    with pytest.raises(ConfigurationError):
        Pager(OffsetServer(ITEMS).fetch, OffsetPagination(limit=1), max_items=-1)


@pytest.mark.anyio
async def test_async_pager_walks_lazily() -> None:
    server = OffsetServer(ITEMS)
    pager = AsyncPager(server.afetch, OffsetPagination(limit=10))
    items = pager.__aiter__()
    assert [await items.__anext__() for _ in range(10)] == ITEMS[:10]
    assert len(server.requests) == 1
    assert [item async for item in items] == ITEMS[10:]
    assert len(server.requests) == 3


@pytest.mark.anyio
async def test_async_pager_pages_first_page_and_max_items() -> None:
    server = PageServer(ITEMS, meta="total_pages")
    pager = AsyncPager(server.afetch, PageNumberPagination(page_size=10), max_items=15)
    assert (await pager.first_page()).items == ITEMS[:10]
    assert [page.items async for page in pager.pages()] == [ITEMS[:10], ITEMS[10:15]]
    assert [item async for item in pager] == ITEMS[:15]
    assert len(server.requests) == 3  # page 1 once, page 2 per walk


# --------------------------------------------------------------------------------------------
# Only what the caller set goes on the wire, and every walk ends
# --------------------------------------------------------------------------------------------


def test_nothing_set_sends_no_paging_parameters() -> None:
    offsets, pages = OffsetServer(ITEMS[:3]), PageServer(ITEMS[:3])
    assert list(Pager(offsets.fetch, OffsetPagination(server_limit=10))) == ITEMS[:3]
    assert list(Pager(pages.fetch, PageNumberPagination(server_page_size=10))) == ITEMS[:3]
    assert offsets.requests == [{}]  # shorter than the server's own page size: the end
    assert pages.requests == [{}]


def test_later_pages_carry_only_the_position() -> None:
    server = OffsetServer(ITEMS)
    assert list(Pager(server.fetch, OffsetPagination(server_limit=10))) == ITEMS
    assert server.requests == [{}, {"offset": 10}, {"offset": 20}]
    pages = PageServer(ITEMS)
    assert list(Pager(pages.fetch, PageNumberPagination(server_page_size=10))) == ITEMS
    assert pages.requests == [{}, {"page": 2}, {"page": 3}]


def test_ends_on_an_empty_page() -> None:
    server = OffsetServer(ITEMS[:10])
    assert list(Pager(server.fetch, OffsetPagination(limit=5))) == ITEMS[:10]
    assert server.requests[-1] == {"limit": 5, "offset": 10}
    assert len(server.requests) == 3


def test_ends_on_a_page_shorter_than_asked() -> None:
    server = OffsetServer(ITEMS[:7])
    assert list(Pager(server.fetch, OffsetPagination(limit=5))) == ITEMS[:7]
    assert len(server.requests) == 2


def test_ends_on_a_page_longer_than_asked_the_server_sent_everything() -> None:
    # The ACP reference server ignores limit and offset on some listings (limit=1, 3 items back).
    server = OffsetServer(ITEMS[:3], ignore_limit=True)
    assert list(Pager(server.fetch, OffsetPagination(limit=1))) == ITEMS[:3]
    assert server.requests == [{"limit": 1}]
    unsized = OffsetServer(ITEMS[:11], ignore_limit=True)
    assert list(Pager(unsized.fetch, OffsetPagination(server_limit=10))) == ITEMS[:11]
    assert unsized.requests == [{}]


@pytest.mark.parametrize("strategy", [OffsetPagination(limit=5), OffsetPagination()])
def test_a_server_ignoring_the_offset_ends_the_walk_without_duplicates(strategy: OffsetPagination) -> None:
    server = OffsetServer(ITEMS[:5], ignore_offset=True, default_limit=5)
    assert list(Pager(server.fetch, strategy)) == ITEMS[:5]
    assert len(server.requests) == 2  # the second page brought nothing new


def test_a_server_ignoring_the_page_number_ends_the_walk() -> None:
    calls: list[dict[str, int]] = []

    def fetch(params: dict[str, int]) -> Page[str]:
        calls.append(params)
        return Page(ITEMS[:4])

    assert list(Pager(fetch, PageNumberPagination(page_size=4))) == ITEMS[:4]
    assert calls == [{"page_size": 4}, {"page": 2, "page_size": 4}]


def test_items_seen_on_an_earlier_page_are_not_yielded_again() -> None:
    # An item inserted at the head shifts the listing by one: the overlap is dropped, the walk goes on.
    pages = {0: ["a", "b"], 2: ["b", "c"], 4: []}
    pager = Pager(lambda params: Page(pages[params.get("offset", 0)]), OffsetPagination(limit=2))
    assert list(pager) == ["a", "b", "c"]


def test_duplicates_are_recognized_by_the_given_key() -> None:
    pages = {0: [("a", 1), ("b", 1)], 2: [("a", 2), ("c", 1)], 4: []}
    pager = Pager(
        lambda params: Page(pages[params.get("offset", 0)]), OffsetPagination(limit=2), key=lambda item: item[0]
    )
    assert list(pager) == [("a", 1), ("b", 1), ("c", 1)]


def test_unknown_page_size_walks_until_an_empty_page() -> None:
    server = OffsetServer(ITEMS[:6], default_limit=4)
    assert list(Pager(server.fetch, OffsetPagination())) == ITEMS[:6]
    assert server.requests == [{}, {"offset": 4}, {"offset": 6}]


@pytest.mark.anyio
async def test_async_pager_ends_on_a_repeating_server() -> None:
    server = OffsetServer(ITEMS[:10], ignore_offset=True)
    pager = AsyncPager(server.afetch, OffsetPagination(server_limit=10))
    assert [item async for item in pager] == ITEMS[:10]
    assert len(server.requests) == 2
