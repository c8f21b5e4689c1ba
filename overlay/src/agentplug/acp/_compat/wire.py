"""One compat operation, sans I/O: the vendor-style call turned into a request, its answer read.

The request comes from the generated operation module's `request_kwargs(...)` (the spec builds
it); the vendor's per-call options (`_request_timeout`, `_request_auth`, `_content_type`,
`_headers`, `_host_index`) are applied on top. Answers are read into the generated models.
"""

from __future__ import annotations

import datetime
import enum
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, TypeVar

import httpx2
from agentplug_acp_client.types import UNSET

from agentplug._core._errors import build_model, parse_json
from agentplug.errors import ResponseValidationError

from .exceptions import ACPDescriptorValidationException, ApiTypeError, ApiValueError

__all__ = ["ApiResponse", "CallOptions", "Operation", "build_request", "read_answer", "request_timeout", "sanitize"]

T = TypeVar("T")


@dataclass(frozen=True)
class Operation:
    """What the generator knows of one operation of specs/acp.yaml."""

    name: str
    module: ModuleType  # the generated `agentplug_acp_client.api.<tag>.<operation>` module
    path_params: tuple[str, ...] = ()
    query_params: Mapping[str, Callable[[Any], Any] | None] = field(default_factory=dict)  # name -> coercion
    body: Callable[[Mapping[str, Any]], Any] | None = None  # the body model's from_dict (None: no body)
    body_is_model: bool = True  # False: a free JSON body (resume payloads)
    answer: Callable[[Any], Any] | None = None  # the 200 model's from_dict (None: no content)
    answer_is_list: bool = False
    model: str | None = None  # the answer's model name, for messages
    stream: bool = False


@dataclass(frozen=True)
class CallOptions:
    request_timeout: Any = None
    request_auth: Mapping[str, Any] | None = None
    content_type: str | None = None
    headers: Mapping[str, Any] | None = None
    host_index: int | None = 0


class ApiResponse(Generic[T]):
    """The answer of a `*_with_http_info` call: `status_code`, `headers`, `data` (typed), `raw_data` (bytes)."""

    __slots__ = ("data", "headers", "raw_data", "status_code")

    def __init__(self, *, status_code: int, headers: Mapping[str, str] | None, data: T, raw_data: bytes) -> None:
        self.status_code = status_code
        self.headers = headers
        self.data = data
        self.raw_data = raw_data

    def __repr__(self) -> str:
        return f"ApiResponse(status_code={self.status_code}, data={self.data!r})"


