"""Datasets: CRUD, data uploads and downloads (presigned, streamed), schemas, processing."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, overload

from agentplug_moderately_client.models import (
    DatasetCreate,
    DatasetDataVersion,
    DatasetDeletion,
    DatasetSchemaVersion,
    DatasetUpdate,
)
from typing_extensions import Unpack

from agentplug._core._async._download import async_download_to_bytes, async_download_to_path
from agentplug._core._async._pagination import AsyncPager
from agentplug._core._async._polling import async_wait_until
from agentplug._core._async._upload import async_inspect_source, async_upload_to_url
from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug._core._files import DownloadProgress, UploadProgress, UploadSource
from agentplug._core._operations import given, lazy_operations
from agentplug.errors import ConfigurationError, OperationFailedError

from ..._blocking import async_run_blocking
from ..._inference import DEFAULT_SAMPLE_SIZE, SampleSource, infer_csv_schema
from ..._mime import extension_of
from ..._params import IdList, id_list, page_params, query
from ..._schema import ColumnSpec, columns_payload, schema_request
from ..models import AsyncDatasetModel, AsyncDatasetSummaryModel, parser
from ._base import AsyncResource, check_page
from .files import source_name

create_dataset, delete_dataset, get_dataset, list_datasets, update_dataset = lazy_operations(
    "agentplug_moderately_client.api.datasets",
    "create_dataset",
    "delete_dataset",
    "get_dataset",
    "list_datasets",
    "update_dataset",
)

__all__ = ["AsyncDatasets"]

_CONTENT_TYPES = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_PROCESSING_DONE = frozenset({"completed", "failed"})


def data_file_type(file_type: str | None, name: str | None, content_type: str) -> str:
    """csv or xlsx: as given, else from the name's extension, else from the sniffed content."""
    if file_type is not None:
        if file_type not in _CONTENT_TYPES:
            raise ConfigurationError(f"file_type must be 'csv' or 'xlsx', got {file_type!r}")
        return file_type
    extension = extension_of(name)
    if extension in ("xlsx", "xls"):
        return "xlsx"
    if extension == "csv":
        return "csv"
    return "xlsx" if content_type in ("application/zip", _CONTENT_TYPES["xlsx"]) else "csv"


