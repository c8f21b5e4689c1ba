"""What storage uploads and downloads share: the chunk size, argument checks, and the retrying send loop.

Retries happen here, not in the transport: a streamed body cannot be replayed by the transport,
but the source can be re-read from its start, and a download broken mid-body can be restarted.
Every attempt starts from zero, so a progress callback may see the count go back to 0.

`Attempts` decides retries (sans-I/O); `exchange` / `aexchange` only send, read and sleep, and
`maybe_in_thread` moves blocking file work to a worker thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager, suppress
from dataclasses import replace
from typing import TypeVar

import anyio
import anyio.to_thread
import httpx2

from agentplug.errors import ConfigurationError

from ._async._bodies import async_read_error_content
from ._errors import connection_error, status_error
from ._logging import logger as _root_logger
from ._logging import redact_url
from ._options import RequestOptions, current_options, use_options
from ._retry import RetryDecision, RetryPolicy
from ._storage import STORAGE_API, Timeout

__all__ = [
    "CHUNK_SIZE",
    "Attempts",
    "aexchange",
    "check_chunk_size",
    "check_sha256",
    "exchange",
    "maybe_in_thread",
]

T = TypeVar("T")

CHUNK_SIZE = 1 << 20  # 1 MiB: few syscalls and thread hops, little memory
_log = _root_logger.getChild(STORAGE_API)


def check_chunk_size(chunk_size: int) -> None:
    if chunk_size <= 0:
        raise ConfigurationError(f"Invalid chunk_size={chunk_size!r}: must be > 0")


def check_sha256(value: str, name: str) -> str:
    """`value` stripped and lowercased; raises ConfigurationError (naming it `name`) unless it is 64 hex digits."""
    normalised = value.strip().lower()
    if len(normalised) != 64 or any(char not in "0123456789abcdef" for char in normalised):
        raise ConfigurationError(f"Invalid {name}: a SHA-256 is 64 hexadecimal characters")
    return normalised


class Attempts:
    """Retry bookkeeping for one transfer; the rules are `RetryPolicy`'s, with per-call options applied."""

    def __init__(self, policy: RetryPolicy | None, timeout: Timeout) -> None:
        options = current_options()
        policy = policy if policy is not None else RetryPolicy()
        self._policy = policy if options.retries is None else replace(policy, max_retries=options.retries)
        self._idempotent = options.idempotent is not False  # PUT and GET are; use_options may say otherwise
        self._timeout = timeout
        self._retries = 0

    def sending(self) -> AbstractContextManager[RequestOptions]:
        # This loop owns retries (it can re-read the source, restart a download): the client's
        # RetryTransport must not multiply them. An explicit timeout beats an enclosing use_options.
        return use_options(retries=0, timeout=self._timeout)

    def after_error(self, error: httpx2.TransportError, request: httpx2.Request) -> float:
        """The delay before retrying after `error`; raises its APIConnectionError when not retrying."""
        decision = self._policy.decide(self._retries, idempotent=self._idempotent, error=error)
        if decision.delay is None:
            raise connection_error(error, request) from error
        return self._retry(decision, request)

    def after_status(self, response: httpx2.Response) -> float | None:
        """The delay before retrying after an error status, or None to raise it."""
        decision = self._policy.decide(
            self._retries, idempotent=self._idempotent, status=response.status_code, headers=response.headers
        )
        return None if decision.delay is None else self._retry(decision, response.request)

    def _retry(self, decision: RetryDecision, request: httpx2.Request) -> float:
        assert decision.delay is not None
        self._retries += 1
        if _log.isEnabledFor(logging.INFO):
            _log.info(
                "Retrying %s %s in %.2f s (retry %d of %d): %s",
                request.method,
                redact_url(request.url),
                decision.delay,
                self._retries,
                self._policy.max_retries,
                decision.reason,
            )
        return decision.delay


def exchange(
    http: httpx2.Client,
    attempts: Attempts,
    build: Callable[[], httpx2.Request],
    consume: Callable[[httpx2.Response], T],
) -> T:
    """Send `build()` until a 2xx response is consumed, retrying what `attempts` allows.

    A redirect is an error (`follow_redirects=False`): the new location could be any host.
    """
    while True:
        request = build()
        try:
            with attempts.sending():
                response = http.send(request, stream=True, auth=None, follow_redirects=False)
        except httpx2.TransportError as error:
            delay = attempts.after_error(error, request)
        else:
            try:
                if response.is_success:
                    return consume(response)
                delay_or_none = attempts.after_status(response)
                if delay_or_none is None:
                    raise status_error(response, platform=STORAGE_API)
                delay = delay_or_none
            except httpx2.TransportError as error:  # the body broke while being read
                delay = attempts.after_error(error, request)
            finally:
                with suppress(httpx2.TransportError):  # closing a broken connection must not mask the outcome
                    response.close()
        time.sleep(delay)


async def aexchange(
    http: httpx2.AsyncClient,
    attempts: Attempts,
    build: Callable[[], httpx2.Request],
    consume: Callable[[httpx2.Response], Awaitable[T]],
) -> T:
    """The async twin of `exchange`."""
    while True:
        request = build()
        try:
            with attempts.sending():
                response = await http.send(request, stream=True, auth=None, follow_redirects=False)
        except httpx2.TransportError as error:
            delay = attempts.after_error(error, request)
        else:
            try:
                if response.is_success:
                    return await consume(response)
                delay_or_none = attempts.after_status(response)
                if delay_or_none is None:
                    content = await async_read_error_content(response)
                    raise status_error(response, platform=STORAGE_API, content=content)
                delay = delay_or_none
            except httpx2.TransportError as error:
                delay = attempts.after_error(error, request)
            finally:
                with suppress(httpx2.TransportError):
                    await response.aclose()
        await anyio.sleep(delay)


async def maybe_in_thread(in_thread: bool, func: Callable[[], T]) -> T:
    """`func()` in a worker thread when it does file I/O, else right here (no thread hop for memory)."""
    return await anyio.to_thread.run_sync(func) if in_thread else func()
