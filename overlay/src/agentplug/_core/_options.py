"""Per-call options (retries, timeout, idempotency), carried to the transport by a context variable.

The generated clients take no per-call settings, so the overlay wraps a call instead:

    with use_options(retries=5, timeout=2.0):
        generated_operation.sync_detailed(client=..., ...)

`RetryTransport` / `AsyncRetryTransport` read `current_options()` when a request reaches them.
Context variables follow the code that set them into awaited coroutines and into tasks started
inside the block, so one mechanism serves sync and async code.

Timeouts: httpx2 applies each timeout to one operation (connecting, one socket read, one write,
waiting for a pooled connection), never to the whole exchange. The read timeout is therefore an
idle timeout: a stream that keeps delivering data is never cut off, however long it lasts. The
`deadline` is the total budget beside it: seconds from entering the block to the end of
everything done inside it (attempts, retry waits, body reads, polling waits, stream reads); a
server dripping one byte per read timeout cannot stretch a call past it.

Sizes: a JSON answer's decoded body is read up to `max_body_size` bytes (default 64 MiB), an
error body up to 1 MiB; beyond, `ResponseTooLargeError` (the rest is never read or decoded).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

import httpx2

from agentplug.errors import ConfigurationError

from ._retry import IDEMPOTENCY_HEADER

__all__ = [
    "DEADLINE",
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_TIMEOUT",
    "EXPLICIT_TIMEOUT",
    "RequestOptions",
    "current_options",
    "held_open",
    "timeout_extension",
    "use_options",
]

# connect 5 s; read, write and pool 60 s each (per operation, see the module docstring).
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=5.0)

# The decoded body of an answer read whole (JSON): beyond this, ResponseTooLargeError.
DEFAULT_MAX_BODY_SIZE = 64 * 1024 * 1024

# A request extension: (monotonic instant, budget in seconds) of the call's deadline, read by the
# retry transport and the body readers (a stream read after the block ended still honours it).
DEADLINE = "agentplug.deadline"

# A request extension: the request's timeout was set by the call itself (an argument of the method,
# e.g. `create_and_wait(timeout=30)`), so a `use_options(timeout=...)` around it does not replace it.
EXPLICIT_TIMEOUT = "agentplug.explicit_timeout"


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
        deadline: the total seconds for everything inside the block (see the module docstring).
        deadline_at: the same as a `time.monotonic()` instant (set by `use_options`).
        max_body_size: the largest decoded body read whole, in bytes.
    """

    retries: int | None = None
    timeout: httpx2.Timeout | float | None = None
    idempotent: bool | None = None
    idempotency_key: str | None = None
    deadline: float | None = None
    deadline_at: float | None = None
    max_body_size: int | None = None

    def __post_init__(self) -> None:
        if self.retries is not None and self.retries < 0:
            raise ConfigurationError(f"Invalid retries={self.retries!r}: must be >= 0")
        if self.deadline is not None and not self.deadline > 0:
            raise ConfigurationError(f"Invalid deadline={self.deadline!r}: seconds > 0 are expected")
        if self.max_body_size is not None and self.max_body_size < 1:
            raise ConfigurationError(f"Invalid max_body_size={self.max_body_size!r}: bytes >= 1 are expected")

    @property
    def body_limit(self) -> int:
        return DEFAULT_MAX_BODY_SIZE if self.max_body_size is None else self.max_body_size

    def remaining(self) -> float | None:
        """Seconds left before the deadline (None: no deadline; may be <= 0)."""
        return None if self.deadline_at is None else self.deadline_at - time.monotonic()

    def merged(self, inner: RequestOptions) -> RequestOptions:
        """These options with every setting `inner` sets (not None) taking precedence."""
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("retries", inner.retries),
                ("timeout", inner.timeout),
                ("idempotent", inner.idempotent),
                ("idempotency_key", inner.idempotency_key),
                ("max_body_size", inner.max_body_size),
            )
            if value is not None
        }
        # An inner deadline can only shorten the outer one: a nested block never outlives its parent.
        if inner.deadline_at is not None and (self.deadline_at is None or inner.deadline_at < self.deadline_at):
            changes["deadline"], changes["deadline_at"] = inner.deadline, inner.deadline_at
        return replace(self, **changes)

    def apply(self, request: httpx2.Request) -> None:
        """Set this call's timeout and idempotency key on `request` (before its first attempt).

        A timeout the method set from its own argument (`EXPLICIT_TIMEOUT`) is kept: an explicit
        argument always beats the ambient options.
        """
        if self.timeout is not None and not request.extensions.get(EXPLICIT_TIMEOUT):
            request.extensions["timeout"] = timeout_extension(self.timeout)
        self.apply_deadline(request)

    def apply_deadline(self, request: httpx2.Request) -> None:
        """Attach this call's deadline to `request` (the transports and body readers honour it)."""
        if self.deadline_at is not None:
            request.extensions[DEADLINE] = (self.deadline_at, self.deadline)
        if self.idempotency_key and IDEMPOTENCY_HEADER not in request.headers:
            request.headers[IDEMPOTENCY_HEADER] = self.idempotency_key


def held_open(timeout: float | None, limits: httpx2.Timeout) -> dict[str, Any]:
    """The per-call arguments of a request the server may hold open (a blocking wait, a stream).

    `timeout` is the caller's own wait limit: it bounds the read and beats a `use_options(timeout=...)`
    around the call. Left None, an ambient timeout applies as for any request; without one, the
    read waits as long as the server takes (`limits` gives connect, write and pool).
    """
    if timeout is None and current_options().timeout is not None:
        return {}
    return {"timeout": httpx2.Timeout(connect=limits.connect, read=timeout, write=limits.write, pool=limits.pool)}


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
    deadline: float | None = None,
    max_body_size: int | None = None,
) -> Iterator[RequestOptions]:
    """Apply options to every request made inside the block; nested blocks override outer ones.

    `deadline` starts counting now: it bounds the whole block, however many calls, retries,
    waits and stream reads happen inside it (`DeadlineExceededError` when it runs out).

    Raises:
        ConfigurationError: `retries` is negative, `deadline` or `max_body_size` not positive.
    """
    inner = RequestOptions(
        retries=retries,
        timeout=timeout,
        idempotent=idempotent,
        idempotency_key=idempotency_key,
        deadline=deadline,
        deadline_at=None if deadline is None else time.monotonic() + deadline,
        max_body_size=max_body_size,
    )
    token = _current.set(_current.get().merged(inner))
    try:
        yield _current.get()
    finally:
        _current.reset(token)
