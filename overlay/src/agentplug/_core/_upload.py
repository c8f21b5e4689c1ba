"""Uploads to a presigned storage URL (PUT), sync and async: streamed, and checked against the source's `FileInfo`.

Uploads read the source in chunks (a path, bytes or a seekable binary file), so memory stays flat
whatever the size; `Content-Length` comes from `inspect_source`, which hashes the source once
beforehand, because presigned PUTs refuse chunked transfer encoding. `_UploadBody` reads and checks
one attempt's body (sans-I/O); the public functions only build requests and hand them to `exchange`.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncGenerator, Callable, Iterator, Mapping
from dataclasses import replace
from typing import TypeAlias

import anyio.to_thread
import httpx2

from agentplug.errors import ConfigurationError

from ._retry import RetryPolicy
from ._storage import Timeout, storage_headers, storage_request, storage_url
from ._transfer import CHUNK_SIZE, Attempts, aexchange, check_chunk_size, check_sha256, exchange, maybe_in_thread
from ._upload_source import FileInfo, Reader, UploadSource, ainspect_source, inspect_source, open_reader

__all__ = [
    "UploadProgress",
    "aupload_to_url",
    "upload_to_url",
]

UploadProgress: TypeAlias = Callable[[int, int], None]  # (bytes sent, total bytes)


class _Upload:
    """What both upload shells share: the target, the checked `FileInfo`, the headers and the retry bookkeeping."""

    def __init__(
        self,
        target: httpx2.URL,
        info: FileInfo,
        headers: Mapping[str, str] | None,
        timeout: Timeout,
        policy: RetryPolicy | None,
    ) -> None:
        self._url = target  # checked by `storage_url` first, so a bad URL fails before the source is read
        if info.size < 0:
            raise ConfigurationError(f"Invalid FileInfo.size={info.size!r}: must be >= 0")
        self.info = replace(info, sha256=check_sha256(info.sha256, "FileInfo.sha256"))
        merged = httpx2.Headers(storage_headers(headers))
        merged.setdefault("Content-Type", self.info.content_type)
        # Declared, so httpx2 does not fall back to chunked transfer encoding (presigned PUTs refuse it).
        merged["Content-Length"] = str(self.info.size)
        self._headers = dict(merged.multi_items())
        self._timeout = timeout
        self.attempts = Attempts(policy, timeout)

    def request(self, chunks: Iterator[bytes] | AsyncGenerator[bytes, None]) -> httpx2.Request:
        return storage_request("PUT", self._url, self._headers, self._timeout, chunks)


class _UploadBody:
    """One attempt's body: `info.size` bytes from the start of the source, hashed as they are read.

    The last chunk is handed over only if the source matches `info` (same length, same SHA-256),
    so a storage never receives a complete body that differs from what the platform registered.
    """

    def __init__(self, reader: Reader, info: FileInfo, chunk_size: int) -> None:
        reader.rewind()
        self._reader, self._info, self._chunk_size = reader, info, chunk_size
        self._sha = hashlib.sha256()
        self._checked = False
        self.sent = 0
        self.total = info.size

    def next_chunk(self) -> bytes | None:
        """The next chunk, or None at the end. Blocking when the source is a file."""
        remaining = self.total - self.sent
        if remaining <= 0:
            if not self._checked:  # an empty source
                self._check_end()
            return None
        chunk = self._reader.read(min(self._chunk_size, remaining))[:remaining]
        if not chunk:
            raise self._changed(f"it ended after {self.sent} of the {self.total} bytes")
        self._sha.update(chunk)
        self.sent += len(chunk)
        if self.sent == self.total:
            self._check_end()
        return chunk

    def _check_end(self) -> None:
        self._checked = True
        if self._reader.read(1):
            raise self._changed(f"it is longer than {self.total} bytes")
        actual = self._sha.hexdigest()
        if actual != self._info.sha256:
            raise self._changed(f"its sha256 is {actual}, not {self._info.sha256}")

    @staticmethod
    def _changed(detail: str) -> ConfigurationError:
        return ConfigurationError(
            f"The upload source does not match its FileInfo: {detail} "
            "(it changed after inspect_source, or the FileInfo describes another file)"
        )


def _upload_chunks(body: _UploadBody, on_progress: UploadProgress | None) -> Iterator[bytes]:
    while (chunk := body.next_chunk()) is not None:
        yield chunk
        if on_progress is not None:  # resumed: the transport has taken the chunk
            on_progress(body.sent, body.total)


async def _aupload_chunks(
    body: _UploadBody, in_thread: bool, on_progress: UploadProgress | None
) -> AsyncGenerator[bytes, None]:
    while (chunk := await maybe_in_thread(in_thread, body.next_chunk)) is not None:
        yield chunk
        if on_progress is not None:
            on_progress(body.sent, body.total)


def _read_response(response: httpx2.Response) -> httpx2.Response:
    response.read()  # storage answers to a PUT are small; read so the caller can use them after close
    return response


async def _aread_response(response: httpx2.Response) -> httpx2.Response:
    await response.aread()
    return response


def upload_to_url(
    http: httpx2.Client,
    url: str | httpx2.URL,
    source: UploadSource,
    *,
    info: FileInfo | None = None,
    headers: Mapping[str, str] | None = None,
    on_progress: UploadProgress | None = None,
    timeout: Timeout = None,
    policy: RetryPolicy | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> httpx2.Response:
    """PUT `source` to a presigned storage URL, streamed, with `Content-Length` and `Content-Type` from `info`.

    Args:
        http: preferably `storage_client()`; whatever the client, the request carries none of its
            headers, cookies or auth.
        url: the presigned URL (absolute http or https).
        source: a path, bytes-like, or a seekable binary file (read from its current position).
        info: from `inspect_source` (computed here when None; pass it when the platform needed it first).
        headers: extra headers the storage requires; credential-like ones are dropped.
        on_progress: called with (bytes sent, total) as chunks go out; restarts from 0 on a retry.
        timeout: per-operation timeout (default: the client's).
        policy: retry rules (default `RetryPolicy()`); connection errors, 408, 429 and 5xx are
            retried, re-reading the source from its start.
        chunk_size: bytes read and sent at a time.

    Returns:
        The storage's (read) 2xx response.

    Raises:
        APIStatusError (and subclasses): the storage refused the upload (a redirect included).
        APIConnectionError / APITimeoutError: the upload could not be completed.
        ConfigurationError: an invalid argument, or a source that does not match `info`.
        OSError: a path that cannot be read.
    """
    target = storage_url(url)
    check_chunk_size(chunk_size)
    if info is None:
        info = inspect_source(source, chunk_size=chunk_size)
    upload = _Upload(target, info, headers, timeout, policy)
    reader = open_reader(source)

    def build() -> httpx2.Request:
        return upload.request(_upload_chunks(_UploadBody(reader, upload.info, chunk_size), on_progress))

    try:
        return exchange(http, upload.attempts, build, _read_response)
    finally:
        reader.close()


async def aupload_to_url(
    http: httpx2.AsyncClient,
    url: str | httpx2.URL,
    source: UploadSource,
    *,
    info: FileInfo | None = None,
    headers: Mapping[str, str] | None = None,
    on_progress: UploadProgress | None = None,
    timeout: Timeout = None,
    policy: RetryPolicy | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> httpx2.Response:
    """The async twin of `upload_to_url`; file reads (and hashing) run in a worker thread."""
    target = storage_url(url)
    check_chunk_size(chunk_size)
    if info is None:
        info = await ainspect_source(source, chunk_size=chunk_size)
    upload = _Upload(target, info, headers, timeout, policy)
    reader = await anyio.to_thread.run_sync(open_reader, source)
    bodies: list[AsyncGenerator[bytes, None]] = []

    def build() -> httpx2.Request:
        chunks = _aupload_chunks(_UploadBody(reader, upload.info, chunk_size), reader.blocking, on_progress)
        bodies.append(chunks)
        return upload.request(chunks)

    try:
        return await aexchange(http, upload.attempts, build, _aread_response)
    finally:
        for chunks in bodies:  # finalise bodies the transport stopped reading, now rather than at GC
            await chunks.aclose()
        reader.close()  # synchronous, so it happens even in a cancelled task; closing a file does not wait
