"""Downloads from a presigned storage URL (GET): atomically to a path, or into memory; checked.

Downloads are written to a temporary file next to the target, hashed as they arrive, synced and
renamed onto the target only when complete and matching what was expected: a failure never leaves
a partial file behind, and a file already at the target stays as it was.

`DownloadCheck` counts, hashes and checks a download (sans-I/O); `PartFile` / `MemorySink` hold
what was received; `DownloadPlan` is the plan the four public shells share, and the shells only send,
read and move blocking file work to a worker thread.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeAlias

import httpx2

from agentplug.errors import ConfigurationError, ResponseValidationError

from ._logging import redact_url
from ._retry import RetryPolicy
from ._storage import Timeout, storage_headers, storage_request, storage_url
from ._transfer import Attempts, check_sha256

__all__ = [
    "Batches",
    "DownloadCheck",
    "DownloadPlan",
    "DownloadProgress",
    "DownloadResult",
    "MemorySink",
    "PartFile",
    "Sink",
    "target_path",
]

DownloadProgress: TypeAlias = Callable[[int, int | None], None]  # (bytes received, Content-Length or None)


@dataclass(frozen=True)
class DownloadResult:
    """A completed download: where it is, its length, its SHA-256 (hex; None when not computed: no
    checksum was expected nor asked for) and the storage's Content-Type."""

    path: Path
    size: int
    sha256: str | None
    content_type: str | None


class Sink(Protocol):
    blocking: bool

    def restart(self) -> None: ...

    def write(self, chunk: bytes) -> None: ...


class MemorySink:
    blocking = False

    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def restart(self) -> None:
        self.chunks.clear()

    def write(self, chunk: bytes) -> None:
        self.chunks.append(chunk)


class PartFile:
    """The temporary file a download goes to: renamed onto the target when complete, else removed.

    It sits in the target's directory (so the rename is atomic, never a copy across file systems)
    under a hidden, unique name. It is created like any new file (mode 0o666 less the umask), not
    with mkstemp's 0o600, so the downloaded file gets the permissions users expect.
    """

    blocking = True

    def __init__(self, target: Path, *, durable: bool = False) -> None:
        self.target = target
        self._durable = durable
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        stem = target.name[:100]  # stay well below NAME_MAX with the suffix
        while True:
            self.path = target.with_name(f".{stem}.{secrets.token_hex(4)}.part")
            try:
                fd = os.open(self.path, flags, 0o666)
            except FileExistsError:  # a name collision: draw another
                continue
            break
        self._file = os.fdopen(fd, "wb")
        self._committed = False
        self._written = 0
        self._written_back = 0  # where the last writeback started from

    def restart(self) -> None:
        if self._file.tell():
            self._file.seek(0)
            self._file.truncate()
        self._written = self._written_back = 0

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self._written += len(chunk)
        if self._durable and self._written - self._written_back >= _WRITEBACK_WINDOW:
            self._start_writeback()

    def _start_writeback(self) -> None:
        # Without this, the kernel writes the file back lazily and the final fsync waits for all of
        # it (here it doubled the duration of a 512 MiB download). On Linux, FADV_DONTNEED on
        # freshly written pages starts their writeback without waiting for it (pages still dirty or
        # under writeback are not dropped), so the disk works while the download goes on.
        if _fadvise is None:
            return
        self._file.flush()
        with suppress(OSError):
            _fadvise(self._file.fileno(), self._written_back, self._written - self._written_back, _DONTNEED)
        self._written_back = self._written

    def commit(self) -> None:
        """Atomically replace the target with the content (made durable first when asked)."""
        self._file.flush()
        if self._durable:
            os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self.path, self.target)
        self._committed = True
        if self._durable:
            _fsync_directory(self.target.parent)

    def discard(self) -> None:
        """Close and remove the temporary file (never raises: it runs while another error propagates)."""
        with suppress(OSError):
            self._file.close()
        if not self._committed:
            with suppress(OSError):
                os.unlink(self.path)


