"""Prefactor's list envelope (`summaries`, `pagination`) read into a typed `Page`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx2

from agentplug._core._errors import build_model
from agentplug._core._pagination import Page, Params
from agentplug.errors import ResponseValidationError

from ._wire import envelope_of

__all__ = ["list_page", "next_offset"]

T = TypeVar("T")


def next_offset(body: dict[str, Any], offset: int, received: int) -> int | None:
    """Where the page after this one starts, or None at the end.

    The server's `next_page_offset` says it; a page that is empty, or names no offset past the one
    just used, ends the walk (a server repeating itself must not loop a reader).
    """
    pagination = body.get("pagination")
    if not received or not isinstance(pagination, dict):
        return None
    following = pagination.get("next_page_offset")
    if not isinstance(following, int) or isinstance(following, bool) or following <= offset:
        return None
    return following


def list_page(response: httpx2.Response, parse: Callable[[Any], T], model: str, params: Params) -> Page[T]:
    """The typed page of a list answer (`summaries` parsed one by one with `parse`)."""
    body = envelope_of(response)
    summaries = body.get("summaries")
    if not isinstance(summaries, list):
        raise ResponseValidationError(
            f"The prefactor server's list of {model}s has no `summaries` list",
            status_code=response.status_code,
            body=body,
        )
    items = [build_model(parse, item, response=response, model=model) for item in summaries]
    pagination = body.get("pagination")
    count = pagination.get("item_count") if isinstance(pagination, dict) else None
    total = count if isinstance(count, int) and not isinstance(count, bool) else None
    more = next_offset(body, params.get("offset", 0), len(items)) is not None
    return Page(items, total=total, has_more=more, params=params)
