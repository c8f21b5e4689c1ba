"""Reading the API's list answers into typed pages (sans-I/O).

Lists answer `{"items": [...], "pagination": {"page", "pageSize", "totalItems", "totalPages",
"hasNextPage", "hasPreviousPage"}}`; the pagination object is trusted only as far as it is
well-formed (an empty page always ends a walk, whatever it claims).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from agentplug._core._pagination import Page

__all__ = ["page_from_body"]

T = TypeVar("T")


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def page_from_body(body: Mapping[str, Any], parse_item: Callable[[Any], T]) -> Page[T]:
    """A `Page` from a list answer; `parse_item` raises on a malformed item (the caller maps that)."""
    items = body["items"]
    if not isinstance(items, list):
        raise TypeError("'items' is not a list")
    pagination = body.get("pagination")
    info: Mapping[str, Any] = pagination if isinstance(pagination, Mapping) else {}
    more = info.get("hasNextPage")
    return Page(
        items=[parse_item(item) for item in items],
        total=_count(info.get("totalItems")),
        total_pages=_count(info.get("totalPages")),
        has_more=more if isinstance(more, bool) else None,
    )
