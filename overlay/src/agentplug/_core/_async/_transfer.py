"""The storage transfers' send loop, and the bare client meant for presigned storage URLs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import TypeVar

import httpx2

from .._concurrency import async_sleep
from .._errors import status_error
from .._options import DEFAULT_TIMEOUT
from .._retry import RetryPolicy
from .._storage import STORAGE_API
from .._transfer import Attempts
from .._useragent import user_agent
from ._bodies import async_read_error_content
from ._transport import AsyncRetryTransport

__all__ = ["async_exchange", "async_storage_client"]

T = TypeVar("T")


def async_storage_client(
    *,
    timeout: httpx2.Timeout | float = DEFAULT_TIMEOUT,
    policy: RetryPolicy | None = None,
    transport: httpx2.AsyncBaseTransport | None = None,
) -> httpx2.AsyncClient:
    """A bare client for presigned storage URLs: no credentials, no base URL, no cookies, no redirects.

    Requests go through the retry transport (api "storage": its User-Agent and `agentplug.storage`
    logger). The transfer functions (`upload_to_url`, `download_to_path`...) run their own retries
    and switch the transport's off.
    """
    return httpx2.AsyncClient(
        transport=AsyncRetryTransport(transport, api=STORAGE_API, policy=policy),
        timeout=timeout,
        follow_redirects=False,  # a redirect could point anywhere
        headers={"User-Agent": user_agent(STORAGE_API)},
    )


async def async_exchange(
    http: httpx2.AsyncClient,
    attempts: Attempts,
    build: Callable[[], httpx2.Request],
    consume: Callable[[httpx2.Response], Awaitable[T]],
) -> T:
    """Send `build()` until a 2xx response is consumed, retrying what `attempts` allows.

    A redirect is an error (`follow_redirects=False`): the new location could be any host.
    """
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
            except httpx2.TransportError as error:  # the body broke while being read
                delay = attempts.after_error(error, request)
            finally:
                with suppress(httpx2.TransportError):  # closing a broken connection must not mask the outcome
                    await response.aclose()
        await async_sleep(delay)
