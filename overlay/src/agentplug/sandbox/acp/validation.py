"""A small JSON Schema checker for request bodies, with FastAPI-style error items.

It covers the keywords the sandbox's schemas use: type, properties, required,
additionalProperties (boolean), items, enum, const, minimum, maximum, minLength, maxLength,
format (uuid, uri), anyOf and not. Errors come out as ``{"loc", "msg", "type"}`` items, the
``ValidationErrorItem`` shape of the spec.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Loc", "Schema", "ValidationItem", "is_uuid", "validate"]

Schema = Mapping[str, Any]
Loc = tuple[str | int, ...]
ValidationItem = dict[str, Any]

_TYPE_NAMES = {
    "object": "a JSON object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}


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


def is_uuid(text: str) -> bool:
    """Whether text is a UUID in its canonical hyphenated form (any case)."""
    try:
        parsed = uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return str(parsed) == text.lower()


def _is_uri(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return bool(parts.scheme) and parts.scheme.isascii() and parts.scheme[0].isalpha() and " " not in text


def _item(loc: Loc, msg: str, kind: str) -> ValidationItem:
    return {"loc": list(loc), "msg": msg, "type": kind}


def _check(value: Any, schema: Schema, loc: Loc) -> Iterator[ValidationItem]:
    if "anyOf" in schema:
        branches: Sequence[Schema] = schema["anyOf"]
        if not any(not list(_check(value, branch, loc)) for branch in branches):
            yield _item(loc, "Input does not match any of the allowed shapes", "union_tag_invalid")
            return
    if "not" in schema and not list(_check(value, schema["not"], loc)):
        yield _item(loc, "Input is not allowed here", "value_error")
        return
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_is_type(value, name) for name in names):
            wanted = " or ".join(_TYPE_NAMES.get(name, name) for name in names)
            yield _item(loc, f"Input should be {wanted}", f"{names[0]}_type")
            return
    if "const" in schema and value != schema["const"]:
        yield _item(loc, f"Input should be {schema['const']!r}", "literal_error")
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        yield _item(loc, f"Input should be one of {allowed}", "enum")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            yield _item(loc, f"Input should be greater than or equal to {schema['minimum']}", "greater_than_equal")
        if "maximum" in schema and value > schema["maximum"]:
            yield _item(loc, f"Input should be less than or equal to {schema['maximum']}", "less_than_equal")
    if isinstance(value, str):
        yield from _check_string(value, schema, loc)
    if isinstance(value, list) and "items" in schema:
        for index, element in enumerate(value):
            yield from _check(element, schema["items"], (*loc, index))
    if isinstance(value, dict):
        yield from _check_object(value, schema, loc)


def _check_string(value: str, schema: Schema, loc: Loc) -> Iterator[ValidationItem]:
    if "minLength" in schema and len(value) < schema["minLength"]:
        yield _item(loc, f"String should have at least {schema['minLength']} characters", "string_too_short")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        yield _item(loc, f"String should have at most {schema['maxLength']} characters", "string_too_long")
    fmt = schema.get("format")
    if fmt == "uuid" and not is_uuid(value):
        yield _item(loc, "Input should be a valid UUID", "uuid_parsing")
    elif fmt == "uri" and not _is_uri(value):
        yield _item(loc, "Input should be a valid URL", "url_parsing")


def _check_object(value: dict[str, Any], schema: Schema, loc: Loc) -> Iterator[ValidationItem]:
    properties: Mapping[str, Schema] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            yield _item((*loc, name), "Field required", "missing")
    for name, element in value.items():
        if name in properties:
            yield from _check(element, properties[name], (*loc, name))
        elif schema.get("additionalProperties", True) is False:
            yield _item((*loc, name), "Extra inputs are not permitted", "extra_forbidden")


def validate(value: Any, schema: Schema, loc: Loc = ()) -> list[ValidationItem]:
    """All validation errors of value against schema; empty when it is valid."""
    return list(_check(value, schema, loc))
