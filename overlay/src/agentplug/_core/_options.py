"""Per-call options (retries, timeout, idempotency), carried to the transport by a context variable.

The generated clients take no per-call settings, so the overlay wraps a call instead:

    with use_options(retries=5, timeout=2.0):
        generated_operation.sync_detailed(client=..., ...)

`RetryTransport` / `AsyncRetryTransport` read `current_options()` when a request reaches them.
Context variables follow the code that set them into awaited coroutines and into tasks started
inside the block, so one mechanism serves sync and async code.

Timeouts: httpx2 applies each timeout to one operation (connecting, one socket read, one write,
waiting for a pooled connection), never to the whole exchange. The read timeout is therefore an
idle timeout: a stream that keeps delivering data is never cut off, however long it lasts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

import httpx2

from agentplug.errors import ConfigurationError

from ._retry import IDEMPOTENCY_HEADER

__all__ = [
    "DEFAULT_TIMEOUT",
    "RequestOptions",
    "current_options",
    "timeout_extension",
    "use_options",
]

# connect 5 s; read, write and pool 60 s each (per operation, see the module docstring).
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=5.0)


def timeout_extension(timeout: httpx2.Timeout | float) -> dict[str, float | None]:
    """The per-request form httpx2 transports read from `request.extensions["timeout"]`."""
    resolved = timeout if isinstance(timeout, httpx2.Timeout) else httpx2.Timeout(timeout)
    return resolved.as_dict()


@dataclass(frozen=True)
class RequestOptions:
    """Settings for the requests made inside a `use_options` block; None leaves the default.

    Attributes:
        retries: retries after the first attempt (0 disables retrying).
        timeout: seconds for each of connect / read / write / pool, or an `httpx2.Timeout`
            (`httpx2.Timeout(None)` waits forever).
        idempotent: True lets POST / PATCH be retried; False stops retries even for GET.
        idempotency_key: sent as `Idempotency-Key` unless the request already has one; the same
            value goes with every retry, so one key should cover one logical call.
    """

    retries: int | None = None
    timeout: httpx2.Timeout | float | None = None
    idempotent: bool | None = None
    idempotency_key: str | None = None

    def __post_init__(self) -> None:
        if self.retries is not None and self.retries < 0:
            raise ConfigurationError(f"Invalid retries={self.retries!r}: must be >= 0")

    def merged(self, inner: RequestOptions) -> RequestOptions:
        """These options with every setting `inner` sets (not None) taking precedence."""
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("retries", inner.retries),
                ("timeout", inner.timeout),
                ("idempotent", inner.idempotent),
                ("idempotency_key", inner.idempotency_key),
            )
            if value is not None
        }
        return replace(self, **changes)

    def apply(self, request: httpx2.Request) -> None:
        """Set this call's timeout and idempotency key on `request` (before its first attempt)."""
        if self.timeout is not None:
            request.extensions["timeout"] = timeout_extension(self.timeout)
        if self.idempotency_key and IDEMPOTENCY_HEADER not in request.headers:
            request.headers[IDEMPOTENCY_HEADER] = self.idempotency_key


_NO_OPTIONS = RequestOptions()  # frozen, so safe to share as the default
_current: ContextVar[RequestOptions] = ContextVar("agentplug_request_options", default=_NO_OPTIONS)


def current_options() -> RequestOptions:
    """The options in force here (all None outside any `use_options` block)."""
    return _current.get()


@contextmanager
def use_options(
    *,
    retries: int | None = None,
    timeout: httpx2.Timeout | float | None = None,
    idempotent: bool | None = None,
    idempotency_key: str | None = None,
) -> Iterator[RequestOptions]:
    """Apply options to every request made inside the block; nested blocks override outer ones.

    Raises:
        ConfigurationError: `retries` is negative.
    """
    inner = RequestOptions(retries=retries, timeout=timeout, idempotent=idempotent, idempotency_key=idempotency_key)
    token = _current.set(_current.get().merged(inner))
    try:
        yield _current.get()
    finally:
        _current.reset(token)
