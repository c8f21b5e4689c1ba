"""Reading a whole body under the size limit and the call's deadline, and reading an error body."""

from __future__ import annotations

import httpx2

from .._bounds import BoundedBody, CollectedBody

__all__ = ["async_read_body", "async_read_error_content"]


async def async_read_body(response: httpx2.Response, limit: int) -> bytes:
    """`response.read()` that stops at `limit` decoded bytes and at the request's deadline."""
    body = BoundedBody(response, limit)
    if (ready := body.in_memory()) is not None:
        return ready
    try:
        async for chunk in response.aiter_bytes():
            body.add(chunk)
    finally:
        await response.aclose()
    return body.content()


async def async_read_error_content(response: httpx2.Response) -> bytes | None:
    """The body of a (possibly streamed, unread) error response, reading at most ~1 MiB; pass it to
    `status_error(content=...)`.

    None when the body cannot be read here (a stream of the other flavour, or the connection broke).
    """
    try:
        return response.content
    except httpx2.ResponseNotRead:
        pass
    if not isinstance(response.stream, httpx2.AsyncByteStream):
        return None
    collected = CollectedBody()
    try:
        async for chunk in response.aiter_bytes():
            if collected.full_after(chunk):
                break
    except (httpx2.HTTPError, httpx2.StreamError):
        return None
    finally:
        await response.aclose()
    return collected.content()
