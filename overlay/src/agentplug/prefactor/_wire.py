"""Wire conventions shared by every resource: envelopes, keys, timestamps, bodies."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx2

from agentplug._core._errors import build_model, parse_json
from agentplug.errors import ConfigurationError, InvalidArgumentError, ResponseValidationError

__all__ = [
    "NOT_GIVEN",
    "PLATFORM",
    "NotGiven",
    "control_of",
    "details_parser",
    "envelope_of",
    "iso",
    "new_key",
    "now_iso",
    "path_id",
    "prune",
]

PLATFORM = "prefactor"
T = TypeVar("T")


class NotGiven:
    """The default of an argument that may also be None (None is sent as null: it clears the field)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()


def new_key() -> str:
    """A fresh idempotency key (32 hex characters: within Prefactor's 8..64)."""
    return os.urandom(16).hex()


def iso(value: datetime | str | None) -> str | None:
    """An ISO 8601 timestamp with a zone; a naive datetime is taken as local time, then sent in UTC."""
    if value is None or isinstance(value, str):
        return value
    if not isinstance(value, datetime):
        raise ConfigurationError(f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None:
        value = value.astimezone()  # naive = local wall time (never sent without a zone)
    return value.astimezone(UTC).isoformat()


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def path_id(value: object, name: str) -> str:
    """An id checked as the generated layer checks path parameters (which then escapes it), for the
    places that use an id before building the request."""
    if not isinstance(value, str) or value in ("", ".", ".."):
        raise InvalidArgumentError(
            f"{name} must be a non-empty id other than '.' and '..', got {value!r}", argument=name
        )
    return value


def prune(values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries that were given: None and NOT_GIVEN dropped."""
    return {key: value for key, value in values.items() if value is not None and value is not NOT_GIVEN}


def envelope_of(response: httpx2.Response) -> dict[str, Any]:
    """The decoded `{"status": "success", ...}` object of a success response."""
    body = parse_json(response, platform=PLATFORM)
    if not isinstance(body, dict):
        raise ResponseValidationError(
            f"The prefactor server sent {type(body).__name__} where an envelope object was expected",
            status_code=response.status_code,
            body=body,
        )
    return body


def details_parser(parse: Callable[[Any], T], model: str) -> Callable[[httpx2.Response], T]:
    """Parses `{"status": "success", "details": {...}}` into `parse(details)`."""

    def parser(response: httpx2.Response) -> T:
        body = envelope_of(response)
        details = body.get("details")
        if not isinstance(details, dict):
            raise ResponseValidationError(
                f"The prefactor server's answer has no `details` object (expected a {model})",
                status_code=response.status_code,
                body=body,
            )
        return build_model(parse, details, response=response, model=model)

    return parser


def control_of(body: Mapping[str, Any]) -> tuple[bool, str | None]:
    """(terminate, reason) from a span answer's optional `control` object."""
    control = body.get("control")
    if not isinstance(control, dict) or control.get("terminate") is not True:
        return False, None
    reason = control.get("reason")
    return True, reason if isinstance(reason, str) else None
