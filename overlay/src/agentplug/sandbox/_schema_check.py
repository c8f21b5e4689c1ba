"""A compact JSON Schema checker for the sandboxes' request bodies, with neutral problem reports.

It knows the keywords the sandboxes' schemas use: type (a name or a list), properties, required,
additionalProperties (boolean or schema), items, enum, const, minimum, maximum, exclusiveMinimum,
minLength, maxLength, format (uuid, uri, email, date-time), anyOf and not. Each platform words
the problems the way its real server does (ACP: FastAPI items; Moderately: field messages).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Path", "Problem", "Schema", "is_datetime", "is_uuid", "problems"]

Schema = Mapping[str, Any]
Path = tuple[str | int, ...]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True)
class Problem:
    """One way a value fails its schema.

    Attributes:
        path: where, from the root (property names and array indexes).
        keyword: the failed keyword (`type`, `required`, `format`, `additionalProperties`, ...).
        expected: that keyword's value in the schema (`format`: the format's name).
    """

    path: Path
    keyword: str
    expected: Any = None


def is_uuid(text: str) -> bool:
    """Whether text is a UUID in its canonical hyphenated form (any case)."""
    try:
        parsed = uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return str(parsed) == text.lower()


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


_FORMATS = {"uuid": is_uuid, "uri": _is_uri, "email": lambda text: bool(_EMAIL.match(text)), "date-time": is_datetime}


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


def problems(value: Any, schema: Schema, path: Path = ()) -> Iterator[Problem]:
    """Every problem of `value` against `schema`, in document order (none: it is valid)."""
    if "anyOf" in schema and not any(not any(problems(value, branch, path)) for branch in schema["anyOf"]):
        yield Problem(path, "anyOf")
        return
    if "not" in schema and not any(problems(value, schema["not"], path)):
        yield Problem(path, "not")
        return
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_is_type(value, name) for name in names):
            yield Problem(path, "type", names)
            return
    if "const" in schema and value != schema["const"]:
        yield Problem(path, "const", schema["const"])
    if "enum" in schema and value not in schema["enum"]:
        yield Problem(path, "enum", schema["enum"])
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            yield Problem(path, "minimum", schema["minimum"])
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            yield Problem(path, "exclusiveMinimum", schema["exclusiveMinimum"])
        if "maximum" in schema and value > schema["maximum"]:
            yield Problem(path, "maximum", schema["maximum"])
    if isinstance(value, str):
        yield from _string_problems(value, schema, path)
    if isinstance(value, list) and "items" in schema:
        for index, element in enumerate(value):
            yield from problems(element, schema["items"], (*path, index))
    if isinstance(value, dict):
        yield from _object_problems(value, schema, path)


def _string_problems(value: str, schema: Schema, path: Path) -> Iterator[Problem]:
    if "minLength" in schema and len(value) < schema["minLength"]:
        yield Problem(path, "minLength", schema["minLength"])
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        yield Problem(path, "maxLength", schema["maxLength"])
    check = _FORMATS.get(schema.get("format", ""))
    if check is not None and not check(value):
        yield Problem(path, "format", schema["format"])


def _object_problems(value: dict[str, Any], schema: Schema, path: Path) -> Iterator[Problem]:
    properties: Mapping[str, Schema] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            yield Problem((*path, name), "required")
    extra = schema.get("additionalProperties", True)
    for name, element in value.items():
        if name in properties:
            yield from problems(element, properties[name], (*path, name))
        elif extra is False:
            yield Problem((*path, name), "additionalProperties")
        elif isinstance(extra, Mapping):
            yield from problems(element, extra, (*path, name))
