"""File transfer to and from storage URLs (presigned PUT / GET): streamed, checked, credential-free.

Uploads read the source in chunks (a path, bytes or a seekable binary file), so memory stays flat
whatever the size; `Content-Length` comes from `inspect_source`, which hashes the source once
beforehand, because presigned PUTs refuse chunked transfer encoding. Downloads are written to a
temporary file next to the target, hashed as they arrive, synced and renamed onto the target only
when complete and matching what was expected: a failure never leaves a partial file behind, and a
file already at the target stays as it was.

Storage requests carry nothing of the platform's: they are built here (never with
`Client.build_request`, which would merge the client's headers and cookies), sent with `auth=None`
and without following redirects, and any credential-like header the caller passes is dropped.
`storage_client()` / `async_storage_client()` build the bare client meant for them (a platform
client also works, but its event hooks and transport still see the request).

Shape of the code: the decisions live in small sans-I/O pieces (`_UploadBody` reads and checks an
upload, `_DownloadCheck` counts, hashes and checks a download, `_Attempts` decides retries,
`_PartFile` / `_MemorySink` hold what was received); the sync and async shells (`_exchange` /
`_aexchange` and the public functions) only send, read, sleep and move blocking file work to a
worker thread.

Retries happen here, not in the transport: a streamed body cannot be replayed by the transport,
but the source can be re-read from its start, and a download broken mid-body can be restarted.
Every attempt starts from zero, so a progress callback may see the count go back to 0.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import mimetypes
import os
import secrets
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Protocol, TypeAlias, TypeVar

import anyio
import anyio.to_thread
import httpx

from agentplug.errors import ConfigurationError, ResponseValidationError

from ._errors import aread_error_content, connection_error, status_error
from ._logging import is_secret_header, redact_url
from ._logging import logger as _root_logger
from ._options import DEFAULT_TIMEOUT, RequestOptions, current_options, timeout_extension, use_options
from ._retry import RetryDecision, RetryPolicy
from ._transport import AsyncRetryTransport, RetryTransport
from ._useragent import user_agent

__all__ = [
    "CHUNK_SIZE",
    "DownloadProgress",
    "DownloadResult",
    "FileInfo",
    "UploadProgress",
    "UploadSource",
    "adownload_to_bytes",
    "adownload_to_path",
    "ainspect_source",
    "async_storage_client",
    "aupload_to_url",
    "download_to_bytes",
    "download_to_path",
    "guess_content_type",
    "inspect_source",
    "storage_client",
    "storage_headers",
    "upload_to_url",
]

T = TypeVar("T")

CHUNK_SIZE = 1 << 20  # 1 MiB: few syscalls and thread hops, little memory
_PLATFORM = "storage"  # the `platform` of error messages, the api of the User-Agent and logger
_SNIFF_BYTES = 512  # how much of the start of a source the MIME sniffing looks at
_log = _root_logger.getChild(_PLATFORM)

UploadSource: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO
UploadProgress: TypeAlias = Callable[[int, int], None]  # (bytes sent, total bytes)
DownloadProgress: TypeAlias = Callable[[int, int | None], None]  # (bytes received, Content-Length or None)
Timeout: TypeAlias = httpx.Timeout | float | None


@dataclass(frozen=True)
class FileInfo:
    """What a storage upload needs to know beforehand (and what platforms register).

    Attributes:
        size: the length in bytes.
        sha256: the SHA-256 of the content, lowercase hex.
        content_type: the MIME type (from the name, else sniffed, else application/octet-stream).
        filename: the base name, when the source has one.
    """

    size: int
    sha256: str
    content_type: str
    filename: str | None = None


@dataclass(frozen=True)
class DownloadResult:
    """A completed download: where it is, its length, its SHA-256 (hex; None when not computed: no
    checksum was expected nor asked for) and the storage's Content-Type."""

    path: Path
    size: int
    sha256: str | None
    content_type: str | None


