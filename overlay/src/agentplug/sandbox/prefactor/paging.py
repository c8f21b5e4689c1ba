"""List answers: `pagination[offset]` / `pagination[page_size]` in, the list envelope out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .validation import Fields

__all__ = ["list_envelope", "page_params"]


def _int_param(fields: Fields, name: str, default: int, low: int, high: int | None) -> int:
    raw = fields.data.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        fields.add(name, "must be an integer")
        return default
    if value < low or (high is not None and value > high):
        fields.add(name, f"must be between {low} and {high}" if high is not None else f"must be >= {low}")
        return default
    return value


def page_params(fields: Fields) -> tuple[int, int]:
    """(offset, page size) from the query; bad values are added to `fields`' errors."""
    return _int_param(fields, "pagination[offset]", 0, 0, None), _int_param(fields, "pagination[page_size]", 10, 1, 100)


def list_envelope(
    items: Sequence[dict[str, Any]], offset: int, size: int, sorting: dict[str, str] | None
) -> dict[str, Any]:
    """The page of `items` (the whole filtered, ordered list) starting at `offset`."""
    page = list(items[offset : offset + size])
    total = len(items)
    pagination = {
        "item_count": total,
        "item_start": offset + 1 if page else None,
        "item_end": offset + len(page) if page else None,
        "page_index": offset // size + 1,
        "page_count": max(1, -(-total // size)),
        "page_offset": offset,
        "page_size": size,
        "next_page_offset": offset + size if offset + size < total else None,
        "previous_page_offset": max(0, offset - size) if offset > 0 else None,
    }
    return {"status": "success", "summaries": page, "pagination": pagination, "sorting": sorting}