def sanitize(value: Any) -> Any:
    """A request body given as a generated model, a mapping, or a pydantic / attrs model: its JSON."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [sanitize(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): sanitize(item) for key, item in value.items()}
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        return model_dump(mode="json", by_alias=True, exclude_none=True)
    raise ApiTypeError(f"cannot send a {type(value).__name__} as JSON: pass a model of agentplug.acp.compat.models")


def _body(operation: Operation, value: Any) -> Any:
    data = sanitize(value)
    if not operation.body_is_model or operation.body is None:
        return data
    if not isinstance(data, Mapping):
        raise ApiTypeError(f"{operation.name}: the request body must be a JSON object, got {type(data).__name__}")
    try:
        return operation.body(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ApiValueError(f"{operation.name}: the request body does not fit the spec: {error!r}") from None


def request_timeout(value: Any) -> httpx2.Timeout | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return httpx2.Timeout(float(value))
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, (int, float)) and v > 0 for v in value):
        connect, read = value
        return httpx2.Timeout(float(read), connect=float(connect))
    raise ApiValueError(f"_request_timeout must be seconds (> 0) or a (connect, read) pair, got {value!r}")


def build_request(operation: Operation, arguments: Mapping[str, Any], options: CallOptions) -> dict[str, Any]:
    """The `send(method, url, **kwargs)` arguments of one call."""
    if options.host_index not in (None, 0):
        raise ApiValueError(f"_host_index must be 0 (the spec names one server), got {options.host_index!r}")
    call: dict[str, Any] = {}
    for name in operation.path_params:
        value = arguments[name]
        if value is None or (isinstance(value, str) and not value):
            raise ApiValueError(f"{operation.name}: `{name}` is required")
        call[name] = value
    for name, coerce in operation.query_params.items():
        value = arguments.get(name)
        if value is None:  # the vendor's None: not sent (the server's default applies)
            call[name] = UNSET
        else:
            call[name] = _coerced(operation, name, value, coerce)
    if "body" in arguments:
        if arguments["body"] is None:
            raise ApiValueError(f"{operation.name}: the request body is required")
        call["body"] = _body(operation, arguments["body"])
    kwargs: dict[str, Any] = operation.module.request_kwargs(**call)
    method = str(kwargs.pop("method")).upper()
    url = str(kwargs.pop("url"))
    headers: dict[str, Any] = dict(kwargs.pop("headers", None) or {})
    if options.content_type is not None:
        if "json" not in kwargs:
            raise ApiValueError(f"{operation.name} sends no body: _content_type does not apply")
        headers["Content-Type"] = options.content_type
        kwargs["content"] = json.dumps(kwargs.pop("json")).encode()
    if options.request_auth:
        _apply_auth(options.request_auth, headers, kwargs)
    if options.headers:
        headers.update({str(key): str(value) for key, value in options.headers.items()})
    if headers:
        kwargs["headers"] = headers
    timeout = request_timeout(options.request_timeout)
    if timeout is not None:
        kwargs["timeout"] = timeout
    return {"method": method, "url": url, **kwargs}


def _coerced(operation: Operation, name: str, value: Any, coerce: Callable[[Any], Any] | None) -> Any:
    """A query value as the generated type; for an enum, only the values the spec declares (write strictly)."""
    if coerce is None:
        return value
    declared = getattr(coerce, "__members__", None)
    raw = getattr(value, "value", value)
    if declared is not None and raw not in {member.value for member in declared.values()}:
        allowed = ", ".join(sorted(str(member.value) for member in declared.values()))
        raise ApiValueError(f"{operation.name}: {name}={raw!r} is not one of the spec's values ({allowed})")
    return coerce(raw)


def _apply_auth(auth: Mapping[str, Any], headers: dict[str, Any], kwargs: dict[str, Any]) -> None:
    """The vendor's `_request_auth` ({"in", "key", "value"}): this call's credential instead of the client's."""
    where, key, value = auth.get("in"), auth.get("key"), auth.get("value")
    if not isinstance(key, str) or not isinstance(value, str):
        raise ApiValueError("_request_auth needs string `key` and `value` (and `in`: header or query)")
    if where == "header":
        headers[key] = value
    elif where == "query":
        kwargs["params"] = {**dict(kwargs.get("params") or {}), key: value}
    else:
        raise ApiValueError(f"_request_auth `in` must be header or query, got {where!r}")


def read_answer(operation: Operation, response: httpx2.Response) -> Any:
    """The typed answer of a read (non-streamed) response.

    An agent descriptor that does not validate raises the vendor's
    `ACPDescriptorValidationException` (the `ResponseValidationError` is its cause).
    """
    try:
        return _read_answer(operation, response)
    except ResponseValidationError as error:
        if operation.model == "AgentACPDescriptor":
            raise ACPDescriptorValidationException(str(error)) from error
        raise


def _read_answer(operation: Operation, response: httpx2.Response) -> Any:
    if operation.answer is None or response.status_code == 204 or not response.content:
        return None
    data = parse_json(response, platform="acp")
    parse = operation.answer
    if operation.answer_is_list:

        def parse_list(items: Any) -> list[Any]:
            if not isinstance(items, list):
                raise TypeError(f"expected a JSON array, got {type(items).__name__}")
            return [parse(item) for item in items]

        return build_model(parse_list, data, response=response, model=f"list[{operation.model}]")
    return build_model(parse, data, response=response, model=operation.model)
