from __future__ import annotations

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetDataVersionCreate")


@_attrs_define
class DatasetDataVersionCreate:
    """A data version about to be uploaded.

    Attributes:
        dataset_id (str): Resource identifier (a nanoid string, not a UUID).
        file_name (str):
        file_type (DataFileType): Format of a dataset's data file.
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per parent is `current`.
    """

    dataset_id: str
    file_name: str
    file_type: DataFileType
    status: VersionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "datasetId",
            "fileName",
            "fileType",
            "status",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("dataset_id", self.dataset_id),
                ("file_name", self.file_name),
                ("file_type", self.file_type),
                ("status", self.status),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        file_name = self.file_name

        file_type = getattr(self.file_type, "value", self.file_type)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
                "fileName": file_name,
                "fileType": file_type,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dataset_id = src_dict["datasetId"]

        file_name = src_dict["fileName"]

        file_type = cast(
            DataFileType,
            DataFileType._value2member_map_.get(src_dict["fileType"])
            or DataFileType(src_dict["fileType"]),
        )

        _status_in = src_dict.get("status", UNSET)
        if _status_in is None:
            _status_in = UNSET
        _status = _status_in
        status: VersionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = cast(
                VersionStatus,
                VersionStatus._value2member_map_.get(_status) or VersionStatus(_status),
            )

        _obj = cls(
            dataset_id,
            file_name,
            file_type,
            status,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("datasetId", None)
            additional_properties.pop("fileName", None)
            additional_properties.pop("fileType", None)
            additional_properties.pop("status", None)
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
