"""Test doubles for response bodies shared by the core tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx2


class BrokenBody(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A response body that sends `chunks`, then fails the way a dropped connection does."""

    def __init__(self, chunks: list[bytes], error: Exception | None = None) -> None:
        self.chunks = chunks
        self.error = error if error is not None else httpx2.ReadError("connection reset by peer")

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        raise self.error
