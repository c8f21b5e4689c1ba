"""httpx2 transports that retry, apply per-call options, set the User-Agent and log each attempt.

The generated clients accept an httpx2 client (`set_httpx_client` / `set_async_httpx_client`); the
overlay builds it with `transport=RetryTransport(...)` (or the async twin), so every generated
operation gets the same behaviour without changing generated code.

Everything a retry loop decides lives in `_Attempt` (the bookkeeping and logging of one request)
and `RetryPolicy` (the rules). `RetryTransport.handle_request` and
`AsyncRetryTransport.handle_async_request` are the same six-line loop, one with `await`:
send, ask `_Attempt`, close the discarded response, sleep, send again.

When retries run out, the last response is returned (the caller turns its status into an
`agentplug.errors` exception) or the last httpx2 exception is re-raised unchanged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import replace

import anyio
import httpx2

from ._bounds import DeadlineExceeded, aread_body, bound_stream, capped_timeouts, read_body
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
    "RETRY_COUNT_HEADER",
    "AsyncRetryTransport",
    "RetryTransport",
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


class _Attempt:
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


class _Retrying:
    """What both retry transports keep: the platform, its logger and the rules; each request gets an `_Attempt`."""

    def __init__(self, api: str, policy: RetryPolicy | None) -> None:
        self._api = api
        self._log = _logger.getChild(api) if api else _logger  # looked up once, not per request
        install_log_filters((self._log.name,))  # a child logger's records skip its parent's filters
        self._policy = policy if policy is not None else RetryPolicy()

    def _begin(self, request: httpx2.Request) -> _Attempt:
        return _Attempt(request, self._policy, self._log, self._api)


class RetryTransport(_Retrying, httpx2.BaseTransport):
    """Wraps a transport (default `httpx2.HTTPTransport()`) with retries, options and logging.

    Args:
        transport: the transport that does the I/O.
        api: the platform name, for the User-Agent and the logger (`agentplug.<api>`).
        policy: the retry rules (default `RetryPolicy()`: 2 retries, 0.5 s to 8 s backoff).
        sleep: waits between attempts (tests pass a recorder).
    """

    def __init__(
        self,
        transport: httpx2.BaseTransport | None = None,
        *,
        api: str,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(api, policy)
        self._transport = transport if transport is not None else httpx2.HTTPTransport()
        self._sleep = sleep

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        attempt = self._begin(request)
        while True:
            attempt.start()
            try:
                response = self._transport.handle_request(request)
                attempt.received(response)
                if request.extensions.get(READ_BODY):
                    read_body(response, attempt.body_limit)
            except Exception as error:
                delay = attempt.after_error(error)
                if delay is None:
                    raise
            else:
                delay = attempt.after_response(response)
                if delay is None:
                    return response
                with suppress(httpx2.TransportError):  # the answer is discarded either way
                    response.close()
            self._sleep(delay)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(_Retrying, httpx2.AsyncBaseTransport):
    """The async twin of `RetryTransport` (default inner transport: `httpx2.AsyncHTTPTransport()`).

    The default `sleep` is `anyio.sleep`, so it runs under asyncio and trio alike.
    """

    def __init__(
        self,
        transport: httpx2.AsyncBaseTransport | None = None,
        *,
        api: str,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        super().__init__(api, policy)
        self._transport = transport if transport is not None else httpx2.AsyncHTTPTransport()
        self._sleep = sleep

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        attempt = self._begin(request)
        while True:
            attempt.start()
            try:
                response = await self._transport.handle_async_request(request)
                attempt.received(response)
                if request.extensions.get(READ_BODY):
                    await aread_body(response, attempt.body_limit)
            except Exception as error:
                delay = attempt.after_error(error)
                if delay is None:
                    raise
            else:
                delay = attempt.after_response(response)
                if delay is None:
                    return response
                with suppress(httpx2.TransportError):  # the answer is discarded either way
                    await response.aclose()
            await self._sleep(delay)

    async def aclose(self) -> None:
        await self._transport.aclose()
