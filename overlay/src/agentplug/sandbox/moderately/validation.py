"""Request bodies checked against JSON Schemas, problems worded as Moderately's `details`.

Problems come out as ``{"field": "body.a.0.b", "message": ...}`` items, the ``details`` of a 400
answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jsonschema.protocols import Validator

from .._schema_check import Problem, Schema, is_datetime, problems

__all__ = ["Schema", "is_datetime", "validate"]

_FORMATS = {"email": "an email address", "date-time": "an RFC 3339 date-time", "uri": "a URI"}


def _field(path: Sequence[str | int]) -> str:
    return ".".join(str(part) for part in path)


def _message(problem: Problem) -> str:
    expected = problem.expected
    match problem.keyword:
        case "anyOf":
            return "does not match any allowed shape"
        case "oneOf":
            return "matches more than one allowed shape"
        case "not":
            return "is not allowed here"
        case "type":
            return f"must be of type {' or '.join(expected)}"
        case "const":
            return f"must be {expected!r}"
        case "enum":
            return f"must be one of {', '.join(map(repr, expected))}"
        case "minimum":
            return f"must be at least {expected}"
        case "exclusiveMinimum":
            return f"must be more than {expected}"
        case "maximum":
            return f"must be at most {expected}"
        case "exclusiveMaximum":
            return f"must be less than {expected}"
        case "minItems":
            return f"must have at least {expected} items"
        case "maxItems":
            return f"must have at most {expected} items"
        case "uniqueItems":
            return "must not repeat items"
        case "pattern":
            return f"must match {expected!r}"
        case "minProperties":
            return f"must have at least {expected} fields"
        case "maxProperties":
            return f"must have at most {expected} fields"
        case "minLength":
            return f"must have at least {expected} characters"
        case "maxLength":
            return f"must have at most {expected} characters"
        case "format":
            return f"must be {_FORMATS.get(expected, f'a valid {expected}')}"
        case "required":
            return "is required"
        case "additionalProperties":
            return "is not allowed"
        case _:
            return f"does not satisfy {problem.keyword} {expected!r}"


def validate(value: Any, schema: Schema | Validator, root: str = "body") -> list[dict[str, str]]:
    """Every problem of value against schema (or a ready validator); empty when it is valid."""
    return [
        {"field": _field(problem.path), "message": _message(problem)} for problem in problems(value, schema, (root,))
    ]
