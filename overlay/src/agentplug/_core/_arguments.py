"""Checks of public arguments at the call site: a wrong type or value raises `InvalidArgumentError`
naming the argument, what it got and what it accepts, before anything deeper can fail with an
internal message (`'<' not supported between instances of 'str' and 'float'`)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from agentplug.errors import InvalidArgumentError

__all__ = ["check_headers", "check_int", "check_seconds"]


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_seconds(value: Any, name: str, *, allow_none: bool = True, positive: bool = False) -> float | None:
    """A duration in seconds: a finite int or float (>= 0, or > 0 when `positive`), or None if allowed."""
    if value is None and allow_none:
        return None
    bound = "> 0" if positive else ">= 0"
    accepts = f"a number of seconds {bound}" + (" or None" if allow_none else "")
    if not _is_number(value):
        hint = " (a number, not a string)" if isinstance(value, str) else ""
        raise InvalidArgumentError(f"{name} takes {accepts}{hint}, got {_shown(value)}", argument=name)
    if math.isnan(value) or value < 0 or (positive and value == 0):
        raise InvalidArgumentError(f"{name} takes {accepts}, got {_shown(value)}", argument=name)
    return float(value)


def check_int(value: Any, name: str, *, minimum: int = 0, allow_none: bool = False) -> int | None:
    """A whole number >= `minimum` (bool refused), or None if allowed."""
    if value is None and allow_none:
        return None
    accepts = f"an integer >= {minimum}" + (" or None" if allow_none else "")
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise InvalidArgumentError(f"{name} takes {accepts}, got {_shown(value)}", argument=name)
    return value


def check_headers(value: Any, name: str = "headers") -> Mapping[str, str]:
    """A mapping of header names to values, both strings (None: no headers)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(
            f"{name} takes a mapping of header names to string values, got {type(value).__name__}", argument=name
        )
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise InvalidArgumentError(
                f"{name} takes string names and values, got {_shown(key)}: {type(item).__name__}", argument=name
            )
    return value
