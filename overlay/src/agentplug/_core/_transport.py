"""httpx2 transports that retry, apply per-call options, set the User-Agent and log each attempt.

The generated clients accept an httpx2 client (`set_httpx_client` / `set_async_httpx_client`); the
overlay builds it with `transport=RetryTransport(...)` (or `AsyncRetryTransport`), so every
generated operation gets the same behaviour without changing generated code.

Everything a retry loop decides lives here, in `RetryAttempt` (the bookkeeping and logging of one
request) and `RetryPolicy` (the rules). `AsyncRetryTransport` (`_async/_transport.py`, and its
generated twin `RetryTransport`) is only the loop: send, ask `RetryAttempt`, close the discarded
response, sleep, send again.

When retries run out, the last response is returned (the caller turns its status into an
`agentplug.errors` exception) or the last httpx2 exception is re-raised unchanged.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

import httpx2

from ._bounds import DeadlineExceeded, bound_stream, capped_timeouts
from ._logging import logger as _logger
from ._logging import redact_headers, redact_url
from ._options import DEADLINE, current_options
from ._retry import RetryDecision, RetryPolicy, request_is_idempotent
from ._secrets import install_log_filters
from ._useragent import user_agent


def current_deadline_left(request: httpx2.Request) -> float | None:
    found = request.extensions.get(DEADLINE)
    return None if found is None else found[0] - time.monotonic()


__all__ = [
    "READ_BODY",
    "RETRY_COUNT_HEADER",
    "RetryAttempt",
    "Retrying",
    "request_is_replayable",
]

# Sent on every retry (1, 2, ...): the server can tell a retry from a duplicate submission.
RETRY_COUNT_HEADER = "x-agentplug-retry-count"

# A request extension: the caller wants the whole body, so it is read inside the attempt, and a
# connection lost halfway through the body is retried like one lost before the headers.
READ_BODY = "agentplug.read_body"


def request_is_replayable(request: httpx2.Request) -> bool:
    """Whether the body can be sent again: only a body held in memory (or no body) can.

    An iterator or a file is consumed by the first attempt: httpx2 raises `StreamConsumed` when a
    generator is sent twice, and a file object would silently send an empty second body.
    """
    return isinstance(request.stream, httpx2.ByteStream)  # also what httpx2 uses for "no body"


class RetryAttempt:
    """One request on its way through the retry loop: the only place both transports decide and log.

    Created when the request reaches the transport: applies the per-call options and the
    User-Agent, then, after each attempt, returns the seconds to wait before the next or None.
    """

    def __init__(self, request: httpx2.Request, policy: RetryPolicy, log: logging.Logger, api: str) -> None:
        options = current_options()
        options.apply(request)
        agent = request.headers.get("User-Agent")
        if agent is None or agent.startswith("python-httpx2/"):  # keep a User-Agent the caller chose
            request.headers["User-Agent"] = user_agent(api)
        self._request = request
        self._policy = policy if options.retries is None else replace(policy, max_retries=options.retries)
        self._idempotent = request_is_idempotent(request, options.idempotent)
        # Decided before the first send: httpx2 turns a consumed stream into bytes afterwards.
        self._replayable = request_is_replayable(request)
        self._log = log
        self._retries = 0
        self._started = 0.0
        self.body_limit = options.body_limit

    def start(self) -> None:
        """Called just before each send: raises DeadlineExceeded when the call's budget is spent."""
        capped_timeouts(self._request)  # no attempt may outlast the deadline
        if self._retries:
            self._request.headers[RETRY_COUNT_HEADER] = str(self._retries)
        if self._log.isEnabledFor(logging.DEBUG):
            self._log.debug("Request headers: %s", redact_headers(self._request.headers))
        self._started = time.monotonic()

    def received(self, response: httpx2.Response) -> None:
        bound_stream(response, self._request)

    def after_response(self, response: httpx2.Response) -> float | None:
        """Seconds to wait before retrying after `response`, or None to return it."""
        self._log_outcome(str(response.status_code))
        if self._log.isEnabledFor(logging.DEBUG):
            self._log.debug("Response headers: %s", redact_headers(response.headers))
        if response.status_code < 400:
            return None  # a success is never retried (see RetryPolicy.decide): the common case, kept short
        decision = self._policy.decide(
            self._retries,
            idempotent=self._idempotent,
            replayable=self._replayable,
            status=response.status_code,
            headers=response.headers,
        )
        return self._record(decision, failed=response.status_code >= 400)

    def after_error(self, error: Exception) -> float | None:
        """Seconds to wait before retrying after `error`, or None to re-raise it."""
        self._log_outcome(type(error).__name__)  # the type only: messages may quote URLs
        if isinstance(error, DeadlineExceeded):
            return None
        decision = self._policy.decide(
            self._retries, idempotent=self._idempotent, replayable=self._replayable, error=error
        )
        return self._record(decision, failed=True)

    def _log_outcome(self, outcome: str) -> None:
        if self._log.isEnabledFor(logging.INFO):
            elapsed_ms = (time.monotonic() - self._started) * 1000.0
            self._log.info(
                "HTTP %s %s → %s in %.0f ms", self._request.method, redact_url(self._request.url), outcome, elapsed_ms
            )

    def _record(self, decision: RetryDecision, *, failed: bool) -> float | None:
        if decision.delay is None and not failed:
            return None  # the common case: a success, nothing to log
        where = (self._request.method, redact_url(self._request.url))
        left = current_deadline_left(self._request)
        if decision.delay is not None and left is not None and decision.delay >= left:
            self._log.info("Not retrying %s %s: the wait would pass the call's deadline", *where)
            return None
        if decision.delay is not None:
            self._retries += 1
            self._log.info(
                "Retrying %s %s in %.2f s (retry %d of %d): %s",
                *where,
                decision.delay,
                self._retries,
                self._policy.max_retries,
                decision.reason,
            )
        elif decision.transient:
            self._log.info("Not retrying %s %s: %s", *where, decision.reason)
        elif failed:
            self._log.debug("Not retrying %s %s: %s", *where, decision.reason)
        return decision.delay


class Retrying:
    """What both retry transports keep: the platform, its logger and the rules; each request gets an `RetryAttempt`."""

    def __init__(self, api: str, policy: RetryPolicy | None) -> None:
        self._api = api
        self._log = _logger.getChild(api) if api else _logger  # looked up once, not per request
        install_log_filters((self._log.name,))  # a child logger's records skip its parent's filters
        self._policy = policy if policy is not None else RetryPolicy()

    def _begin(self, request: httpx2.Request) -> RetryAttempt:
        return RetryAttempt(request, self._policy, self._log, self._api)
