"""Every exception a public agentplug call can raise.

    AgentplugError
    ├── ConfigurationError            a required setting is missing or invalid
    │   └── InvalidArgumentError      a public argument of the wrong type or value (also a ValueError)
    │       └── SourceFileError       an upload path that cannot be read (also an OSError)
    ├── APIConnectionError            the server could not be reached or the connection broke
    │   └── APITimeoutError           connect / read / pool timeout
    │       └── DeadlineExceededError the call's total time budget (deadline=) ran out
    ├── APIStatusError                the server answered with an error status
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       >= 500
    ├── ResponseValidationError       a body that is not JSON, or not the declared shape
    │   └── ResponseTooLargeError     a body or event stream over its size limit
    ├── OperationFailedError          a run / execution ended failed
    └── WaitTimeoutError              a wait ran past its deadline

Messages never contain credentials, tokens or presigned URL signatures.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AgentplugError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DeadlineExceededError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "OperationFailedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SourceFileError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "status_error_class",
]


class AgentplugError(Exception):
    """Base class of every agentplug exception."""


class ConfigurationError(AgentplugError):
    """A required setting is missing or invalid; the message names the argument and the variable."""


class InvalidArgumentError(ConfigurationError, ValueError):
    """An argument of the wrong type or value, caught before anything is sent: e.g. a path parameter
    that would change the route ("", "." or ".."), or a keyword the operation does not have.

    Attributes:
        argument: the argument's name, as the caller wrote it (None when no single one is at fault).
    """

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument


class SourceFileError(InvalidArgumentError, OSError):
    """A file to upload that cannot be opened (missing, a directory, no permission).

    Also an `OSError`, so `except OSError` keeps working; `.errno` and `.filename` are the
    operating system's.
    """

    def __init__(self, message: str, *, argument: str, errno: int | None, filename: str) -> None:
        super().__init__(message, argument=argument)
        self.errno = errno
        self.filename = filename

    def __str__(self) -> str:  # the message, not OSError's "[Errno n] ..." layout
        return str(self.args[0])


class APIConnectionError(AgentplugError):
    """The request did not get an HTTP answer (DNS, refused or reset connection, TLS...).

    Attributes:
        request: the `httpx2.Request` that failed (None when no request was built); it holds the
            credentials it was sent with, so it is never part of the message.
        response: always None (there was no answer); there for symmetry with `APIStatusError`.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        request: httpx2.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url  # already redacted
        self.request = request
        self.response: httpx2.Response | None = None


class APITimeoutError(APIConnectionError):
    """Connecting, writing, reading or waiting for a pooled connection took too long."""


class DeadlineExceededError(APITimeoutError):
    """The call's total time budget (`deadline=`) ran out, retries and slow reads included.

    Attributes:
        deadline: the budget in seconds.
    """

    def __init__(
        self,
        message: str,
        *,
        deadline: float,
        method: str | None = None,
        url: str | None = None,
        request: httpx2.Request | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url, request=request)
        self.deadline = deadline


class APIStatusError(AgentplugError):
    """The server answered with an error status.

    Attributes:
        status_code: the HTTP status.
        headers: the response headers.
        body: the parsed JSON body, or the text when it is not JSON (None when empty).
        message: the platform's error message, or a description of the status.
        code: the platform's error code, when it sends one.
        request_id: the server's request id (x-request-id and similar), when it sends one.
        request: the `httpx2.Request` answered (it holds the credentials it was sent with, so it
            is never part of the message); None only for an error built by hand.
        response: the `httpx2.Response` (its body read), or None likewise.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        code: str | None = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        request: httpx2.Request | None = None,
        response: httpx2.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.request = request
        self.response = response
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.body = body
        self.message = message
        self.code = code
        self.request_id = request_id
        self.method = method
        self.url = url  # already redacted
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f" ({self.method} {self.url})" if self.method and self.url else ""
        code = f" [{self.code}]" if self.code else ""
        request = f" request id {self.request_id}" if self.request_id else ""
        return f"{self.status_code}{code}: {self.message}{where}{request}"


class BadRequestError(APIStatusError):
    """400: the server rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or route)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but failed validation."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically, raised when retries run out."""


class InternalServerError(APIStatusError):
    """>= 500: the server failed; retried automatically, raised when retries run out."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status (any status without its own class: APIStatusError)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


class ResponseValidationError(AgentplugError):
    """The server's answer could not be read as the declared type (not JSON, or a wrong shape)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: Any = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url


class ResponseTooLargeError(ResponseValidationError):
    """The answer's decoded body (or an event stream) went over its size limit; the rest was not read.

    Attributes:
        limit: the limit in bytes (raise it with `use_options(max_body_size=...)`).
    """

    def __init__(self, message: str, *, limit: int, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message, method=method, url=url)
        self.limit = limit


class OperationFailedError(AgentplugError):
    """A run or execution finished in a failed state.

    Attributes:
        code: the platform's error code, when there is one.
        details: the platform's error object as sent.
        result: the typed final state of the run / execution.
    """

    def __init__(self, message: str, *, code: str | int | None = None, details: Any = None, result: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.details = details
        self.result = result


class WaitTimeoutError(AgentplugError):
    """A wait did not see the expected state before its deadline.

    Attributes:
        timeout: the deadline in seconds.
        last: the last state observed (None if nothing was observed).
    """

    def __init__(self, message: str, *, timeout: float, last: Any = None) -> None:
        super().__init__(message)
        self.timeout = timeout
        self.last = last
