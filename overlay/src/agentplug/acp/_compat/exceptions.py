"""The vendor SDK's exception names, as `agentplug.errors.AgentplugError` subclasses.

Every status error of the agentplug transport is re-raised as the vendor's class for its status
(the original stays as `__cause__`), so `except ApiException` code keeps working; connection
failures and answers of the wrong shape keep agentplug's `APIConnectionError` /
`ResponseValidationError`, which name what happened.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agentplug.errors import AgentplugError, APIStatusError

__all__ = [
    "ACPDescriptorValidationException",
    "ACPRunException",
    "ApiAttributeError",
    "ApiException",
    "ApiKeyError",
    "ApiTypeError",
    "ApiValueError",
    "BadRequestException",
    "ConflictException",
    "ForbiddenException",
    "NotFoundException",
    "OpenApiException",
    "ServiceException",
    "UnauthorizedException",
    "UnprocessableEntityException",
    "from_status_error",
]


class OpenApiException(AgentplugError):
    """The base of the vendor-named exceptions."""


def _path(message: str, path_to_item: Sequence[Any] | None) -> str:
    if not path_to_item:
        return message
    where = "".join(f"[{item}]" if isinstance(item, int) else f"['{item}']" for item in path_to_item)
    return f"{message} at {where}"


class ApiTypeError(OpenApiException, TypeError):
    def __init__(
        self,
        msg: str,
        path_to_item: Sequence[Any] | None = None,
        valid_classes: tuple[type, ...] | None = None,
        key_type: bool | None = None,
    ) -> None:
        super().__init__(_path(msg, path_to_item))
        self.path_to_item = path_to_item
        self.valid_classes = valid_classes
        self.key_type = key_type


class ApiValueError(OpenApiException, ValueError):
    def __init__(self, msg: str, path_to_item: Sequence[Any] | None = None) -> None:
        super().__init__(_path(msg, path_to_item))
        self.path_to_item = path_to_item


class ApiAttributeError(OpenApiException, AttributeError):
    def __init__(self, msg: str, path_to_item: Sequence[Any] | None = None) -> None:
        super().__init__(_path(msg, path_to_item))
        self.path_to_item = path_to_item


class ApiKeyError(OpenApiException, KeyError):
    def __init__(self, msg: str, path_to_item: Sequence[Any] | None = None) -> None:
        super().__init__(_path(msg, path_to_item))
        self.path_to_item = path_to_item

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class ApiException(OpenApiException):
    """An error status: `status`, `reason`, `body` (text), `data` (decoded JSON), `headers`."""

    def __init__(
        self,
        status: int | None = None,
        reason: str | None = None,
        http_resp: Any = None,
        *,
        body: str | None = None,
        data: Any = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.body = body
        self.data = data
        self.headers: Mapping[str, str] | None = None
        if http_resp is not None:
            self.status = getattr(http_resp, "status_code", status)
            self.reason = getattr(http_resp, "reason_phrase", reason)
            self.headers = getattr(http_resp, "headers", None)
        super().__init__(f"({self.status}) Reason: {self.reason}" + (f"\nHTTP response body: {body}" if body else ""))


class BadRequestException(ApiException):
    pass


class UnauthorizedException(ApiException):
    pass


class ForbiddenException(ApiException):
    pass


class NotFoundException(ApiException):
    pass


class ConflictException(ApiException):
    """Exception for HTTP 409 Conflict."""


class UnprocessableEntityException(ApiException):
    """Exception for HTTP 422 Unprocessable Entity."""


class ServiceException(ApiException):
    """5xx answers."""


class ACPDescriptorValidationException(OpenApiException):
    """An agent descriptor that does not validate."""


class ACPRunException(OpenApiException):
    """A run that ended in error."""


_BY_STATUS: dict[int, type[ApiException]] = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
}


def from_status_error(error: APIStatusError) -> ApiException:
    """The vendor-named exception for an agentplug status error (same status, body and headers)."""
    status = error.status_code
    cls = _BY_STATUS.get(status) or (ServiceException if 500 <= status <= 599 else ApiException)
    response = getattr(error, "response", None)
    body = error.body
    text = body if isinstance(body, str) else (None if body is None else _json_text(body))
    exception = cls(status=status, reason=_reason(response, status), body=text, data=body)
    exception.headers = error.headers
    return exception


def _reason(response: Any, status: int) -> str:
    reason = getattr(response, "reason_phrase", None)
    if isinstance(reason, str) and reason:
        return reason
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _json_text(body: Any) -> str:
    import json

    try:
        return json.dumps(body)
    except (TypeError, ValueError):
        return str(body)


def from_response(response: Any) -> ApiException:
    """The vendor-named exception for a read error response (`status`, `reason`, `body`, `headers`)."""
    status = int(response.status_code)
    cls = _BY_STATUS.get(status) or (ServiceException if 500 <= status <= 599 else ApiException)
    text = response.text if response.content else None
    exception = cls(status=status, reason=_reason(response, status), body=text, data=text)
    exception.headers = response.headers
    return exception
