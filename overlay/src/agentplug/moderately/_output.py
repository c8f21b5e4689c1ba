"""Pipeline execution outputs (sans-I/O): where the output is, and decoding a stored one.

`GET /pipeline-executions/{id}/output` answers either the output itself (`type: inline`) or a
presigned URL to it (`type: s3`) with its compression and file type. `read_output_location`
turns the answer into an `InlineOutput` or a `StoredOutput`; after the bytes are fetched,
`decode_stored_output` decompresses (bounded, so a compression bomb cannot exhaust memory) and
decodes them by file type: JSON to Python values, CSV to a list of row dicts, anything else as
bytes.
"""

from __future__ import annotations

import csv
import gzip
import importlib
import io
import json
import zlib
from dataclasses import dataclass
from typing import Any

from agentplug.errors import ResponseValidationError

__all__ = [
    "DEFAULT_MAX_OUTPUT_BYTES",
    "InlineOutput",
    "StoredOutput",
    "decode_stored_output",
    "decompress",
    "read_output_location",
]

DEFAULT_MAX_OUTPUT_BYTES = 1 << 30  # decoded outputs are held in memory: refuse anything bigger
_CHUNK = 1 << 20


@dataclass(frozen=True)
class InlineOutput:
    """An output sent in the answer itself."""

    data: Any
    summary: str | None = None


@dataclass(frozen=True)
class StoredOutput:
    """An output kept in storage, behind a presigned URL (None when the server gave none)."""

    download_url: str | None
    compression: str | None
    file_type: str
    size: int | None = None
    summary: str | None = None


def _invalid(message: str, body: object) -> ResponseValidationError:
    return ResponseValidationError(f"Invalid pipeline output: {message}", body=body)


def read_output_location(body: object) -> InlineOutput | StoredOutput:
    """The output answer of the API, checked; raises ResponseValidationError for an unknown shape."""
    if not isinstance(body, dict):
        raise _invalid("expected a JSON object", None)
    kind = body.get("type")
    if kind == "inline":
        summary = body.get("summary")
        return InlineOutput(data=body.get("data", {}), summary=summary if isinstance(summary, str) else None)
    if kind == "s3":
        url = body.get("downloadUrl")
        metadata = body.get("metadata") or {}
        if not isinstance(metadata, dict) or (url is not None and not isinstance(url, str)):
            raise _invalid("malformed s3 location", None)
        compression = metadata.get("compressionType")
        file_type = metadata.get("fileType") or "json"
        size = metadata.get("fileSizeBytes")
        summary = metadata.get("outputSummary")
        return StoredOutput(
            download_url=url,
            compression=compression if isinstance(compression, str) else None,
            file_type=file_type if isinstance(file_type, str) else "json",
            size=size if isinstance(size, int) and not isinstance(size, bool) else None,
            summary=summary if isinstance(summary, str) else None,
        )
    raise _invalid(f"unknown output type {kind!r}", None)


def _bounded(decompressor: Any, data: bytes, limit: int, name: str) -> bytes:
    """Run a zlib-style decompressor (with `max_length` / `unconsumed_tail`) without exceeding `limit`."""
    out = io.BytesIO()
    pending = data
    while True:
        piece = decompressor.decompress(pending, _CHUNK)
        out.write(piece)
        if out.tell() > limit:
            raise _invalid(f"the {name} output decompresses to more than {limit} bytes", None)
        pending = decompressor.unconsumed_tail
        if decompressor.eof:
            return out.getvalue()
        if not piece and not pending:
            raise _invalid(f"the {name} data is truncated", None)


def _optional_module(name: str, package: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        raise _invalid(
            f"{package}-compressed outputs need the '{package}' package (pip install {package})", None
        ) from None


def decompress(content: bytes, compression: str | None, *, max_size: int = DEFAULT_MAX_OUTPUT_BYTES) -> bytes:
    """`content` decompressed per the output's `compressionType` (none, gzip, brotli, lz4)."""
    kind = (compression or "none").lower()
    try:
        if kind == "none":
            return content
        if kind == "gzip":
            # wbits 16 + MAX_WBITS: the gzip container; multi-member files are rare for outputs.
            return _bounded(zlib.decompressobj(16 + zlib.MAX_WBITS), content, max_size, "gzip")
        if kind == "brotli":
            brotli = _optional_module("brotli", "brotli")
            data: bytes = brotli.decompress(content)
        elif kind == "lz4":
            lz4_frame = _optional_module("lz4.frame", "lz4")
            data = lz4_frame.decompress(content)
        else:
            raise _invalid(f"unknown compression {compression!r}", None)
    except (zlib.error, gzip.BadGzipFile, OSError, EOFError, ValueError) as exc:
        if isinstance(exc, ResponseValidationError):
            raise
        raise _invalid(f"the {kind} data is corrupt ({type(exc).__name__})", None) from None
    if len(data) > max_size:
        raise _invalid(f"the {kind} output decompresses to more than {max_size} bytes", None)
    return data


def decode_stored_output(
    content: bytes, compression: str | None, file_type: str, *, max_size: int = DEFAULT_MAX_OUTPUT_BYTES
) -> Any:
    """A stored output's bytes as Python values: JSON decoded, CSV as row dicts, other types as bytes."""
    data = decompress(content, compression, max_size=max_size)
    kind = file_type.lower()
    if kind == "json":
        try:
            return json.loads(data)
        except (ValueError, RecursionError):
            raise _invalid("the stored JSON output cannot be decoded", None) from None
    if kind == "csv":
        try:
            return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        except (UnicodeDecodeError, csv.Error):
            raise _invalid("the stored CSV output cannot be decoded", None) from None
    return data  # parquet, binary, and types not known yet: the bytes, for the caller to read
