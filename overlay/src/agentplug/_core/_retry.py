"""When to retry a request, and how long to wait: pure decisions, no I/O.

`RetryPolicy.decide` looks at one attempt's outcome (a status and headers, or an exception) and
answers "retry after N seconds" or "stop, because ...". The transports (`_transport.py`) only send,
sleep and log; everything they decide comes from here, so the rules are tested without a network.

Rules:
- Retried outcomes: httpx2 transport failures (connect/read/write/close errors, every timeout, a
  connection dropped by the server) and the statuses 408, 429 and >= 500. Not retried: a pool
  timeout (our own pool was full: the server is not at fault), a request
  httpx2 could not even form (`UnsupportedProtocol`, `LocalProtocolError`), a proxy refusal, any
  other exception, any other status.
- A response header `x-should-retry: true|false` is the server's word and overrides the status
  rule (it never makes a non-idempotent request retryable, and never applies to a success).
- Only idempotent requests are retried: GET, HEAD, OPTIONS, PUT, DELETE and TRACE by definition;
  POST and PATCH only with an `Idempotency-Key` header or an explicit flag (`request_is_idempotent`).
- The wait is the server's `retry-after-ms` (milliseconds, preferred) or `Retry-After`
  (delta-seconds or an HTTP date) when 0 < wait <= `max_retry_after`. Anything else (absent,
  unparsable, zero, negative, in the past, above the cap) falls back to our own backoff, as
  openai-python does: a server asking for minutes gets our few seconds, and the caller sees the 429
  sooner instead of a call that silently hangs.
- Backoff: `min(initial_delay * 2**attempt, max_delay)`, reduced by a random fraction of up to
  `jitter` (so with the default 0.25 every delay lies in [0.75 * b, b]); jitter spreads clients
  that failed together, and never pushes a delay above the documented maximum.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime

import httpx2

from agentplug.errors import ConfigurationError

__all__ = [
    "IDEMPOTENCY_HEADER",
    "IDEMPOTENT_METHODS",
    "RetryDecision",
    "RetryPolicy",
    "error_is_retryable",
    "parse_retry_after",
    "request_is_idempotent",
    "status_is_retryable",
]

IDEMPOTENCY_HEADER = "Idempotency-Key"

# RFC 9110 section 9.2.2: repeating these has the same effect as sending them once.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# Transport failures that say nothing about the request itself being wrong, so a retry may succeed.
_RETRYABLE_ERRORS: tuple[type[BaseException], ...] = (
    httpx2.TimeoutException,  # connect, read, write and pool timeouts
    httpx2.NetworkError,  # connect, read, write and close errors
    httpx2.RemoteProtocolError,  # e.g. the server closed a kept-alive connection mid-request
)


def request_is_idempotent(request: httpx2.Request, explicit: bool | None = None) -> bool:
    """Whether `request` may be sent again without changing the outcome.

    `explicit` (from the caller or the operation's definition) wins when not None; otherwise the
    method decides, and POST / PATCH count only with a non-empty `Idempotency-Key` header.
    """
    if explicit is not None:
        return explicit
    if request.method.upper() in IDEMPOTENT_METHODS:
        return True
    return bool(request.headers.get(IDEMPOTENCY_HEADER))  # httpx2.Headers lookups ignore case


def status_is_retryable(status: int) -> bool:
    """408 Request Timeout, 429 Too Many Requests and every 5xx."""
    return status in (408, 429) or status >= 500


def error_is_retryable(error: BaseException) -> bool:
    """A connection failure or timeout, as opposed to a request httpx2 could not form.

    A pool timeout is not retried: no request left this process, the server did nothing wrong,
    and sending again into the same full pool only adds to the queue that timed out.
    """
    return isinstance(error, _RETRYABLE_ERRORS) and not isinstance(error, httpx2.PoolTimeout)


def _lowered(headers: Mapping[str, str] | None) -> dict[str, str]:
    # Plain dicts are case-sensitive; httpx2.Headers is not. Normalise so both behave the same.
    return {} if headers is None else {str(name).lower(): str(value) for name, value in headers.items()}


def _finite_float(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_retry_after(headers: Mapping[str, str] | None, *, now: float | None = None) -> float | None:
    """The wait the server asked for, in seconds, or None when it asked for none we can read.

    `retry-after-ms` (milliseconds) is preferred; otherwise `Retry-After` as delta-seconds (a
    fraction is accepted) or an HTTP date, measured from `now` (epoch seconds, default: the clock).
    The result may be zero or negative (a date in the past); the caller applies its own bounds.
    Never raises on a malformed value.
    """
    found = _lowered(headers)
    if "retry-after-ms" in found:
        millis = _finite_float(found["retry-after-ms"])
        if millis is not None:
            return millis / 1000.0
    raw = found.get("retry-after")
    if raw is None:
        return None
    seconds = _finite_float(raw)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):  # TypeError on 3.10, ValueError on 3.11+
        return None
    if when.tzinfo is None:  # "-0000" parses as naive; the RFC says HTTP dates are UTC
        when = when.replace(tzinfo=UTC)
    return when.timestamp() - (time.time() if now is None else now)


@dataclass(frozen=True)
class RetryDecision:
    """The answer for one attempt: `delay` seconds before the next one, or None to stop.

    `reason` says why, for logs. `transient` is True when the outcome was of a retryable kind
    (so stopping anyway, e.g. because retries ran out, is worth reporting).
    """

    delay: float | None
    reason: str
    transient: bool = False

    @property
    def retry(self) -> bool:
        return self.delay is not None


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to retry and how long to wait; see the module docstring for the rules.

    Attributes:
        max_retries: retries after the first attempt (2: at most 3 attempts).
        initial_delay: backoff before the first retry, in seconds; doubled on each retry.
        max_delay: backoff ceiling, in seconds.
        jitter: the largest fraction taken off a backoff delay at random (0: none, 1: "full jitter").
        max_retry_after: the longest server-requested wait honoured, in seconds.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        for problem, ok in (
            ("max_retries must be >= 0", self.max_retries >= 0),
            ("initial_delay must be >= 0", self.initial_delay >= 0),
            ("max_delay must be >= initial_delay", self.max_delay >= self.initial_delay),
            ("jitter must be between 0 and 1", 0 <= self.jitter <= 1),
            ("max_retry_after must be >= 0", self.max_retry_after >= 0),
        ):
            if not ok:
                raise ConfigurationError(f"Invalid RetryPolicy: {problem}")

    def backoff(self, attempt: int, rng: random.Random | None = None) -> float:
        """Our own wait before retry number `attempt + 1`, jitter included."""
        # Cap the exponent: 2.0 ** 1100 overflows a float, and max_delay is reached long before.
        base = min(self.initial_delay * 2.0 ** min(max(attempt, 0), 64), self.max_delay)
        draw = (rng or random).random()  # spreading retries, not cryptography
        return base * (1.0 - self.jitter * draw)

    def decide(
        self,
        attempt: int,
        *,
        idempotent: bool,
        replayable: bool = True,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        error: BaseException | None = None,
        now: float | None = None,
        rng: random.Random | None = None,
    ) -> RetryDecision:
        """Whether to retry after an attempt, and after how long.

        Args:
            attempt: retries already made for this request (0 after the first attempt).
            idempotent: whether the request may be repeated (see `request_is_idempotent`).
            replayable: whether its body can be sent again (False for a one-shot stream).
            status, headers: the response's, when the attempt got one.
            error: the exception, when the attempt got no response.
            now: the current time in epoch seconds, for `Retry-After` dates (default: the clock).
            rng: the source of jitter (default: the `random` module).
        """
        found: dict[str, str] = {}
        if error is not None:
            kind = type(error).__name__
            if not error_is_retryable(error):
                return RetryDecision(None, f"{kind} is not retryable")
            cause = kind
        elif status is not None:
            if status < 400:
                return RetryDecision(None, f"status {status}")
            found = _lowered(headers)  # only now: reading every header costs more than the rest
            override = found.get("x-should-retry", "").strip().lower()
            if override == "false":
                return RetryDecision(None, f"status {status}, server sent x-should-retry: false")
            if override == "true":
                cause = f"status {status}, server sent x-should-retry: true"
            elif status_is_retryable(status):
                cause = f"status {status}"
            else:
                return RetryDecision(None, f"status {status} is not retryable")
        else:
            return RetryDecision(None, "no outcome")

        if not idempotent:
            return RetryDecision(None, f"{cause}; request is not idempotent (no {IDEMPOTENCY_HEADER})", True)
        if not replayable:
            return RetryDecision(None, f"{cause}; the request body is a stream that cannot be sent again", True)
        if attempt >= self.max_retries:
            return RetryDecision(None, f"{cause}; {self.max_retries} retries exhausted", True)
        requested = parse_retry_after(found, now=now) if status is not None else None
        if requested is not None and 0 < requested <= self.max_retry_after:
            return RetryDecision(requested, f"{cause}; server asked to retry after {requested:g} s", True)
        return RetryDecision(self.backoff(attempt, rng), f"{cause}; backoff", True)
