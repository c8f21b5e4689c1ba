"""Reading requests: JSON bodies checked against a schema, and query parameters."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request

from .._spec import spec_schemas
from .errors import ApiError, invalid
from .validation import is_datetime, validate

__all__ = ["Query", "json_body"]

_MAX_BODY = 8 * 1024 * 1024


async def json_body(request: Request, schema_name: str, *, required: bool = True) -> dict[str, Any]:
    """The request's JSON object, valid against the named component schema of specs/moderately.yaml (else 400)."""
    raw = await request.body()
    if len(raw) > _MAX_BODY:
        raise ApiError(413, "payload_too_large", "The request body is too large")
    if not raw.strip():
        if required:
            raise invalid([{"field": "body", "message": "is required"}])
        return {}
    try:
        body = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise invalid([{"field": "body", "message": "is not valid JSON"}]) from None
    problems = validate(body, spec_schemas("moderately").validator(schema_name))
    if problems:
        raise invalid(problems)
    assert isinstance(body, dict)  # every body schema is an object
    return body


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


_TRUE = {"true", "1"}
_FALSE = {"false", "0"}


class Query:
    """Typed access to a request's query string; bad values raise a 400 naming the parameter."""

    def __init__(self, request: Request) -> None:
        self._params = request.query_params

    def _fail(self, name: str, message: str) -> ApiError:
        return invalid([{"field": f"query.{name}", "message": message}])

    def text(self, name: str) -> str | None:
        return self._params.get(name)

    def ids(self, name: str) -> set[str] | None:
        """A list filter: comma-separated, the key repeated, or both. None when absent."""
        values = self._params.getlist(name)
        if not values:
            return None
        return {part.strip() for value in values for part in value.split(",") if part.strip()}

    def integer(self, name: str, default: int | None, *, minimum: int = 0, maximum: int | None = None) -> int | None:
        text = self._params.get(name)
        if text is None:
            return default
        try:
            value = int(text.strip())
        except ValueError:
            raise self._fail(name, "must be an integer") from None
        if value < minimum or (maximum is not None and value > maximum):
            bounds = f"at least {minimum}" + (f" and at most {maximum}" if maximum is not None else "")
            raise self._fail(name, f"must be {bounds}")
        return value

    def boolean(self, name: str) -> bool | None:
        text = self._params.get(name)
        if text is None:
            return None
        lowered = text.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise self._fail(name, "must be true or false")

    def choice(self, name: str, choices: tuple[str, ...]) -> str | None:
        text = self._params.get(name)
        if text is not None and text not in choices:
            raise self._fail(name, f"must be one of {', '.join(choices)}")
        return text

    def timestamp(self, name: str) -> str | None:
        text = self._params.get(name)
        if text is not None and not is_datetime(text):
            raise self._fail(name, "must be an RFC 3339 date-time")
        return text

    def paging(self, *, default_size: int = 10, max_size: int = 1000) -> tuple[int, int]:
        page = self.integer("page", 1, minimum=1)
        size = self.integer("pageSize", default_size, minimum=1, maximum=max_size)
        assert page is not None and size is not None
        return page, size

    def order(self, fields: tuple[str, ...], default: str = "createdAt") -> tuple[str, bool]:
        """(field, descending) from orderBy / orderDirection."""
        field = self.choice("orderBy", fields) or default
        direction = self.choice("orderDirection", ("asc", "desc")) or "asc"
        return field, direction == "desc"