class AsyncDatasets(AsyncResource):
    """Datasets of the client's team (`client.datasets`): data and schema versions, processing."""

    def list(
        self,
        *,
        dataset_ids: IdList | None = None,
        name_like: str | None = None,
        name: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> AsyncPager[AsyncDatasetSummaryModel]:
        """The team's datasets (summaries: `retrieve(id)` answers one with its processing fields)."""
        check_page(page, page_size, 1000)
        params = query(
            dataset_ids=id_list(dataset_ids, "dataset_ids"),
            team_ids=self._team_id,
            name_like=name_like,
            name=name,
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            list_datasets,
            {**params, **extra},
            parser(AsyncDatasetSummaryModel, self._client),
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    async def retrieve(self, dataset_id: str, **extra: Any) -> AsyncDatasetModel:
        """One dataset by id with its processing fields, as a rich model (NotFoundError when there is none)."""
        parse = parser(AsyncDatasetModel, self._client)
        return await self._api.call(parse, get_dataset, {"dataset_id": dataset_id, **extra}, model="Dataset")

    async def create(
        self, *, name: str, description: str | None = None, **options: Unpack[CallOptions]
    ) -> AsyncDatasetModel:
        """Create a dataset in the client's team (ConflictError when the name is taken)."""
        body = given(DatasetCreate, team_id=self._team_id, name=name, description=description)
        parse = parser(AsyncDatasetModel, self._client)
        return await self._api.call(parse, create_dataset, {"body": body}, model="Dataset")

    async def update(
        self,
        dataset_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        should_process: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncDatasetModel:
        """Rename, describe, or (`should_process=True`) start processing the current data."""
        body = given(DatasetUpdate, name=name, description=description, should_process=should_process)
        parse = parser(AsyncDatasetModel, self._client)
        return await self._api.call(parse, update_dataset, {"dataset_id": dataset_id, "body": body}, model="Dataset")

    async def delete(self, dataset_id: str, **options: Unpack[CallOptions]) -> DatasetDeletion:
        """Delete a dataset; answers the server's outcome (`success`, `message`)."""
        return await self._api.call(DatasetDeletion.from_dict, delete_dataset, {"dataset_id": dataset_id})

    async def wait_for_processing(
        self,
        dataset_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[AsyncDatasetModel], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> AsyncDatasetModel:
        """Poll until processing is completed (answered) or failed (OperationFailedError).

        `on_progress(dataset)` is called with every state fetched (the final one included).
        """
        final = await async_wait_until(
            lambda: self.retrieve(dataset_id),
            lambda dataset: str(dataset.processing_status) in _PROCESSING_DONE,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            describe=f"processing of dataset {dataset_id}",
        )
        if final.processing_status == "failed":
            raise OperationFailedError(f"Processing of dataset {dataset_id} failed", code="failed", result=final)
        return final

    # -- data versions ---------------------------------------------------------------------

    async def upload_data(
        self,
        dataset_id: str,
        file: UploadSource,
        *,
        file_name: str | None = None,
        file_type: str | None = None,
        status: str = "current",
        on_progress: UploadProgress | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetDataVersion:
        """Upload a CSV or XLSX file as a new data version: register, PUT (streamed), complete."""
        own_name = source_name(file)
        name = file_name or own_name
        info = await async_inspect_source(file, filename=name)
        kind = data_file_type(file_type, name, info.content_type)
        name = name or f"data.{kind}"
        content_type = _CONTENT_TYPES[kind]
        ticket = await self._client.dataset_data_versions.create(
            dataset_id=dataset_id, file_type=kind, file_name=name, status=status
        )
        await async_upload_to_url(
            self._api.storage,
            ticket.upload_url,
            file,
            info=type(info)(size=info.size, sha256=info.sha256, content_type=content_type, filename=name),
            headers={"Content-Type": content_type},
            on_progress=on_progress,
        )
        return await self._client.dataset_data_versions.complete(ticket.data_version.dataset_data_version_id)

    @overload
    async def download_data(
        self,
        dataset_id: str,
        *,
        version_id: str | None = None,
        path: None = None,
        on_progress: DownloadProgress | None = None,
    ) -> bytes: ...
    @overload
    async def download_data(
        self,
        dataset_id: str,
        *,
        version_id: str | None = None,
        path: str | os.PathLike[str],
        on_progress: DownloadProgress | None = None,
    ) -> Path: ...
    @overload
    async def download_data(
        self,
        dataset_id: str,
        *,
        version_id: str | None = None,
        path: str | os.PathLike[str] | None,
        on_progress: DownloadProgress | None = None,
    ) -> bytes | Path: ...
    async def download_data(
        self,
        dataset_id: str,
        *,
        version_id: str | None = None,
        path: str | os.PathLike[str] | None = None,
        on_progress: DownloadProgress | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes | Path:
        """A data version's file (default: the dataset's current one), in memory or streamed to `path`."""
        return await self._download_data(dataset_id, version_id=version_id, path=path, on_progress=on_progress)

    async def _download_data(
        self,
        dataset_id: str,
        *,
        version_id: str | None,
        path: str | os.PathLike[str] | None,
        on_progress: DownloadProgress | None,
    ) -> bytes | Path:
        if version_id is None:
            dataset = await self.retrieve(dataset_id)
            version_id = dataset.current_data_version_id or dataset.active_data_version_id
            if not version_id:
                raise ConfigurationError(f"Dataset {dataset_id} has no current data version: upload data first")
        link = await self._client.dataset_data_versions.get_download_url(version_id)
        if path is None:
            return await async_download_to_bytes(self._api.storage, link.download_url, on_progress=on_progress)
        result = await async_download_to_path(self._api.storage, link.download_url, path, on_progress=on_progress)
        return result.path

    # -- schemas ---------------------------------------------------------------------------

    async def create_schema(
        self,
        dataset_id: str,
        columns: Iterable[ColumnSpec],
        *,
        status: str = "draft",
        parsing_options: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetSchemaVersion:
        """A new schema version from friendly column specs (`{"name", "type", "required", ...}`)."""
        body = schema_request(dataset_id, columns_payload(columns), status, parsing_options)
        return await self._client.dataset_schema_versions.create_from_request(body)

    async def create_schema_from_sample(
        self,
        dataset_id: str,
        sample: SampleSource,
        *,
        status: str = "draft",
        header_row: int = 1,
        sample_size: int = DEFAULT_SAMPLE_SIZE,
        delimiter: str | None = None,
        encoding: str = "utf-8-sig",
        **options: Unpack[CallOptions],
    ) -> DatasetSchemaVersion:
        """A new schema version inferred from a CSV sample (reads the header and `sample_size` rows only).

        Types are integer, float, boolean, datetime or string; a column is nullable when an empty
        or null-like value appears in the sample. The parsing options sent match how the sample
        was read (delimiter, header row, encoding).
        """
        inferred = await async_run_blocking(
            functools.partial(
                infer_csv_schema,
                sample,
                delimiter=delimiter,
                header_row=header_row,
                sample_size=sample_size,
                encoding=encoding,
            )
        )
        body = schema_request(dataset_id, inferred.columns, status, inferred.parsing_options())
        return await self._client.dataset_schema_versions.create_from_request(body)

    async def get_current_schema(self, dataset_id: str, **options: Unpack[CallOptions]) -> DatasetSchemaVersion | None:
        """The dataset's `current` schema version, or None."""
        pager = self._client.dataset_schema_versions.list(
            dataset_ids=dataset_id, status="current", page_size=1, order_by="createdAt", order_direction="desc"
        )
        page = await pager.first_page()
        return page.items[0] if page.items else None
