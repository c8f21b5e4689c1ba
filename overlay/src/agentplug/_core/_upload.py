"""Uploads to a presigned storage URL (PUT): streamed, and checked against the source's `FileInfo`.

Uploads read the source in chunks (a path, bytes or a seekable binary file), so memory stays flat
whatever the size; `Content-Length` comes from `inspect_source`, which hashes the source once
beforehand, because presigned PUTs refuse chunked transfer encoding. `UploadBody` reads and checks
one attempt's body (sans-I/O); `async_upload_to_url` (`_async/_upload.py`, and its generated twin
`upload_to_url`) only builds requests and hands them to `async_exchange`.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import replace
from typing import TypeAlias

import httpx2

from agentplug.errors import ConfigurationError

from ._retry import RetryPolicy
from ._storage import Timeout, storage_headers, storage_request
from ._transfer import Attempts, check_sha256
from ._upload_source import FileInfo, Reader

__all__ = ["Upload", "UploadBody", "UploadProgress"]

UploadProgress: TypeAlias = Callable[[int, int], None]  # (bytes sent, total bytes)


class Upload:
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

    def request(self, chunks: Iterator[bytes] | AsyncIterator[bytes]) -> httpx2.Request:
        return storage_request("PUT", self._url, self._headers, self._timeout, chunks)


class UploadBody:
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
