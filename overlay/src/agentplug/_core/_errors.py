"""From httpx2 to agentplug.errors: error responses, transport failures and unreadable bodies.

Everything here is defensive by design: a server (or a proxy in front of it) may send any bytes,
and the only exceptions that may leave are the ones from `agentplug.errors`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx2

from agentplug.errors import (
    AgentplugError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    DeadlineExceededError,
    ResponseTooLargeError,
    ResponseValidationError,
    status_error_class,
)

from ._bounds import ERROR_BODY_LIMIT, BodyTooLarge, DeadlineExceeded
from ._logging import redact_text, redact_url
from ._secrets import scrub_data
from ._sync._bodies import read_error_content

__all__ = [
    "build_model",
    "connection_error",
    "parse_error_body",
    "parse_json",
    "status_error",
]

T = TypeVar("T")

_MAX_READ = ERROR_BODY_LIMIT  # error bodies: read and JSON-decode at most this much
_MAX_KEPT_TEXT = 8 * 1024  # a non-JSON body is kept as text up to this size
_MAX_MESSAGE = 4000
_MAX_FIELD_ERRORS = 10
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "cf-ray")

# ---------------------------------------------------------------------------------------------
# Redaction (URLs: agentplug._core._logging.redact_url)


def _scrub(text: str, limit: int = 300) -> str:
    """Free text (e.g. an OS error message) with URLs and credentials redacted, truncated to `limit`."""
    text = redact_text(text)
    return text if len(text) <= limit else text[:limit] + "…"


def _request_of(source: httpx2.Response | httpx2.HTTPError) -> httpx2.Request | None:
    try:
        return source.request
    except RuntimeError:  # httpx2 raises when no request is attached
        return None


def _where(request: httpx2.Request | None) -> tuple[str | None, str | None]:
    if request is None:
        return None, None
    return request.method, redact_url(request.url)


# ---------------------------------------------------------------------------------------------
# Error bodies: one reader per shape, an ordered list of readers per platform


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _code(value: object) -> str | None:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


_Found = tuple[str | None, str | None]


def _bare_string(body: object) -> _Found | None:
    """The ACP spec's declared ErrorResponse: a JSON string."""
    text = _text(body)
    return (text, None) if text is not None else None


def _validation_item(item: object) -> tuple[str, str | None] | None:
    if not isinstance(item, dict):
        return None
    msg = _text(item.get("msg"))
    if msg is None:
        return None
    loc = item.get("loc")
    parts = loc if isinstance(loc, list) else []
    path = ".".join(str(p) for p in parts if isinstance(p, (str, int)) and not isinstance(p, bool))
    return (f"{path}: {msg}" if path else msg), _code(item.get("type"))


def _detail(body: object) -> _Found | None:
    """FastAPI: {"detail": "text"} or {"detail": [{"loc": [...], "msg": ..., "type": ...}, ...]}."""
    if not isinstance(body, dict):
        return None
    detail = body.get("detail")
    if isinstance(detail, str):
        return (detail, None) if detail.strip() else None
    if isinstance(detail, list):
        items = [found for found in map(_validation_item, detail) if found is not None]
        if items:
            return "; ".join(text for text, _ in items), items[0][1]
    return None


def _flat(body: object) -> _Found | None:
    """{"code": ..., "message": ...} at the top level (NAT workflow errors, many gateways)."""
    if not isinstance(body, dict):
        return None
    message, code = _text(body.get("message")), _code(body.get("code"))
    return (message, code) if message is not None or code is not None else None


def _field_errors(errors: object, path: str, out: list[str], depth: int = 0) -> None:
    # Prefactor's "errors": {"field": "msg" | ["msg", ...] | {nested}}; bounded in depth and count.
    if len(out) > _MAX_FIELD_ERRORS or depth > 8:
        return
    if isinstance(errors, str):
        if errors.strip():  # an empty message says nothing (and must not blank the error's text)
            out.append(f"{path}: {errors}" if path else errors)
    elif isinstance(errors, list):
        for item in errors:
            _field_errors(item, path, out, depth + 1)
    elif isinstance(errors, dict):
        for key, value in errors.items():
            _field_errors(value, f"{path}.{key}" if path else str(key), out, depth + 1)


def _with_fields(message: str | None, fields: list[str]) -> str | None:
    if not fields:
        return message
    more = f" (+{len(fields) - _MAX_FIELD_ERRORS} more)" if len(fields) > _MAX_FIELD_ERRORS else ""
    summary = "; ".join(fields[:_MAX_FIELD_ERRORS]) + more
    return f"{message}: {summary}" if message else summary


def _prefactor(body: object) -> _Found | None:
    """{"status": "error", "code": ..., "message": ..., "errors": {field: messages}}."""
    found = _flat(body)
    if found is None or not isinstance(body, dict):
        return None
    message, code = found
    fields: list[str] = []
    _field_errors(body.get("errors"), "", fields)
    return _with_fields(message, fields), code


