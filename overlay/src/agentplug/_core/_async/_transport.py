"""The retry transport (`AsyncRetryTransport`, `RetryTransport`): the loop; the decisions are `RetryAttempt`'s."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import suppress

import httpx2

from .._concurrency import async_sleep
from .._retry import RetryPolicy
from .._transport import READ_BODY, Retrying
from ._bodies import async_read_body

__all__ = ["AsyncRetryTransport"]


class AsyncRetryTransport(Retrying, httpx2.AsyncBaseTransport):
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
        transport: httpx2.AsyncBaseTransport | None = None,
        *,
        api: str,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
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
                    await async_read_body(response, attempt.body_limit)
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
