"""What storage uploads and downloads share: the chunk size, argument checks, and the retrying send loop.

Retries happen here, not in the transport: a streamed body cannot be replayed by the transport,
but the source can be re-read from its start, and a download broken mid-body can be restarted.
Every attempt starts from zero, so a progress callback may see the count go back to 0.

`Attempts` decides retries (sans-I/O); `async_exchange` (`_async/_transfer.py`, and its generated
twin `exchange`) only sends, reads and sleeps.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from dataclasses import replace

import httpx2

from agentplug.errors import ConfigurationError

from ._errors import connection_error
from ._logging import logger as _root_logger
from ._logging import redact_url
from ._options import RequestOptions, current_options, use_options
from ._retry import RetryDecision, RetryPolicy
from ._storage import STORAGE_API, Timeout

__all__ = ["CHUNK_SIZE", "Attempts", "check_chunk_size", "check_sha256"]

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
