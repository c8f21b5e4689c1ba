"""Contains some shared types for properties"""

import datetime
import sys
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    """The type of UNSET: "not given" (sent as nothing), unlike None (sent as null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class InvalidPathParameter(ValueError):
    """A path parameter that would change the route ("", "." or ".."); `parameter` names it."""

    def __init__(self, parameter: str, value: object) -> None:
        super().__init__(
            f"{parameter} must be a non-empty ID other than '.' and '..', got {value!r}"
        )
        self.parameter = parameter


_DOT_SEGMENTS = frozenset(("", ".", ".."))


def path_segment(value: object, parameter: str) -> str:
    """`value` as one escaped path segment: "/", "?", "#" and "%" are percent-encoded, and the values
    a URL parser or server would resolve to another route (empty, "." and "..") are refused."""
    text = value if isinstance(value, str) else str(value)
    if value is None or text in _DOT_SEGMENTS:
        raise InvalidPathParameter(parameter, value)
    return quote(text, safe="")


_HTTP_STATUSES = {status.value: status for status in HTTPStatus}


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for a code, or the plain int for codes outside the IANA registry (e.g. 520)."""
    return _HTTP_STATUSES.get(code, code)


if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:  # pragma: no cover - on 3.10 fromisoformat lacks "Z" and other ISO 8601 forms

    def parse_datetime(value: str) -> datetime.datetime:
        if not isinstance(value, str):
            raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
        if value.endswith(("Z", "z")):
            value = value[:-1] + "+00:00"
        return datetime.datetime.fromisoformat(value)


_new_object = object.__new__
_set_attribute = object.__setattr__


def parse_uuid(value: str) -> UUID:
    """UUID(value), with a fast path for the canonical 36-character form (hex digits only)."""
    digits = value.replace("-", "")
    if len(digits) == 32 and digits.isascii() and digits.isalnum():
        parsed = _new_object(UUID)
        _set_attribute(parsed, "int", int(digits, 16))
        _set_attribute(parsed, "is_safe", SafeUUID.unknown)
        return parsed
    return UUID(value)


def parse_first(data: Any, parsers: Sequence[Callable[[Any], T]]) -> T:
    """Parse `data` with the first parser that accepts it (for unions no discriminator decides)."""
    failures: list[str] = []
    for parse in parsers:
        try:
            return parse(data)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            failures.append(f"{getattr(parse, '__qualname__', parse)}: {exc!r}")
    raise ValueError("no variant of the union matched: " + "; ".join(failures))


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "InvalidPathParameter",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
    "parse_first",
    "parse_uuid",
    "path_segment",
    "status_of",
]