_WRITEBACK_WINDOW = 16 << 20
_fadvise = getattr(os, "posix_fadvise", None)  # not on macOS nor Windows
_DONTNEED: int = getattr(os, "POSIX_FADV_DONTNEED", 4)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) everywhere.
    with suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def target_path(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    if target.is_dir():
        raise ConfigurationError(f"The download path {target} is a directory: pass the path of the file to write")
    return target


def _content_length(response: httpx2.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def _download_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    merged = httpx2.Headers(storage_headers(headers))
    merged.setdefault("Accept-Encoding", "identity")  # the stored bytes, as uploaded and hashed
    return dict(merged.multi_items())


class DownloadCheck:
    """Counts, hashes and checks the bytes of a download, across attempts (each starts from zero).

    `received` is cheap (counting, the size limit, progress); `absorb` is the heavy part (hashing
    and writing), which the async shell runs in a worker thread.
    """

    def __init__(
        self,
        *,
        expected_size: int | None,
        expected_sha256: str | None,
        on_progress: DownloadProgress | None,
        hashing: bool,
    ) -> None:
        if expected_size is not None and expected_size < 0:
            raise ConfigurationError(f"Invalid expected_size={expected_size!r}: must be >= 0")
        self._expected_size = expected_size
        self._expected_sha256 = check_sha256(expected_sha256, "expected_sha256") if expected_sha256 else None
        self._on_progress = on_progress
        self._hashing = hashing or self._expected_sha256 is not None
        self._response: httpx2.Response | None = None
        self._sha = hashlib.sha256()
        self._total: int | None = None
        self.size = 0

    def begin(self, response: httpx2.Response) -> None:
        """A new attempt got a 2xx response: start counting again."""
        self._response = response
        self._sha = hashlib.sha256()
        self.size = 0
        self._total = _content_length(response)
        if self._expected_size is not None and self._total is not None and self._total != self._expected_size:
            raise self._invalid(f"The storage announced {self._total} bytes, expected {self._expected_size}")

    def received(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self._expected_size is not None and self.size > self._expected_size:
            raise self._invalid(f"The storage sent more than the {self._expected_size} bytes expected")
        if self._on_progress is not None:
            self._on_progress(self.size, self._total)

    def absorb(self, chunks: Iterable[bytes], sink: Sink) -> None:
        """Hash `chunks` and hand them to `sink` (blocking when the sink is a file)."""
        update, write = self._sha.update, sink.write
        for chunk in chunks:
            if self._hashing:
                update(chunk)
            write(chunk)

    def finish(self) -> tuple[int, str | None]:
        """(size, sha256 hex or None when not hashing) once the body has ended; raises on a mismatch."""
        if self._expected_size is not None and self.size != self._expected_size:
            raise self._invalid(f"The storage sent {self.size} bytes, expected {self._expected_size}")
        sha256 = self._sha.hexdigest() if self._hashing else None
        if self._expected_sha256 is not None and sha256 != self._expected_sha256:
            raise self._invalid(f"The download's sha256 is {sha256}, expected {self._expected_sha256}")
        return self.size, sha256

    def content_type(self) -> str | None:
        return None if self._response is None else self._response.headers.get("content-type")

    def _invalid(self, message: str) -> ResponseValidationError:
        assert self._response is not None
        request = self._response.request
        url = redact_url(request.url)
        return ResponseValidationError(
            f"{message} ({request.method} {url})",
            status_code=self._response.status_code,
            method=request.method,
            url=url,
        )


class Batches:
    """Groups received chunks into batches of about `size` bytes: one hand-over per batch, not per chunk."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._chunks: list[bytes] = []
        self._pending = 0

    def add(self, chunk: bytes) -> list[bytes] | None:
        """A full batch to hand over, or None while the current one fills up."""
        self._chunks.append(chunk)
        self._pending += len(chunk)
        return self.take() if self._pending >= self._size else None

    def take(self) -> list[bytes]:
        chunks, self._chunks, self._pending = self._chunks, [], 0
        return chunks


class DownloadPlan:
    """What every download shell sets up alike: the checked URL, the checks, the retries, the request."""

    def __init__(  # positional: the public functions' arguments, passed on in their order
        self,
        url: str | httpx2.URL,
        expected_sha256: str | None,
        expected_size: int | None,
        on_progress: DownloadProgress | None,
        headers: Mapping[str, str] | None,
        timeout: Timeout,
        policy: RetryPolicy | None,
        *,
        hashing: bool,
    ) -> None:
        self._url = storage_url(url)
        self.check = DownloadCheck(
            expected_size=expected_size, expected_sha256=expected_sha256, on_progress=on_progress, hashing=hashing
        )
        self._headers = _download_headers(headers)
        self._timeout = timeout
        self.attempts = Attempts(policy, timeout)

    def request(self) -> httpx2.Request:
        return storage_request("GET", self._url, self._headers, self._timeout)

    def result(self, part: PartFile, size: int, sha256: str | None) -> DownloadResult:
        return DownloadResult(path=part.target, size=size, sha256=sha256, content_type=self.check.content_type())
