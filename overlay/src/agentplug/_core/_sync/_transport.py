# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The retry transport (`AsyncRetryTransport`, `RetryTransport`): the loop; the decisions are `RetryAttempt`'s."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

import httpx2

from .._concurrency import sleep
from .._retry import RetryPolicy
from .._transport import READ_BODY, Retrying
from ._bodies import read_body

__all__ = ["RetryTransport"]


class RetryTransport(Retrying, httpx2.BaseTransport):
    """Wraps a transport (default: httpx2's own HTTP transport) with retries, options and logging.

    When retries run out, the last response is returned (the caller turns its status into an
    `agentplug.errors` exception) or the last httpx2 exception is re-raised unchanged.

    Args:
        transport: the transport that does the I/O.
        api: the platform name, for the User-Agent and the logger (`agentplug.<api>`).
        policy: the retry rules (default `RetryPolicy()`: 2 retries, 0.5 s to 8 s backoff).
        sleep: waits between attempts (tests pass a recorder; in async code the default runs
            under asyncio and trio alike).
    """

    def __init__(
        self,
        transport: httpx2.BaseTransport | None = None,
        *,
        api: str,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = sleep,
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
