"""File transfer to and from storage URLs (presigned PUT / GET): streamed, checked, credential-free.

The pieces, each in a module of its own (the I/O shells written once under `_async/`, with their
generated blocking twins under `_sync/`):
- `_upload_source`: opening and inspecting an upload source (size, SHA-256, MIME type, streamed);
- `_storage`: credential-free storage requests; `_async/_transfer.py`: the bare clients that send
  them, and the retrying send loop;
- `_transfer`: what uploads and downloads share (chunk size, checks, retry bookkeeping);
- `_upload`, `_async/_upload.py`: uploads to a presigned URL, and `inspect_source`;
- `_download`, `_async/_download.py`: downloads atomically to a path, or into memory.
This module gathers the names the shells share with their callers.
"""

from __future__ import annotations

from ._download import DownloadProgress, DownloadResult
from ._storage import storage_headers
from ._transfer import CHUNK_SIZE
from ._upload import UploadProgress
from ._upload_source import FileInfo, UploadSource, guess_content_type

__all__ = [
    "CHUNK_SIZE",
    "DownloadProgress",
    "DownloadResult",
    "FileInfo",
    "UploadProgress",
    "UploadSource",
    "guess_content_type",
    "storage_headers",
]
