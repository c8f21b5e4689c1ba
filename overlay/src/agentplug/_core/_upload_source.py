"""Upload sources (a path, bytes or a seekable binary file): opening them for reading, and inspecting them.

`read_file_info` (behind `inspect_source` / `async_inspect_source`) streams a source once to find
its size, SHA-256 and MIME type, so the whole content is never held in memory; the readers let an
upload read it again from its start.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from contextlib import suppress
from dataclasses import dataclass
from typing import BinaryIO, TypeAlias

from agentplug.errors import ConfigurationError, SourceFileError

from ._transfer import CHUNK_SIZE, check_chunk_size

__all__ = [
    "FileInfo",
    "Reader",
    "UploadSource",
    "guess_content_type",
    "open_reader",
    "read_file_info",
]

_SNIFF_BYTES = 512  # how much of the start of a source the MIME sniffing looks at

UploadSource: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO


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


# ---------------------------------------------------------------------------------------------
# Sources: blocking reads from the start of a path, a buffer or a seekable binary file


class Reader:
    """An upload source opened for reading; `rewind` goes back to where it started."""

    filename: str | None = None
    blocking = False  # whether reads touch a file (the async shells then read in a worker thread)

    def rewind(self) -> None:
        raise NotImplementedError

    def read(self, size: int) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class _MemoryReader(Reader):
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


class _FileReader(Reader):
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


def open_reader(source: UploadSource) -> Reader:
    """Raises ConfigurationError for an unusable source, SourceFileError (an OSError too) for a path
    that cannot be opened."""
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        try:
            file = open(path, "rb")  # noqa: SIM115 - closed by _FileReader.close
        except ValueError:  # e.g. a NUL byte in the path
            raise ConfigurationError("Invalid upload path") from None
        except OSError as exc:  # named at the call site: which argument, which file, why
            shown = os.fsdecode(path)
            raise SourceFileError(
                f"file {shown!r} cannot be read: {exc.strerror or exc}; pass an existing file's path, bytes or a "
                "binary file object",
                argument="file",
                errno=exc.errno,
                filename=shown,
            ) from None
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


def read_file_info(
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
    check_chunk_size(chunk_size)
    reader = open_reader(source)
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
