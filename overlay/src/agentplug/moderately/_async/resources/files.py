"""Files: presigned uploads and downloads (streamed, checked), listing, deletion.

Upload: inspect the source once (size, SHA-256, MIME type; streamed), optionally reuse a
completed file with the same hash, register it (`POST /files/upload-url`), PUT the bytes to the
presigned URL (streamed, without the platform's credentials), then confirm
(`POST /files/{id}/complete`). Memory stays flat whatever the size.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, overload

from agentplug_moderately_client.models import DownloadLink, FileUploadCompletion, FileUploadRequest, FileUploadTicket
from typing_extensions import Unpack

from agentplug._core._async._download import async_download_to_bytes, async_download_to_path
from agentplug._core._async._pagination import AsyncPager
from agentplug._core._async._upload import async_inspect_source, async_upload_to_url
from agentplug._core._call_options import CallOptions
from agentplug._core._files import DownloadProgress, FileInfo, UploadProgress, UploadSource
from agentplug._core._operations import given, lazy_operations
from agentplug._core._upload_source import guess_content_type
from agentplug.errors import ConfigurationError

from ..._params import IdList, id_list, page_params, query
from ..._unsupported import unsupported
from ..models import AsyncFileModel, parser
from ._base import AsyncResource, check_page

complete_file_upload, create_file_upload_url, delete_file, get_file, get_file_download_url, list_files = (
    lazy_operations(
        "agentplug_moderately_client.api.files",
        "complete_file_upload",
        "create_file_upload_url",
        "delete_file",
        "get_file",
        "get_file_download_url",
        "list_files",
    )
)

__all__ = ["AsyncFiles"]

_DEFAULT_NAME = "upload.bin"


def source_name(source: UploadSource) -> str | None:
    """The base name of a path or of a named file object (None for bytes and anonymous buffers)."""
    if isinstance(source, (str, os.PathLike)):
        return os.path.basename(os.fsdecode(source)) or None
    name = getattr(source, "name", None)
    if isinstance(name, str) and name and not name.startswith("<"):
        return os.path.basename(name) or None
    return None


def _no_dataset(call: str, dataset_id: str | None) -> None:
    if dataset_id is not None:
        raise unsupported(
            f"{call}(dataset_id=...)",
            "Files are not linked to datasets in the published API; a dataset's data is uploaded and listed "
            "through its data versions (dataset.upload_data(...), dataset.list_data_versions()).",
        )


class AsyncFiles(AsyncResource):
    """Files of the client's team (`client.files`): upload, download, inspect, delete."""

    def list(
        self,
        *,
        dataset_id: str | None = None,
        status: str | None = None,
        mime_type: IdList | None = None,
        file_hashes: IdList | None = None,
        file_ids: IdList | None = None,
        name_like: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> AsyncPager[AsyncFileModel]:
        """The team's files (`status`: pending, completed or failed; `mime_type`, `file_hashes`: one or several).

        `dataset_id` is the vendor SDK's keyword; files are not linked to datasets in the published
        API (a dataset's data lives in its data versions), so it raises UnsupportedOperationError.
        """
        _no_dataset("files.list", dataset_id)
        check_page(page, page_size, 100)
        params = query(
            file_ids=id_list(file_ids, "file_ids"),
            team_ids=self._team_id,
            name_like=name_like,
            mime_types=id_list(mime_type, "mime_type"),
            file_hashes=id_list(file_hashes, "file_hashes"),
            upload_status=status,
            **page_params(page, page_size, order_by, order_direction),
        )
        parse = parser(AsyncFileModel, self._client)
        return self._api.pager(
            list_files, {**params, **extra}, parse, page=page, page_size=page_size, max_items=max_items
        )

    async def retrieve(self, file_id: str, **extra: Any) -> AsyncFileModel:
        """One file by id, as a rich model (NotFoundError when there is none)."""
        parse = parser(AsyncFileModel, self._client)
        return await self._api.call(parse, get_file, {"file_id": file_id, **extra}, model="File")

    async def delete(self, file_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a file permanently (its record and its stored bytes)."""
        await self._api.send(delete_file, {"file_id": file_id})

    async def update(self, file_id: str, **changes: Any) -> AsyncFileModel:
        """Not offered by the API: raises UnsupportedOperationError (no request is sent)."""
        raise unsupported(
            "files.update",
            "The published API has no PATCH /files/{fileId}: a file's name and metadata are set when it is uploaded.",
        )

    async def get_upload_url(
        self,
        *,
        filename: str,
        file_size: int,
        mime_type: str | None = None,
        dataset_id: str | None = None,
        file_hash: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> FileUploadTicket:
        """Register a file and get its presigned upload URL (the first step of `upload`, for custom transfers).

        `mime_type` defaults to the one the file name suggests. The API needs the SHA-256 of the
        content (`file_hash`, hex) to register a file; `upload` computes it for you.
        """
        _no_dataset("files.get_upload_url", dataset_id)
        if not file_hash:
            raise ConfigurationError(
                "files.get_upload_url needs file_hash=<SHA-256 hex of the content>: the API registers a file by "
                "its hash. files.upload(path) computes it and does the whole transfer."
            )
        body = given(
            FileUploadRequest,
            file_name=filename,
            file_size=file_size,
            file_hash=file_hash,
            mime_type=mime_type or guess_content_type(filename, b""),
            team_id=self._team_id,
            metadata=dict(metadata) if metadata is not None else None,
        )
        return await self._api.call(FileUploadTicket.from_dict, create_file_upload_url, {"body": body})

    async def complete_upload(
        self, file_id: str, *, file_size: int, file_hash: str, **options: Unpack[CallOptions]
    ) -> AsyncFileModel:
        """Confirm that the bytes are in storage (the last step of `upload`); ConflictError if already done."""
        arguments = {"file_id": file_id, "body": FileUploadCompletion(file_size=file_size, file_hash=file_hash)}
        parse = parser(AsyncFileModel, self._client)
        return await self._api.call(parse, complete_file_upload, arguments, model="File")

    async def get_download_url(self, file_id: str, **options: Unpack[CallOptions]) -> DownloadLink:
        """A short-lived presigned URL to the file's bytes (BadRequestError while the upload is pending)."""
        return await self._api.call(DownloadLink.from_dict, get_file_download_url, {"file_id": file_id})

    async def upload(
        self,
        file: UploadSource,
        *,
        name: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        mime_type: str | None = None,
        reuse_existing: bool = False,
        on_progress: UploadProgress | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncFileModel:
        """Upload a path, bytes or a seekable binary file; answers the completed file.

        Args:
            file: what to upload; streamed from disk, never read whole into memory.
            name: the display name (default: the file's own name).
            metadata: a JSON object stored with the file.
            mime_type: the Content-Type (default: from the name, else sniffed from the content).
            reuse_existing: answer an already completed file of the team with the same SHA-256
                instead of uploading the bytes again.
            on_progress: called with (bytes sent, total) as the upload proceeds.
        """
        own_name = source_name(file)
        # The source's own name tells its type best; for bytes the display name is the only hint.
        info = await async_inspect_source(file, filename=own_name or name, content_type=mime_type)
        file_name = name or own_name or _DEFAULT_NAME
        if reuse_existing:
            existing = await self._find_completed(info)
            if existing is not None:
                return existing
        ticket = await self.get_upload_url(
            filename=file_name,
            file_size=info.size,
            file_hash=info.sha256,
            mime_type=info.content_type,
            metadata=metadata,
        )
        await async_upload_to_url(
            self._api.storage,
            ticket.upload_url,
            file,
            info=info,
            headers={"Content-Type": info.content_type},
            on_progress=on_progress,
        )
        return await self.complete_upload(ticket.file.file_id, file_size=info.size, file_hash=info.sha256)

    async def _find_completed(self, info: FileInfo) -> AsyncFileModel | None:
        page = await self.list(file_hashes=info.sha256, status="completed", page_size=1).first_page()
        for candidate in page.items:
            if candidate.file_hash == info.sha256 and candidate.file_size == info.size:
                return candidate
        return None

    @overload
    async def download(
        self,
        file_id: str,
        *,
        path: None = None,
        on_progress: DownloadProgress | None = None,
        expected_size: int | None = None,
        expected_sha256: str | None = None,
    ) -> bytes: ...
    @overload
    async def download(
        self,
        file_id: str,
        *,
        path: str | os.PathLike[str],
        on_progress: DownloadProgress | None = None,
        expected_size: int | None = None,
        expected_sha256: str | None = None,
    ) -> Path: ...
    @overload
    async def download(
        self,
        file_id: str,
        *,
        path: str | os.PathLike[str] | None,
        on_progress: DownloadProgress | None = None,
        expected_size: int | None = None,
        expected_sha256: str | None = None,
    ) -> bytes | Path: ...
    async def download(
        self,
        file_id: str,
        *,
        path: str | os.PathLike[str] | None = None,
        on_progress: DownloadProgress | None = None,
        expected_size: int | None = None,
        expected_sha256: str | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes | Path:
        """The file's content in memory, or streamed to `path` (atomically; answers the path).

        `expected_size` (bytes) and `expected_sha256` (hex), when given, are checked against what
        arrives: a difference raises ResponseValidationError (`file.download()` passes the file's own).
        """
        link = await self.get_download_url(file_id)
        if path is None:
            return await async_download_to_bytes(
                self._api.storage,
                link.download_url,
                expected_size=expected_size,
                expected_sha256=expected_sha256,
                on_progress=on_progress,
            )
        result = await async_download_to_path(
            self._api.storage,
            link.download_url,
            path,
            expected_size=expected_size,
            expected_sha256=expected_sha256,
            on_progress=on_progress,
        )
        return result.path
