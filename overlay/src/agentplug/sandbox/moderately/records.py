"""Record helpers: identifiers, timestamps, filtering, ordering and pages in the wire format."""

from __future__ import annotations

import math
import secrets
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

__all__ = ["Record", "new_id", "now", "page_of", "select"]

Record = dict[str, Any]

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"


def new_id(size: int = 21) -> str:
    """A nanoid-style identifier."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(size))


def now() -> str:
    """The current time, RFC 3339 in UTC with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _sort_key(value: Any) -> tuple[int, Any]:
    # None sorts first; numbers and strings never get compared with each other.
    if value is None:
        return (0, 0)
    if isinstance(value, bool | int | float):
        return (1, value)
    return (2, str(value).lower())


def select(
    records: Iterable[Record],
    *,
    where: Callable[[Record], bool] = lambda record: True,
    order_by: str = "createdAt",
    descending: bool = False,
) -> list[Record]:
    """The matching records, sorted stably (insertion order breaks ties)."""
    chosen = [record for record in records if where(record)]
    if order_by == "createdAt":
        # Tables keep insertion order, which is creation order: no sort needed (fast long lists).
        return chosen[::-1] if descending else chosen
    chosen.sort(key=lambda record: _sort_key(record.get(order_by)), reverse=descending)
    return chosen


def page_of(records: list[Record], page: int, size: int, render: Callable[[Record], Record]) -> Record:
    """One page as ``{"items", "pagination"}``."""
    total = len(records)
    pages = math.ceil(total / size) if total else 0
    start = (page - 1) * size
    return {
        "items": [render(record) for record in records[start : start + size]],
        "pagination": {
            "page": page,
            "pageSize": size,
            "totalItems": total,
            "totalPages": pages,
            "hasNextPage": page < pages,
            "hasPreviousPage": page > 1 and total > 0,
        },
    }
