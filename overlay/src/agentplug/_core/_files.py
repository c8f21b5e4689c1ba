"""File transfer to and from storage URLs (presigned PUT / GET): streamed, checked, credential-free.

This module gathers the public names of the pieces, each in a module of its own:
- `_upload_source`: opening and inspecting an upload source (size, SHA-256, MIME type, streamed);
- `_storage`: credential-free storage requests, and the bare clients that send them;
- `_transfer`: what uploads and downloads share (chunk size, checks, the retrying send loop);
- `_upload`: uploads to a presigned URL, sync and async;
- `_download`: downloads atomically to a path, or into memory, sync and async.
"""

from __future__ import annotations

from ._download import (
    DownloadProgress,
    DownloadResult,
    adownload_to_bytes,
    adownload_to_path,
    download_to_bytes,
    download_to_path,
)
from ._storage import async_storage_client, storage_client, storage_headers
from ._transfer import CHUNK_SIZE
from ._upload import UploadProgress, aupload_to_url, upload_to_url
from ._upload_source import FileInfo, UploadSource, ainspect_source, guess_content_type, inspect_source

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
