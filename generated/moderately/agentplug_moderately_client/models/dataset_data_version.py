from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_file_type import DataFileType
from ..models.version_status import VersionStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DatasetDataVersion")


@_attrs_define
class DatasetDataVersion:
    """One uploaded version of a dataset's data.

    Attributes:
        created_at (datetime.datetime | None):
        dataset_data_version_id (str): Resource identifier (a nanoid string, not a UUID).
        dataset_id (str): Resource identifier (a nanoid string, not a UUID).
        file_type (DataFileType): Format of a dataset's data file.
        source_file_uri (str):
        status (VersionStatus): Lifecycle of a versioned resource; at most one version per parent is `current`.
        updated_at (datetime.datetime | None):
        version_no (int):
        row_count (int | None | Unset): The number of data rows, when the server reports it. Not in the platform's
            published document (the vendor SDK reads it); absent there, so it stays unset.
    """

    created_at: datetime.datetime | None
    dataset_data_version_id: str
    dataset_id: str
    file_type: DataFileType
    source_file_uri: str
    status: VersionStatus
    updated_at: datetime.datetime | None
    version_no: int
    row_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "createdAt",
            "datasetDataVersionId",
            "datasetId",
            "fileType",
            "sourceFileUri",
            "status",
            "updatedAt",
            "versionNo",
            "rowCount",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("dataset_data_version_id", self.dataset_data_version_id),
                ("dataset_id", self.dataset_id),
                ("file_type", self.file_type),
                ("source_file_uri", self.source_file_uri),
                ("status", self.status),
                ("updated_at", self.updated_at),
                ("version_no", self.version_no),
                ("row_count", self.row_count),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at
                if isinstance(self.created_at, str)
                else self.created_at.isoformat()
            )
        else:
            created_at = self.created_at

        dataset_data_version_id = self.dataset_data_version_id

        dataset_id = self.dataset_id

        file_type = getattr(self.file_type, "value", self.file_type)

        source_file_uri = self.source_file_uri

        status = getattr(self.status, "value", self.status)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        version_no = self.version_no

        row_count: int | None | Unset
        if isinstance(self.row_count, Unset):
            row_count = UNSET
        else:
            row_count = self.row_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "datasetDataVersionId": dataset_data_version_id,
                "datasetId": dataset_id,
                "fileType": file_type,
                "sourceFileUri": source_file_uri,
                "status": status,
                "updatedAt": updated_at,
                "versionNo": version_no,
            }
        )
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _created_at_raw = src_dict["createdAt"]
        created_at: datetime.datetime | None
        if isinstance(_created_at_raw, str):
            created_at_type_0 = parse_datetime(_created_at_raw)

            created_at = created_at_type_0
        else:
            created_at = cast(datetime.datetime | None, _created_at_raw)

        dataset_data_version_id = src_dict["datasetDataVersionId"]

        dataset_id = src_dict["datasetId"]

        file_type = cast(
            DataFileType,
            DataFileType._value2member_map_.get(src_dict["fileType"])
            or DataFileType(src_dict["fileType"]),
        )

        source_file_uri = src_dict["sourceFileUri"]

        status = cast(
            VersionStatus,
            VersionStatus._value2member_map_.get(src_dict["status"])
            or VersionStatus(src_dict["status"]),
        )

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        version_no = src_dict["versionNo"]

        _row_count_raw = src_dict.get("rowCount", UNSET)
        row_count: int | None | Unset
        if isinstance(_row_count_raw, Unset):
            row_count = UNSET
        else:
            row_count = cast(int | None | Unset, _row_count_raw)

        _obj = cls(
            created_at,
            dataset_data_version_id,
            dataset_id,
            file_type,
            source_file_uri,
            status,
            updated_at,
            version_no,
            row_count,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("createdAt", None)
            additional_properties.pop("datasetDataVersionId", None)
            additional_properties.pop("datasetId", None)
            additional_properties.pop("fileType", None)
            additional_properties.pop("sourceFileUri", None)
            additional_properties.pop("status", None)
            additional_properties.pop("updatedAt", None)
            additional_properties.pop("versionNo", None)
            additional_properties.pop("rowCount", None)
            _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