def _detail_items(details: object) -> list[str]:
    # Moderately's "details": [{"field": "body.a.0", "message": "is required"}, ...]; other shapes are skipped.
    items = details if isinstance(details, list) else []
    fields = []
    for item in items:
        if isinstance(item, dict) and (message := _text(item.get("message"))) is not None:
            field = _text(item.get("field"))
            fields.append(f"{field}: {message}" if field else message)
    return fields


def _nested_error(body: object) -> _Found | None:
    """Moderately: {"error": {"code", "message", "details", "timestamp", "path", "requestId"}}."""
    if not isinstance(body, dict):
        return None
    error = body.get("error")
    if isinstance(error, dict):
        found = _flat(error)
        if found is None:
            return None
        return _with_fields(found[0], _detail_items(error.get("details"))), found[1]
    text = _text(error)  # {"error": "text"}, common in front proxies
    return (text, None) if text is not None else None


_Reader = Callable[[object], "_Found | None"]

# Each platform's own shapes first, then the others: proxies and gateways answer with theirs.
_GENERIC: tuple[_Reader, ...] = (_detail, _nested_error, _flat, _bare_string)
_READERS: dict[str, tuple[_Reader, ...]] = {
    "acp": (_detail, _bare_string),
    "nat": (_detail, _flat),
    "prefactor": (_prefactor,),
    "moderately": (_nested_error,),
}


def parse_error_body(platform: str, body: object) -> tuple[str | None, str | None]:
    """(message, code) from a decoded JSON error body; (None, None) for a shape nobody knows."""
    for reader in _READERS.get(platform, ()) + _GENERIC:
        found = reader(body)
        if found is not None:
            message, code = found
            # Servers echo URLs (presigned ones included) in messages: those are redacted too.
            return (_scrub(message, _MAX_MESSAGE) if message is not None else None), code
    return None, None


def _body_request_id(body: object) -> str | None:
    # Moderately repeats the request id inside the error object.
    error = body.get("error") if isinstance(body, dict) else None
    return _text(error.get("requestId")) if isinstance(error, dict) else None


# ---------------------------------------------------------------------------------------------
# Reading an error response (`async_read_error_content` in `_async/_bodies.py`, and its twin)


def _kept_text(content: bytes) -> str:
    text = content[:_MAX_KEPT_TEXT].decode("utf-8", errors="replace")
    return text + "… [truncated]" if len(content) > _MAX_KEPT_TEXT else text


def _decode_error_body(content: bytes | None) -> tuple[Any, bool]:
    """(body, is_json): the decoded JSON, else the text (truncated), else None when empty."""
    if not content:
        return None, False
    if len(content) <= _MAX_READ:
        try:
            return json.loads(content), True
        except (ValueError, RecursionError):  # ValueError covers UnicodeDecodeError
            pass
    return _kept_text(content), False


def _plain_text_message(response: httpx2.Response, body: str) -> str | None:
    # A short text/plain body ("Internal Server Error") is a message; HTML pages are not.
    if not response.headers.get("content-type", "").lower().startswith("text/plain"):
        return None
    line = body.strip().splitlines()[0] if body.strip() else ""
    return line[:200] or None


def status_error(response: httpx2.Response, *, platform: str, content: bytes | None = None) -> APIStatusError:
    """The agentplug exception for an error response (the caller raises it).

    `content` is the body when the caller already read it (async streams: `async_read_error_content`);
    otherwise it is taken from the response, reading a sync stream if needed.
    """
    if content is None:
        content = read_error_content(response)
    body, is_json = _decode_error_body(content)
    body = scrub_data(body)  # a server may echo the request (headers included) in its error body
    message, code = parse_error_body(platform, body) if is_json else (None, None)
    if message is None and isinstance(body, str) and not is_json:
        message = _plain_text_message(response, body)
    if message is None:
        message = f"HTTP {response.status_code} {httpx2.codes.get_reason_phrase(response.status_code)}".rstrip()
    headers = response.headers
    request_id = next((headers[name] for name in _REQUEST_ID_HEADERS if headers.get(name)), None)
    if request_id is None and is_json:
        request_id = _body_request_id(body)
    request = _request_of(response)
    method, url = _where(request)
    return status_error_class(response.status_code)(
        message,
        status_code=response.status_code,
        headers=headers,
        body=body,
        code=code,
        request_id=request_id[:200] if request_id else None,
        method=method,
        url=url,
        request=request,
        response=response,
    )


# ---------------------------------------------------------------------------------------------
# Transport failures

