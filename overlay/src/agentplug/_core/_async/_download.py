"""Downloads from a presigned storage URL (GET): atomically to a path, or into memory; checked.

In async code, file work (writing, hashing, syncing) runs in a worker thread, one hop per batch of chunks.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping

import httpx2

from .._concurrency import async_run_blocking
from .._download import (
    Batches,
    DownloadCheck,
    DownloadPlan,
    DownloadProgress,
    DownloadResult,
    MemorySink,
    PartFile,
    Sink,
    target_path,
)
from .._retry import RetryPolicy
from .._storage import Timeout
from .._transfer import CHUNK_SIZE, check_chunk_size
from ._transfer import async_exchange

__all__ = ["async_download_to_bytes", "async_download_to_path"]


async def _receive(
    response: httpx2.Response, check: DownloadCheck, sink: Sink, chunk_size: int
) -> tuple[int, str | None]:
    check.begin(response)
    await async_run_blocking(sink.restart, in_thread=sink.blocking)
    batches = Batches(chunk_size)
    async for chunk in response.aiter_raw():  # raw: the stored bytes, in the transport's own chunks (no re-chunking)
        check.received(chunk)
        batch = batches.add(chunk)
        if batch is not None:
            await async_run_blocking(functools.partial(check.absorb, batch, sink), in_thread=sink.blocking)
    await async_run_blocking(functools.partial(check.absorb, batches.take(), sink), in_thread=sink.blocking)
    return check.finish()


async def async_download_to_path(
    http: httpx2.AsyncClient,
    url: str | httpx2.URL,
    path: str | os.PathLike[str],
    *,
    expected_sha256: str | None = None,
    expected_size: int | None = None,
    on_progress: DownloadProgress | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: Timeout = None,
    policy: RetryPolicy | None = None,
    chunk_size: int = CHUNK_SIZE,
    compute_sha256: bool = False,
    durable: bool = False,
) -> DownloadResult:
    """GET a storage URL into `path`, atomically: the file appears complete and checked, or not at all.

    The body is streamed to a temporary file in the same directory (hashed as it arrives when a
    checksum is expected or asked for), then renamed onto `path`. On any failure (including a
    size or checksum mismatch) the temporary file is removed and a file already at `path` is left
    untouched. The bytes are saved as the storage serves them (no decompression), so the hash is
    that of the stored object.

    Args:
        http: preferably `storage_client()`; the request carries none of the client's headers,
            cookies or auth.
        url: the presigned URL (absolute http or https).
        path: the file to write (its directory must exist).
        expected_sha256, expected_size: checked when given (a wrong Content-Length fails at once,
            an over-long body as soon as it exceeds the size).
        on_progress: called with (bytes received, Content-Length or None); restarts from 0 on a retry.
        headers: extra request headers; credential-like ones are dropped.
        timeout: per-operation timeout (default: the client's).
        policy: retry rules (default `RetryPolicy()`); a body broken midway is downloaded again.
        chunk_size: bytes received before they are hashed and written, as one batch (async code
            hands each batch to a worker thread); the memory held is about this much.
        compute_sha256: hash the content even when no `expected_sha256` is given (hashing costs
            about as much as the transfer itself on a fast link, so it is not done for nothing).
        durable: fsync the file and its directory before returning, so that the download survives
            a power loss; off by default, like any ordinary file write (atomicity does not need it).

    Raises:
        ResponseValidationError: the size or the checksum is not the expected one.
        APIStatusError (and subclasses): the storage refused (a redirect included).
        APIConnectionError / APITimeoutError: the download could not be completed.
        ConfigurationError: an invalid argument (`path` is a directory, a malformed checksum...).
        OSError: the file cannot be written.
    """
    check_chunk_size(chunk_size)
    download = DownloadPlan(
        url, expected_sha256, expected_size, on_progress, headers, timeout, policy, hashing=compute_sha256
    )
    part = await async_run_blocking(lambda: PartFile(target_path(path), durable=durable))
    try:
        size, sha256 = await async_exchange(
            http,
            download.attempts,
            download.request,
            lambda response: _receive(response, download.check, part, chunk_size),
        )
        await async_run_blocking(part.commit)
    except BaseException:  # KeyboardInterrupt included: never leave a .part file behind
        # Synchronous on purpose: it must run even while a task is being cancelled, and closing
        # and unlinking a file does not wait on the network.
        part.discard()
        raise
    return download.result(part, size, sha256)


async def async_download_to_bytes(
    http: httpx2.AsyncClient,
    url: str | httpx2.URL,
    *,
    expected_sha256: str | None = None,
    expected_size: int | None = None,
    on_progress: DownloadProgress | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: Timeout = None,
    policy: RetryPolicy | None = None,
) -> bytes:
    """GET a storage URL into memory, checked like `download_to_path` (hashed only when a checksum is given).

    Meant for small objects: the whole body is held in memory. Raises as `download_to_path` does.
    """
    download = DownloadPlan(url, expected_sha256, expected_size, on_progress, headers, timeout, policy, hashing=False)
    sink = MemorySink()
    await async_exchange(
        http,
        download.attempts,
        download.request,
        lambda response: _receive(response, download.check, sink, CHUNK_SIZE),
    )
    return b"".join(sink.chunks)