# ---------------------------------------------------------------------------------------------
# Sources: blocking reads from the start of a path, a buffer or a seekable binary file


class _Reader:
    """An upload source opened for reading; `rewind` goes back to where it started."""

    filename: str | None = None
    blocking = False  # whether reads touch a file (the async shells then read in a worker thread)

    def rewind(self) -> None:
        raise NotImplementedError

    def read(self, size: int) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _MemoryReader(_Reader):
    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        try:
            self._view = memoryview(data).cast("B")  # any contiguous buffer, read as bytes
        except (TypeError, ValueError):  # not contiguous, or an already released view
            raise ConfigurationError("An upload buffer must be contiguous (e.g. bytes or a bytearray)") from None
        self._offset = 0

    def rewind(self) -> None:
        self._offset = 0

    def read(self, size: int) -> bytes:
        chunk = bytes(self._view[self._offset : self._offset + size])
        self._offset += len(chunk)
        return chunk

    def close(self) -> None:
        with suppress(BufferError):
            self._view.release()  # a bytearray source can be resized again


class _FileReader(_Reader):
    blocking = True

    def __init__(self, file: BinaryIO, *, owned: bool, filename: str | None) -> None:
        self._file, self._owned, self.filename = file, owned, filename
        try:
            seekable = file.seekable()
            self._start = file.tell() if seekable else 0
        except (OSError, ValueError, AttributeError) as exc:  # closed, or not a real file object
            raise ConfigurationError(f"The upload file object cannot be read ({type(exc).__name__})") from None
        if not seekable:
            # The source is read twice (hash, then send) and again on each retry.
            raise ConfigurationError(
                "An upload file object must be seekable; pass a path or bytes, or spool the stream to a "
                "temporary file first"
            )

    def rewind(self) -> None:
        self._file.seek(self._start)

    def read(self, size: int) -> bytes:
        try:
            chunk = self._file.read(size)
        except ValueError as exc:  # e.g. "I/O operation on closed file"
            raise ConfigurationError(f"The upload file object cannot be read: {exc}") from None
        if isinstance(chunk, bytes):
            return chunk
        if isinstance(chunk, (bytearray, memoryview)):
            return bytes(chunk)
        raise ConfigurationError(
            f"The upload file object's read() returned {type(chunk).__name__}, not bytes: open it in binary mode ('rb')"
        )

    def close(self) -> None:
        if self._owned:
            self._file.close()
        else:  # leave a caller's file where it was
            with suppress(OSError, ValueError):
                self._file.seek(self._start)


def _open_reader(source: UploadSource) -> _Reader:
    """Raises ConfigurationError for an unusable source, OSError when a path cannot be opened."""
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        try:
            file = open(path, "rb")  # noqa: SIM115 - closed by _FileReader.close
        except ValueError:  # e.g. a NUL byte in the path
            raise ConfigurationError("Invalid upload path") from None
        return _FileReader(file, owned=True, filename=os.path.basename(os.fsdecode(path)) or None)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _MemoryReader(source)
    if callable(getattr(source, "read", None)):
        name = getattr(source, "name", None)
        filename = os.path.basename(name) if isinstance(name, str) and not name.startswith("<") else None
        return _FileReader(source, owned=False, filename=filename or None)
    raise ConfigurationError(
        f"Unsupported upload source {type(source).__name__}: pass a path, bytes or a binary file object"
    )


# ---------------------------------------------------------------------------------------------
# Inspecting a source: size, sha256 and MIME type, streamed


# Magic numbers of common formats, for sources whose name says nothing.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"PK\x05\x06", "application/zip"),  # an empty archive
    (b"\x1f\x8b", "application/gzip"),
    (b"PAR1", "application/vnd.apache.parquet"),
)