# Most specific first: httpx2's timeouts and network errors form a hierarchy.
_DESCRIPTIONS: tuple[tuple[type[httpx2.HTTPError], str], ...] = (
    (httpx2.ConnectTimeout, "Timed out connecting to the server"),
    (httpx2.ReadTimeout, "Timed out waiting for the server's response"),
    (httpx2.WriteTimeout, "Timed out sending the request"),
    (httpx2.PoolTimeout, "Timed out waiting for a free connection in the pool"),
    (httpx2.TimeoutException, "Timed out"),
    (httpx2.ProxyError, "The proxy failed the connection"),
    (httpx2.ConnectError, "Could not connect to the server"),
    (httpx2.RemoteProtocolError, "The server closed the connection or broke the HTTP protocol"),
    (httpx2.LocalProtocolError, "The request could not be sent"),
    (httpx2.ReadError, "The connection failed while reading the response"),
    (httpx2.WriteError, "The connection failed while sending the request"),
    (httpx2.UnsupportedProtocol, "Unsupported URL scheme"),
    (httpx2.DecodingError, "The response body could not be decoded"),
    (httpx2.TooManyRedirects, "Too many redirects"),
)


def connection_error(
    exc: httpx2.TransportError | httpx2.HTTPError, request: httpx2.Request | None = None
) -> AgentplugError:
    """The agentplug exception for a failed exchange (the caller raises it `from exc`).

    Timeouts become APITimeoutError (DeadlineExceededError for the call's total budget), a body
    over its size limit ResponseTooLargeError. The message keeps httpx2's detail with URLs and
    credentials redacted.
    """
    if request is None:
        request = _request_of(exc)
    if isinstance(exc, (BodyTooLarge, DeadlineExceeded)):
        method, url = _where(request)
        where = f" - {method} {url}" if method and url else ""
        if isinstance(exc, BodyTooLarge):
            return ResponseTooLargeError(
                f"The answer is larger than the limit of {exc.limit} bytes once decoded: raise it with "
                f"agentplug.use_options(max_body_size=...) if it is expected{where}",
                limit=exc.limit,
                method=method,
                url=url,
            )
        return DeadlineExceededError(
            f"The call's deadline of {exc.budget:g} s ran out{where}",
            deadline=exc.budget,
            method=method,
            url=url,
            request=request,
        )
    description = next((text for kind, text in _DESCRIPTIONS if isinstance(exc, kind)), "The request failed")
    detail = _scrub(str(exc))
    method, url = _where(request)
    message = f"{description} ({type(exc).__name__}{': ' + detail if detail else ''})"
    if method and url:
        message += f" - {method} {url}"
    cls = APITimeoutError if isinstance(exc, httpx2.TimeoutException) else APIConnectionError
    return cls(message, method=method, url=url, request=request)


# ---------------------------------------------------------------------------------------------
# Success bodies


def _validation_error(response: httpx2.Response, message: str, body: Any) -> ResponseValidationError:
    method, url = _where(_request_of(response))
    where = f" ({method} {url}, HTTP {response.status_code})" if method and url else f" (HTTP {response.status_code})"
    return ResponseValidationError(message + where, status_code=response.status_code, body=body, method=method, url=url)


def parse_json(response: httpx2.Response, *, platform: str) -> object:
    """The decoded JSON body of a (read) success response.

    Raises:
        ResponseValidationError: the body is empty, not UTF-8 JSON, or nested too deeply.
    """
    content = response.content
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as exc:  # the rest is only worked out for the error message
        if not content.strip():
            raise _validation_error(
                response, f"The {platform} server sent an empty body where JSON was expected", None
            ) from None
        content_type = _scrub(response.headers.get("content-type", "none"), 100)
        reason = _scrub(str(exc) or type(exc).__name__, 200)
        raise _validation_error(
            response,
            f"The {platform} server sent a body that is not JSON (content-type {content_type}): {reason}",
            _kept_text(content),
        ) from None


def build_model(parse: Callable[[Any], T], data: object, *, response: httpx2.Response, model: str | None = None) -> T:
    """`parse(data)` (typically a generated `Model.from_dict`), its shape errors as ResponseValidationError.

    The message names the model and the error, never the whole body (that is on `.body`).
    """
    try:
        return parse(data)
    except (LookupError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        detail = _scrub(f"{type(exc).__name__}: {exc}", 300)
        message = f"The server's answer is not a valid {_model_name(parse, model)}: {detail}"
        raise _validation_error(response, message, data) from exc


def _model_name(parse: Callable[[Any], Any], model: str | None) -> str:
    """What the answer should have been, in the caller's terms: never a function's internal name."""
    if model:
        return model
    name = str(getattr(parse, "__qualname__", "")).removesuffix(".from_dict")
    # A closure or lambda (`API.pager.<locals>.fetch.<locals>.<lambda>`) means nothing to a caller.
    return name if name and "<" not in name else "response"
