"""The core's storage transfers under names that follow the sync/async naming rule.

The async source calls `async_upload_to_url`, `async_download_to_path`... and its generated sync
twin the same names without `async_`, which are the core's sync functions.
"""

from __future__ import annotations

from agentplug._core._files import (
    DownloadProgress,
    DownloadResult,
    FileInfo,
    UploadProgress,
    UploadSource,
    async_storage_client,
    download_to_bytes,
    download_to_path,
    inspect_source,
    storage_client,
    upload_to_url,
)
from agentplug._core._files import adownload_to_bytes as async_download_to_bytes
from agentplug._core._files import adownload_to_path as async_download_to_path
from agentplug._core._files import ainspect_source as async_inspect_source
from agentplug._core._files import aupload_to_url as async_upload_to_url

__all__ = [
    "DownloadProgress",
    "DownloadResult",
    "FileInfo",
    "UploadProgress",
    "UploadSource",
    "async_download_to_bytes",
    "async_download_to_path",
    "async_inspect_source",
    "async_storage_client",
    "async_upload_to_url",
    "download_to_bytes",
    "download_to_path",
    "inspect_source",
    "storage_client",
    "upload_to_url",
]
