# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Uploads to a presigned storage URL (PUT), and inspecting an upload source (async code reads files in a thread)."""

from __future__ import annotations

import functools
from collections.abc import Generator, Mapping

import httpx2

from .._concurrency import run_blocking
from .._retry import RetryPolicy
from .._storage import Timeout, storage_url
from .._transfer import CHUNK_SIZE, check_chunk_size
from .._upload import Upload, UploadBody, UploadProgress
from .._upload_source import FileInfo, UploadSource, open_reader, read_file_info
from ._transfer import exchange

__all__ = ["inspect_source", "upload_to_url"]


def inspect_source(
    source: UploadSource,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> FileInfo:
    """`read_file_info(source, ...)`: size, SHA-256 and MIME type, read in chunks; see there for
    what is read and raised. The async form reads and hashes in a worker thread."""
    inspect = functools.partial(
        read_file_info, source, filename=filename, content_type=content_type, chunk_size=chunk_size
    )
    return run_blocking(inspect)  # in async code, reading and hashing never block the event loop


def _upload_chunks(body: UploadBody, in_thread: bool, on_progress: UploadProgress | None) -> Generator[bytes, None]:
    while (chunk := run_blocking(body.next_chunk, in_thread=in_thread)) is not None:
        yield chunk
        if on_progress is not None:  # resumed: the transport has taken the chunk
            on_progress(body.sent, body.total)


def _read_response(response: httpx2.Response) -> httpx2.Response:
    response.read()  # storage answers to a PUT are small; read so the caller can use them after close
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
    upload = Upload(target, info, headers, timeout, policy)
    reader = run_blocking(functools.partial(open_reader, source))
    bodies: list[Generator[bytes, None]] = []

    def build() -> httpx2.Request:
        chunks = _upload_chunks(UploadBody(reader, upload.info, chunk_size), reader.blocking, on_progress)
        bodies.append(chunks)
        return upload.request(chunks)

    try:
        return exchange(http, upload.attempts, build, _read_response)
    finally:
        for chunks in bodies:  # finalise bodies the transport stopped reading, now rather than at GC
            chunks.close()
        reader.close()  # synchronous, so it happens even in a cancelled task; closing a file does not wait
