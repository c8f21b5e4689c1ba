"""Reading requests: JSON bodies checked against a schema, path ids, query parameters."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

from .errors import ApiError, invalid
from .validation import Schema, is_uuid, validate

__all__ = ["json_body", "path_uuid", "query_bool", "query_choice", "query_int"]

_MAX_BODY = 8 * 1024 * 1024


async def json_body(request: Request, schema: Schema, *, echo_input: bool = False) -> Any:
    """The request's JSON body, valid against schema (else 422).

    echo_input: each error item also carries the offending ``input``, as FastAPI's do.
    """
    raw = await request.body()
    if len(raw) > _MAX_BODY:
        raise ApiError(413, "Request body too large")
    if not raw.strip():
        raise invalid([{"loc": ["body"], "msg": "Field required", "type": "missing"}])
    try:
        body = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        position = getattr(exc, "pos", 0)
        raise invalid([{"loc": ["body", position], "msg": "JSON decode error", "type": "json_invalid"}]) from None
    errors = validate(body, schema, ("body",))
    if errors:
        if echo_input:
            errors = [{**item, "input": _value_at(body, item["loc"][1:])} for item in errors]
        raise invalid(errors)
    return body


def _value_at(body: Any, path: list[Any]) -> Any:
    """The value at path in body, or the innermost container that holds the path (missing fields)."""
    value = body
    for step in path:
        found = (isinstance(value, dict) and step in value) or (
            isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value)
        )
        if not found:
            break
        value = value[step]
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def path_uuid(request: Request, name: str) -> str:
    """A UUID path parameter (routes declare them with the ``uuid`` convertor), lower-cased."""
    value = str(request.path_params[name])
    if not is_uuid(value):
        raise invalid([{"loc": ["path", name], "msg": "Input should be a valid UUID", "type": "uuid_parsing"}])
    return value.lower()


def query_int(request: Request, name: str, default: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        return default
    try:
        return int(text.strip())
    except ValueError:
        raise invalid(
            [{"loc": ["query", name], "msg": "Input should be a valid integer", "type": "int_parsing"}]
        ) from None


_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}


def query_bool(request: Request, name: str, default: bool) -> bool:
    text = request.query_params.get(name)
    if text is None:
        return default
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise invalid([{"loc": ["query", name], "msg": "Input should be a valid boolean", "type": "bool_parsing"}])


def query_choice(request: Request, name: str, choices: tuple[str, ...], default: str) -> str:
    text = request.query_params.get(name)
    if text is None:
        return default
    if text not in choices:
        allowed = ", ".join(repr(choice) for choice in choices)
        raise invalid([{"loc": ["query", name], "msg": f"Input should be one of {allowed}", "type": "enum"}])
    return text
