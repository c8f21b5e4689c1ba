# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Reading a whole body under the size limit and the call's deadline, and reading an error body."""

from __future__ import annotations

import httpx2

from .._bounds import BoundedBody, CollectedBody

__all__ = ["read_body", "read_error_content"]


def read_body(response: httpx2.Response, limit: int) -> bytes:
    """`response.read()` that stops at `limit` decoded bytes and at the request's deadline."""
    body = BoundedBody(response, limit)
    if (ready := body.in_memory()) is not None:
        return ready
    try:
        for chunk in response.iter_bytes():
            body.add(chunk)
    finally:
        response.close()
    return body.content()


def read_error_content(response: httpx2.Response) -> bytes | None:
    """The body of a (possibly streamed, unread) error response, reading at most ~1 MiB; pass it to
    `status_error(content=...)`.

    None when the body cannot be read here (a stream of the other flavour, or the connection broke).
    """
    try:
        return response.content
    except httpx2.ResponseNotRead:
        pass
    if not isinstance(response.stream, httpx2.SyncByteStream):
        return None
    collected = CollectedBody()
    try:
        for chunk in response.iter_bytes():
            if collected.full_after(chunk):
                break
    except (httpx2.HTTPError, httpx2.StreamError):
        return None
    finally:
        response.close()
    return collected.content()
