"""Span and quality summaries: `{{field}}` replaced by the field's value from params or result."""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["render"]

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_.]+)\s*\}\}")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def render(template: str, params: dict[str, Any] | None, result: dict[str, Any] | None) -> str:
    """The template with each placeholder filled from the result first, then the params ("" if absent)."""

    def lookup(match: re.Match[str]) -> str:
        name = match.group(1)
        for source in (result, params):
            if source and name in source:
                return _text(source[name])
        return ""

    return _PLACEHOLDER.sub(lookup, template)
