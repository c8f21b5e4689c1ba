"""A compact JSON Schema checker for request bodies.

It knows the keywords the sandbox's request schemas use: type (a name or a list), properties,
required, additionalProperties (boolean or schema), items, enum, const, minimum, maximum,
exclusiveMinimum, minLength, maxLength, format (email, date-time, uri) and anyOf. Problems come
out as ``{"field": "body.a.0.b", "message": ...}`` items, the ``details`` of a 400 answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Problem", "Schema", "is_datetime", "validate"]

Schema = Mapping[str, Any]
Problem = dict[str, str]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def _is_type(value: Any, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, int | float)
    return False


def is_datetime(text: str) -> bool:
    """Whether text is an RFC 3339 date-time (a time zone is required)."""
    if "T" not in text.upper() or len(text) < 20:
        return False
    try:
        parsed = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _is_uri(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return bool(parts.scheme) and parts.scheme.isascii() and parts.scheme[0].isalpha() and " " not in text


def _field(path: Sequence[str | int]) -> str:
    return ".".join(str(part) for part in path)


def _check(value: Any, schema: Schema, path: tuple[str | int, ...]) -> Iterator[Problem]:
    if "anyOf" in schema:
        if not any(not list(_check(value, branch, path)) for branch in schema["anyOf"]):
            yield {"field": _field(path), "message": "does not match any allowed shape"}
        return
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_is_type(value, name) for name in names):
            yield {"field": _field(path), "message": f"must be of type {' or '.join(names)}"}
            return
    if "const" in schema and value != schema["const"]:
        yield {"field": _field(path), "message": f"must be {schema['const']!r}"}
    if "enum" in schema and value not in schema["enum"]:
        yield {"field": _field(path), "message": f"must be one of {', '.join(map(repr, schema['enum']))}"}
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            yield {"field": _field(path), "message": f"must be at least {schema['minimum']}"}
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            yield {"field": _field(path), "message": f"must be more than {schema['exclusiveMinimum']}"}
        if "maximum" in schema and value > schema["maximum"]:
            yield {"field": _field(path), "message": f"must be at most {schema['maximum']}"}
    if isinstance(value, str):
        yield from _check_string(value, schema, path)
    if isinstance(value, list) and "items" in schema:
        for index, element in enumerate(value):
            yield from _check(element, schema["items"], (*path, index))
    if isinstance(value, dict):
        yield from _check_object(value, schema, path)


def _check_string(value: str, schema: Schema, path: tuple[str | int, ...]) -> Iterator[Problem]:
    if "minLength" in schema and len(value) < schema["minLength"]:
        yield {"field": _field(path), "message": f"must have at least {schema['minLength']} characters"}
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        yield {"field": _field(path), "message": f"must have at most {schema['maxLength']} characters"}
    fmt = schema.get("format")
    if fmt == "email" and not _EMAIL.match(value):
        yield {"field": _field(path), "message": "must be an email address"}
    elif fmt == "date-time" and not is_datetime(value):
        yield {"field": _field(path), "message": "must be an RFC 3339 date-time"}
    elif fmt == "uri" and not _is_uri(value):
        yield {"field": _field(path), "message": "must be a URI"}


def _check_object(value: dict[str, Any], schema: Schema, path: tuple[str | int, ...]) -> Iterator[Problem]:
    properties: Mapping[str, Schema] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            yield {"field": _field((*path, name)), "message": "is required"}
    extra = schema.get("additionalProperties", True)
    for name, element in value.items():
        if name in properties:
            yield from _check(element, properties[name], (*path, name))
        elif extra is False:
            yield {"field": _field((*path, name)), "message": "is not allowed"}
        elif isinstance(extra, Mapping):
            yield from _check(element, extra, (*path, name))


def validate(value: Any, schema: Schema, root: str = "body") -> list[Problem]:
    """Every problem of value against schema; empty when it is valid."""
    return list(_check(value, schema, (root,)))
