# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Dataset schema versions and data versions, the two version lists behind a dataset."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from agentplug_moderately_client.models import (
    DatasetDataVersion,
    DatasetDataVersionCompletion,
    DatasetDataVersionCreate,
    DatasetDataVersionUploadTicket,
    DatasetSchemaVersion,
    DatasetSchemaVersionUpdate,
    DataVersionDownloadLink,
)
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._sync._pagination import Pager

from ..._params import IdList, id_list, page_params, query
from ..._schema import ColumnSpec, check_status, columns_payload, schema_request
from ._base import Resource, check_page

(
    complete_dataset_data_version,
    create_dataset_data_version,
    get_dataset_data_version,
    get_dataset_data_version_download_url,
    list_dataset_data_versions,
) = lazy_operations(
    "agentplug_moderately_client.api.dataset_data_versions",
    "complete_dataset_data_version",
    "create_dataset_data_version",
    "get_dataset_data_version",
    "get_dataset_data_version_download_url",
    "list_dataset_data_versions",
)
(
    create_dataset_schema_version,
    get_dataset_schema_version,
    list_dataset_schema_versions,
    update_dataset_schema_version,
) = lazy_operations(
    "agentplug_moderately_client.api.dataset_schema_versions",
    "create_dataset_schema_version",
    "get_dataset_schema_version",
    "list_dataset_schema_versions",
    "update_dataset_schema_version",
)

__all__ = ["DatasetDataVersions", "DatasetSchemaVersions"]


class DatasetSchemaVersions(Resource):
    """Schema versions of datasets (`client.dataset_schema_versions`)."""

    def list(
        self,
        *,
        dataset_ids: IdList | None = None,
        dataset_schema_version_ids: IdList | None = None,
        status: str | None = None,
        version_no: int | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[DatasetSchemaVersion]:
        """Schema versions (narrowed by dataset, id, `status` or `version_no`), fetched page by page."""
        check_page(page, page_size, 1000)
        params = query(
            dataset_schema_version_ids=id_list(dataset_schema_version_ids, "dataset_schema_version_ids"),
            dataset_ids=id_list(dataset_ids, "dataset_ids"),
            status=status,
            version_no=version_no,
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            list_dataset_schema_versions,
            {**params, **extra},
            DatasetSchemaVersion.from_dict,
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    def retrieve(self, dataset_schema_version_id: str, **extra: Any) -> DatasetSchemaVersion:
        """One schema version by id (NotFoundError when there is none)."""
        arguments = {"dataset_schema_version_id": dataset_schema_version_id, **extra}
        return self._api.call(DatasetSchemaVersion.from_dict, get_dataset_schema_version, arguments)

    def create(
        self,
        *,
        dataset_id: str,
        columns: Iterable[ColumnSpec],
        status: str = "draft",
        parsing_options: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetSchemaVersion:
        """A new schema version (columns as friendly specs; see `dataset.create_schema`)."""
        return self.create_from_request(schema_request(dataset_id, columns_payload(columns), status, parsing_options))

    def create_from_request(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> DatasetSchemaVersion:
        """A new schema version from a complete request body, as `schema_builder().to_request()` builds it."""
        return self._api.call(DatasetSchemaVersion.from_dict, create_dataset_schema_version, {"body": dict(body)})

    def update(
        self,
        dataset_schema_version_id: str,
        *,
        status: str | None = None,
        columns: Iterable[ColumnSpec] | None = None,
        parsing_options: Mapping[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetSchemaVersion:
        """Change a schema version's status, columns (renumbered from 1) or parsing options."""
        body = given(
            DatasetSchemaVersionUpdate,
            status=check_status(status) if status is not None else None,
            columns=columns_payload(columns) if columns is not None else None,
            parsing_options=dict(parsing_options) if parsing_options is not None else None,
        )
        arguments = {"dataset_schema_version_id": dataset_schema_version_id, "body": body}
        return self._api.call(DatasetSchemaVersion.from_dict, update_dataset_schema_version, arguments)


class DatasetDataVersions(Resource):
    """Data versions of datasets (`client.dataset_data_versions`)."""

    def list(
        self,
        *,
        dataset_ids: IdList | None = None,
        dataset_data_version_ids: IdList | None = None,
        status: str | None = None,
        version_no: int | None = None,
        file_type: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[DatasetDataVersion]:
        """Data versions (narrowed by dataset, id, `status`, `version_no` or `file_type`), fetched page by page."""
        check_page(page, page_size, 1000)
        params = query(
            dataset_data_version_ids=id_list(dataset_data_version_ids, "dataset_data_version_ids"),
            dataset_ids=id_list(dataset_ids, "dataset_ids"),
            status=status,
            version_no=version_no,
            file_type=file_type,
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            list_dataset_data_versions,
            {**params, **extra},
            DatasetDataVersion.from_dict,
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    def retrieve(self, dataset_data_version_id: str, **extra: Any) -> DatasetDataVersion:
        """One data version by id (NotFoundError when there is none)."""
        arguments = {"dataset_data_version_id": dataset_data_version_id, **extra}
        return self._api.call(DatasetDataVersion.from_dict, get_dataset_data_version, arguments)

    def create(
        self,
        *,
        dataset_id: str,
        file_type: str,
        file_name: str,
        status: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DatasetDataVersionUploadTicket:
        """Register a data version and get its presigned upload URL (the first step of `upload_data`)."""
        body = given(
            DatasetDataVersionCreate, dataset_id=dataset_id, file_type=file_type, file_name=file_name, status=status
        )
        return self._api.call(DatasetDataVersionUploadTicket.from_dict, create_dataset_data_version, {"body": body})

    def complete(self, dataset_data_version_id: str, **options: Unpack[CallOptions]) -> DatasetDataVersion:
        """Confirm that the data version's file is in storage."""
        arguments = {"data_version_id": dataset_data_version_id, "body": DatasetDataVersionCompletion()}
        return self._api.call(DatasetDataVersion.from_dict, complete_dataset_data_version, arguments)

    def get_download_url(self, dataset_data_version_id: str, **options: Unpack[CallOptions]) -> DataVersionDownloadLink:
        """A short-lived presigned URL to the data version's file."""
        arguments = {"data_version_id": dataset_data_version_id}
        return self._api.call(DataVersionDownloadLink.from_dict, get_dataset_data_version_download_url, arguments)
