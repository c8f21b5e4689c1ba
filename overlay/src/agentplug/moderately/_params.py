"""Query arguments for the generated operations (sans-I/O): comma-joined ID lists, checked values.

The API declares its list filters (`teamIds`, `datasetIds`, `statuses`...) as single strings and
reads them comma-separated; booleans travel as "true" / "false". Arguments are the generated
layer's snake_case names (it spells them on the wire); those left None are not sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeAlias

from agentplug.errors import ConfigurationError

__all__ = ["IdList", "OrderDirection", "id_list", "page_params", "query", "summarize"]

IdList: TypeAlias = str | Iterable[str]
OrderDirection: TypeAlias = Literal["asc", "desc"]

QueryValue: TypeAlias = str | int | float


def id_list(values: IdList | None, name: str = "ids") -> str | None:
    """A comma-separated list from one ID or several (None: no filter)."""
    if values is None:
        return None
    if isinstance(values, str):
        return values
    if isinstance(values, (bytes, Mapping)) or not isinstance(values, Iterable):
        raise ConfigurationError(f"{name} takes a string or a list of strings")
    items = list(values)
    if not all(isinstance(item, str) for item in items):
        raise ConfigurationError(f"{name} takes a string or a list of strings")
    return ",".join(items)


def query(**pairs: Any) -> dict[str, QueryValue]:
    """The pairs that are not None, booleans spelled as the API reads them."""
    params: dict[str, QueryValue] = {}
    for name, value in pairs.items():
        if value is None:
            continue
        if isinstance(value, bool):
            params[name] = "true" if value else "false"
        elif isinstance(value, (str, int, float)):
            params[name] = value
        else:
            raise ConfigurationError(f"Unsupported value for query parameter {name}: {type(value).__name__}")
    return params


def page_params(
    page: int | None, page_size: int | None, order_by: str | None, order_direction: str | None
) -> dict[str, QueryValue]:
    if order_direction is not None and order_direction not in ("asc", "desc"):
        raise ConfigurationError(f"order_direction must be 'asc' or 'desc', got {order_direction!r}")
    return query(page=page, page_size=page_size, order_by=order_by, order_direction=order_direction)


def summarize(value: object, limit: int) -> str:
    """A one-line summary of an input for the API's required `...Summary` fields (1 to `limit` chars)."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    text = " ".join(text.split()) or "(empty)"
    return text if len(text) <= limit else text[: limit - 1] + "…"
