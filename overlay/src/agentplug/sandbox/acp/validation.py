"""Request bodies checked against JSON Schemas, problems worded as FastAPI error items.

Errors come out as ``{"loc", "msg", "type"}`` items, the ``ValidationErrorItem`` shape of the
spec and what the reference server (FastAPI) sends.
"""

from __future__ import annotations

from typing import Any

from .._schema_check import Path, Problem, Schema, is_uuid, problems

__all__ = ["Loc", "Schema", "ValidationItem", "is_uuid", "validate"]

Loc = Path
ValidationItem = dict[str, Any]

_TYPE_NAMES = {
    "object": "a valid dictionary",
    "array": "a valid list",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}
_FORMATS = {"uuid": ("a valid UUID", "uuid_parsing"), "uri": ("a valid URL", "url_parsing")}


def _words(problem: Problem) -> tuple[str, str]:
    """(msg, type) of a problem, as FastAPI (pydantic) words it."""
    expected = problem.expected
    match problem.keyword:
        case "anyOf":
            return "Input does not match any of the allowed shapes", "union_tag_invalid"
        case "oneOf":
            return "Input matches more than one of the allowed shapes", "union_tag_invalid"
        case "not":
            return "Input is not allowed here", "value_error"
        case "type":
            return f"Input should be {' or '.join(_TYPE_NAMES.get(n, n) for n in expected)}", f"{expected[0]}_type"
        case "const":
            return f"Input should be {expected!r}", "literal_error"
        case "enum":
            return f"Input should be one of {', '.join(repr(v) for v in expected)}", "enum"
        case "minimum":
            return f"Input should be greater than or equal to {expected}", "greater_than_equal"
        case "exclusiveMinimum":
            return f"Input should be greater than {expected}", "greater_than"
        case "maximum":
            return f"Input should be less than or equal to {expected}", "less_than_equal"
        case "exclusiveMaximum":
            return f"Input should be less than {expected}", "less_than"
        case "minItems":
            return f"List should have at least {expected} items", "too_short"
        case "maxItems":
            return f"List should have at most {expected} items", "too_long"
        case "pattern":
            return f"String should match pattern {expected!r}", "string_pattern_mismatch"
        case "minLength":
            return f"String should have at least {expected} characters", "string_too_short"
        case "maxLength":
            return f"String should have at most {expected} characters", "string_too_long"
        case "format":
            what, kind = _FORMATS.get(expected, (f"a valid {expected}", f"{expected}_parsing"))
            return f"Input should be {what}", kind
        case "required":
            return "Field required", "missing"
        case "additionalProperties":
            return "Extra inputs are not permitted", "extra_forbidden"
        case _:
            return f"Input does not satisfy {problem.keyword} {expected!r}", "value_error"


def validate(value: Any, schema: Schema, loc: Loc = ()) -> list[ValidationItem]:
    """All validation errors of value against schema; empty when it is valid."""
    items = []
    for problem in problems(value, schema, loc):
        msg, kind = _words(problem)
        items.append({"loc": list(problem.path), "msg": msg, "type": kind})
    return items