def _looks_like_text(head: bytes) -> bool:
    """UTF-8 without NULs or control characters (a multi-byte character cut by the sample is fine)."""
    if not head or b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason != "unexpected end of data":
            return False
        text = head[: exc.start].decode("utf-8")
    return all(char.isprintable() or char in "\t\n\r\f" for char in text.removeprefix("\ufeff"))


def guess_content_type(filename: str | None, head: bytes) -> str:
    """The MIME type from the file name, else from the first bytes, else application/octet-stream."""
    if filename:
        guessed, encoding = mimetypes.guess_type(filename, strict=False)
        if guessed and encoding is None:  # "x.csv.gz" is gzip bytes, not CSV: sniff it instead
            return guessed
    for magic, content_type in _MAGIC:
        if head.startswith(magic):
            return content_type
    return "text/plain" if _looks_like_text(head) else "application/octet-stream"


def _check_chunk_size(chunk_size: int) -> None:
    if chunk_size <= 0:
        raise ConfigurationError(f"Invalid chunk_size={chunk_size!r}: must be > 0")


def inspect_source(
    source: UploadSource,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> FileInfo:
    """Size, SHA-256 and MIME type of `source`, read in chunks (the whole content is never held).

    A file object is read from its current position, which is restored afterwards. `filename` and
    `content_type` override what is found (the name of a path or a file object, the guessed type).

    Raises:
        ConfigurationError: an unsupported source, a file object that is not seekable or not binary.
        OSError: a path that cannot be read.
    """
    _check_chunk_size(chunk_size)
    reader = _open_reader(source)
    sha, size, head = hashlib.sha256(), 0, b""
    try:
        while chunk := reader.read(chunk_size):
            if len(head) < _SNIFF_BYTES:
                head += chunk[: _SNIFF_BYTES - len(head)]
            sha.update(chunk)
            size += len(chunk)
    finally:
        reader.close()
    name = filename if filename is not None else reader.filename
    return FileInfo(
        size=size,
        sha256=sha.hexdigest(),
        content_type=content_type or guess_content_type(name, head),
        filename=name,
    )


async def ainspect_source(
    source: UploadSource,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> FileInfo:
    """`inspect_source` in a worker thread, so reading and hashing never block the event loop."""
    inspect = functools.partial(
        inspect_source, source, filename=filename, content_type=content_type, chunk_size=chunk_size
    )
    return await anyio.to_thread.run_sync(inspect)


def _check_sha256(value: str, name: str) -> str:
    normalised = value.strip().lower()
    if len(normalised) != 64 or any(char not in "0123456789abcdef" for char in normalised):
        raise ConfigurationError(f"Invalid {name}: a SHA-256 is 64 hexadecimal characters")
    return normalised


def _check_info(info: FileInfo) -> FileInfo:
    if info.size < 0:
        raise ConfigurationError(f"Invalid FileInfo.size={info.size!r}: must be >= 0")
    return replace(info, sha256=_check_sha256(info.sha256, "FileInfo.sha256"))


# ---------------------------------------------------------------------------------------------
# Storage requests: no credentials, no platform headers


_DROPPED_HEADERS = frozenset({"host", "content-length", "transfer-encoding"})  # set from the URL and the body


def storage_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """`headers` without anything that could carry a credential or misframe the request.

    Drops Authorization, Proxy-Authorization, X-Api-Key, cookies and any name containing token,
    secret, api-key, password, signature or credential (the same rule as log redaction), and
    Host / Content-Length / Transfer-Encoding, which the URL and the body determine.
    """
    if not headers:
        return {}
    return {
        name: value
        for name, value in headers.items()
        if not is_secret_header(name) and name.lower() not in _DROPPED_HEADERS
    }


def _storage_url(url: str | httpx.URL) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ConfigurationError(f"Invalid storage URL {redact_url(str(url))}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"A storage URL must be an absolute http(s) URL, got {redact_url(parsed)}")
    return parsed


def _request(
    method: str,
    url: httpx.URL,
    headers: Mapping[str, str],
    timeout: Timeout,
    content: Iterator[bytes] | AsyncIterator[bytes] | None = None,
) -> httpx.Request:
    # Built here rather than with Client.build_request, which would add the client's headers and cookies.
    extensions = {"timeout": timeout_extension(timeout)} if timeout is not None else {}
    return httpx.Request(method, url, headers=headers, content=content, extensions=extensions)


def _upload_headers(info: FileInfo, headers: Mapping[str, str] | None) -> dict[str, str]:
    merged = httpx.Headers(storage_headers(headers))
    merged.setdefault("Content-Type", info.content_type)
    # Declared, so httpx does not fall back to chunked transfer encoding (presigned PUTs refuse it).
    merged["Content-Length"] = str(info.size)
    return dict(merged.multi_items())


def _download_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    merged = httpx.Headers(storage_headers(headers))
    merged.setdefault("Accept-Encoding", "identity")  # the stored bytes, as uploaded and hashed
    return dict(merged.multi_items())


# ---------------------------------------------------------------------------------------------
# Retries: the decisions (sans-I/O), then the one loop each for sync and async


class _Attempts:
    """Retry bookkeeping for one transfer; the rules are `RetryPolicy`'s, with per-call options applied."""

    def __init__(self, policy: RetryPolicy | None, timeout: Timeout) -> None:
        options = current_options()
        policy = policy if policy is not None else RetryPolicy()
        self._policy = policy if options.retries is None else replace(policy, max_retries=options.retries)
        self._idempotent = options.idempotent is not False  # PUT and GET are; use_options may say otherwise
        self._timeout = timeout
        self._retries = 0

    def sending(self) -> AbstractContextManager[RequestOptions]:
        # This loop owns retries (it can re-read the source, restart a download): the client's
        # RetryTransport must not multiply them. An explicit timeout beats an enclosing use_options.
        return use_options(retries=0, timeout=self._timeout)

    def after_error(self, error: httpx.TransportError, request: httpx.Request) -> float:
        """The delay before retrying after `error`; raises its APIConnectionError when not retrying."""
        decision = self._policy.decide(self._retries, idempotent=self._idempotent, error=error)
        if decision.delay is None:
            raise connection_error(error, request) from error
        return self._retry(decision, request)

    def after_status(self, response: httpx.Response) -> float | None:
        """The delay before retrying after an error status, or None to raise it."""
        decision = self._policy.decide(
            self._retries, idempotent=self._idempotent, status=response.status_code, headers=response.headers
        )
        return None if decision.delay is None else self._retry(decision, response.request)

    def _retry(self, decision: RetryDecision, request: httpx.Request) -> float:
        assert decision.delay is not None
        self._retries += 1
        if _log.isEnabledFor(logging.INFO):
            _log.info(
                "Retrying %s %s in %.2f s (retry %d of %d): %s",
                request.method,
                redact_url(request.url),
                decision.delay,
                self._retries,
                self._policy.max_retries,
                decision.reason,
            )
        return decision.delay


def _exchange(
    http: httpx.Client,
    attempts: _Attempts,
    build: Callable[[], httpx.Request],
    consume: Callable[[httpx.Response], T],
) -> T:
    """Send `build()` until a 2xx response is consumed, retrying what `attempts` allows.

    A redirect is an error (`follow_redirects=False`): the new location could be any host.
    """
    while True:
        request = build()
        try:
            with attempts.sending():
                response = http.send(request, stream=True, auth=None, follow_redirects=False)
        except httpx.TransportError as error:
            delay = attempts.after_error(error, request)
        else:
            try:
                if response.is_success:
                    return consume(response)
                delay_or_none = attempts.after_status(response)
                if delay_or_none is None:
                    raise status_error(response, platform=_PLATFORM)
                delay = delay_or_none
            except httpx.TransportError as error:  # the body broke while being read
                delay = attempts.after_error(error, request)
            finally:
                with suppress(httpx.TransportError):  # closing a broken connection must not mask the outcome
                    response.close()
        time.sleep(delay)


async def _aexchange(
    http: httpx.AsyncClient,
    attempts: _Attempts,
    build: Callable[[], httpx.Request],
    consume: Callable[[httpx.Response], Awaitable[T]],
) -> T:
    """The async twin of `_exchange`."""
    while True:
        request = build()
        try:
            with attempts.sending():
                response = await http.send(request, stream=True, auth=None, follow_redirects=False)
        except httpx.TransportError as error:
            delay = attempts.after_error(error, request)
        else:
            try:
                if response.is_success:
                    return await consume(response)
                delay_or_none = attempts.after_status(response)
                if delay_or_none is None:
                    content = await aread_error_content(response)
                    raise status_error(response, platform=_PLATFORM, content=content)
                delay = delay_or_none
            except httpx.TransportError as error:
                delay = attempts.after_error(error, request)
            finally:
                with suppress(httpx.TransportError):
                    await response.aclose()
        await anyio.sleep(delay)


async def _maybe_in_thread(in_thread: bool, func: Callable[[], T]) -> T:
    """`func()` in a worker thread when it does file I/O, else right here (no thread hop for memory)."""
    return await anyio.to_thread.run_sync(func) if in_thread else func()


# ---------------------------------------------------------------------------------------------
# Upload


class _UploadBody:
    """One attempt's body: `info.size` bytes from the start of the source, hashed as they are read.

    The last chunk is handed over only if the source matches `info` (same length, same SHA-256),
    so a storage never receives a complete body that differs from what the platform registered.
    """

    def __init__(self, reader: _Reader, info: FileInfo, chunk_size: int) -> None:
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
    while (chunk := await _maybe_in_thread(in_thread, body.next_chunk)) is not None:
        yield chunk
        if on_progress is not None:
            on_progress(body.sent, body.total)


def _read_response(response: httpx.Response) -> httpx.Response:
    response.read()  # storage answers to a PUT are small; read so the caller can use them after close
    return response


async def _aread_response(response: httpx.Response) -> httpx.Response:
    await response.aread()
    return response


def upload_to_url(
    http: httpx.Client,
    url: str | httpx.URL,
    source: UploadSource,
    *,
    info: FileInfo | None = None,
    headers: Mapping[str, str] | None = None,
    on_progress: UploadProgress | None = None,
    timeout: Timeout = None,
    policy: RetryPolicy | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> httpx.Response:
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
    target = _storage_url(url)
    _check_chunk_size(chunk_size)
    info = _check_info(info if info is not None else inspect_source(source, chunk_size=chunk_size))
    request_headers = _upload_headers(info, headers)
    attempts = _Attempts(policy, timeout)
    reader = _open_reader(source)

    def build() -> httpx.Request:
        chunks = _upload_chunks(_UploadBody(reader, info, chunk_size), on_progress)
        return _request("PUT", target, request_headers, timeout, chunks)

    try:
        return _exchange(http, attempts, build, _read_response)
    finally:
        reader.close()


async def aupload_to_url(
    http: httpx.AsyncClient,
    url: str | httpx.URL,
    source: UploadSource,
    *,
    info: FileInfo | None = None,
    headers: Mapping[str, str] | None = None,
    on_progress: UploadProgress | None = None,
    timeout: Timeout = None,
    policy: RetryPolicy | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> httpx.Response:
    """The async twin of `upload_to_url`; file reads (and hashing) run in a worker thread."""
    target = _storage_url(url)
    _check_chunk_size(chunk_size)
    if info is None:
        info = await ainspect_source(source, chunk_size=chunk_size)
    info = _check_info(info)
    request_headers = _upload_headers(info, headers)
    attempts = _Attempts(policy, timeout)
    reader = await anyio.to_thread.run_sync(_open_reader, source)
    bodies: list[AsyncGenerator[bytes, None]] = []

    def build() -> httpx.Request:
        chunks = _aupload_chunks(_UploadBody(reader, info, chunk_size), reader.blocking, on_progress)
        bodies.append(chunks)
        return _request("PUT", target, request_headers, timeout, chunks)

    try:
        return await _aexchange(http, attempts, build, _aread_response)
    finally:
        for chunks in bodies:  # finalise bodies the transport stopped reading, now rather than at GC
            await chunks.aclose()
        reader.close()  # synchronous, so it happens even in a cancelled task; closing a file does not wait


# ---------------------------------------------------------------------------------------------
# Download


class _Sink(Protocol):
    blocking: bool

    def restart(self) -> None: ...

    def write(self, chunk: bytes) -> None: ...


class _MemorySink:
    blocking = False

    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def restart(self) -> None:
        self.chunks.clear()

    def write(self, chunk: bytes) -> None:
        self.chunks.append(chunk)


class _PartFile:
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


def _target_path(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    if target.is_dir():
        raise ConfigurationError(f"The download path {target} is a directory: pass the path of the file to write")
    return target


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


class _DownloadCheck:
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
        self._expected_sha256 = _check_sha256(expected_sha256, "expected_sha256") if expected_sha256 else None
        self._on_progress = on_progress
        self._hashing = hashing or self._expected_sha256 is not None
        self._response: httpx.Response | None = None
        self._sha = hashlib.sha256()
        self._total: int | None = None
        self.size = 0

    def begin(self, response: httpx.Response) -> None:
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

    def absorb(self, chunks: Iterable[bytes], sink: _Sink) -> None:
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


class _Batches:
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


def _receive(response: httpx.Response, check: _DownloadCheck, sink: _Sink, chunk_size: int) -> tuple[int, str | None]:
    check.begin(response)
    sink.restart()
    batches = _Batches(chunk_size)
    for chunk in response.iter_raw():  # raw: the stored bytes, in the transport's own chunks (no re-chunking)
        check.received(chunk)
        batch = batches.add(chunk)
        if batch is not None:
            check.absorb(batch, sink)
    check.absorb(batches.take(), sink)
    return check.finish()


async def _areceive(
    response: httpx.Response, check: _DownloadCheck, sink: _Sink, chunk_size: int
) -> tuple[int, str | None]:
    # File writes (and the hashing with them) run in a worker thread, one hop per batch.
    check.begin(response)
    await _maybe_in_thread(sink.blocking, sink.restart)
    batches = _Batches(chunk_size)
    async for chunk in response.aiter_raw():
        check.received(chunk)
        batch = batches.add(chunk)
        if batch is not None:
            await _maybe_in_thread(sink.blocking, functools.partial(check.absorb, batch, sink))
    await _maybe_in_thread(sink.blocking, functools.partial(check.absorb, batches.take(), sink))
    return check.finish()


class _Download:
    """What every download shell sets up alike: the checked URL, the checks, the retries, the request."""

    def __init__(  # positional: the public functions' arguments, passed on in their order
        self,
        url: str | httpx.URL,
        expected_sha256: str | None,
        expected_size: int | None,
        on_progress: DownloadProgress | None,
        headers: Mapping[str, str] | None,
        timeout: Timeout,
        policy: RetryPolicy | None,
        *,
        hashing: bool,
    ) -> None:
        self._url = _storage_url(url)
        self.check = _DownloadCheck(
            expected_size=expected_size, expected_sha256=expected_sha256, on_progress=on_progress, hashing=hashing
        )
        self._headers = _download_headers(headers)
        self._timeout = timeout
        self.attempts = _Attempts(policy, timeout)

    def request(self) -> httpx.Request:
        return _request("GET", self._url, self._headers, self._timeout)

    def result(self, part: _PartFile, size: int, sha256: str | None) -> DownloadResult:
        return DownloadResult(path=part.target, size=size, sha256=sha256, content_type=self.check.content_type())


def download_to_path(
    http: httpx.Client,
    url: str | httpx.URL,
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
        chunk_size: bytes received before they are hashed and written, as one batch (the async
            twin hands each batch to a worker thread); the memory held is about this much.
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
    _check_chunk_size(chunk_size)
    download = _Download(
        url, expected_sha256, expected_size, on_progress, headers, timeout, policy, hashing=compute_sha256
    )
    part = _PartFile(_target_path(path), durable=durable)
    try:
        size, sha256 = _exchange(
            http,
            download.attempts,
            download.request,
            lambda response: _receive(response, download.check, part, chunk_size),
        )
        part.commit()
    except BaseException:  # KeyboardInterrupt included: never leave a .part file behind
        part.discard()
        raise
    return download.result(part, size, sha256)


async def adownload_to_path(
    http: httpx.AsyncClient,
    url: str | httpx.URL,
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
    """The async twin of `download_to_path`; file work (writing, hashing, syncing) runs in a worker thread."""
    _check_chunk_size(chunk_size)
    download = _Download(
        url, expected_sha256, expected_size, on_progress, headers, timeout, policy, hashing=compute_sha256
    )
    part = await anyio.to_thread.run_sync(lambda: _PartFile(_target_path(path), durable=durable))
    try:
        size, sha256 = await _aexchange(
            http,
            download.attempts,
            download.request,
            lambda response: _areceive(response, download.check, part, chunk_size),
        )
        await anyio.to_thread.run_sync(part.commit)
    except BaseException:
        # Synchronous on purpose: it must run even while the task is being cancelled, and closing
        # and unlinking a file does not wait on the network.
        part.discard()
        raise
    return download.result(part, size, sha256)


def download_to_bytes(
    http: httpx.Client,
    url: str | httpx.URL,
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
    download = _Download(url, expected_sha256, expected_size, on_progress, headers, timeout, policy, hashing=False)
    sink = _MemorySink()
    _exchange(
        http, download.attempts, download.request, lambda response: _receive(response, download.check, sink, CHUNK_SIZE)
    )
    return b"".join(sink.chunks)


async def adownload_to_bytes(
    http: httpx.AsyncClient,
    url: str | httpx.URL,
    *,
    expected_sha256: str | None = None,
    expected_size: int | None = None,
    on_progress: DownloadProgress | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: Timeout = None,
    policy: RetryPolicy | None = None,
) -> bytes:
    """The async twin of `download_to_bytes`."""
    download = _Download(url, expected_sha256, expected_size, on_progress, headers, timeout, policy, hashing=False)
    sink = _MemorySink()
    await _aexchange(
        http,
        download.attempts,
        download.request,
        lambda response: _areceive(response, download.check, sink, CHUNK_SIZE),
    )
    return b"".join(sink.chunks)


# ---------------------------------------------------------------------------------------------
# Clients for storage URLs


def storage_client(
    *,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    policy: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
) -> httpx.Client:
    """A bare client for presigned storage URLs: no credentials, no base URL, no cookies, no redirects.

    Requests go through `RetryTransport` (api "storage": its User-Agent and `agentplug.storage`
    logger). The transfer functions above run their own retries and switch the transport's off.
    """
    return httpx.Client(
        transport=RetryTransport(transport, api=_PLATFORM, policy=policy),
        timeout=timeout,
        follow_redirects=False,  # a redirect could point anywhere
        headers={"User-Agent": user_agent(_PLATFORM)},
    )


def async_storage_client(
    *,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    policy: RetryPolicy | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The async twin of `storage_client`."""
    return httpx.AsyncClient(
        transport=AsyncRetryTransport(transport, api=_PLATFORM, policy=policy),
        timeout=timeout,
        follow_redirects=False,
        headers={"User-Agent": user_agent(_PLATFORM)},
    )
