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

from ..models.file_upload_status import FileUploadStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """A stored file.

    Attributes:
        created_at (datetime.datetime | None):
        file_hash (str): SHA-256 of the content, hex.
        file_id (str): Resource identifier (a nanoid string, not a UUID).
        file_name (str):
        file_size (int): Size in bytes.
        mime_type (str):
        team_id (str): Resource identifier (a nanoid string, not a UUID).
        updated_at (datetime.datetime | None):
        upload_status (FileUploadStatus): Whether the file's bytes have arrived.
        uploaded_by (None | str):
        metadata (JsonObject | Unset): A free-form JSON object.
    """

    created_at: datetime.datetime | None
    file_hash: str
    file_id: str
    file_name: str
    file_size: int
    mime_type: str
    team_id: str
    updated_at: datetime.datetime | None
    upload_status: FileUploadStatus
    uploaded_by: None | str
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "createdAt",
            "fileHash",
            "fileId",
            "fileName",
            "fileSize",
            "mimeType",
            "teamId",
            "updatedAt",
            "uploadStatus",
            "uploadedBy",
            "metadata",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("file_hash", self.file_hash),
                ("file_id", self.file_id),
                ("file_name", self.file_name),
                ("file_size", self.file_size),
                ("mime_type", self.mime_type),
                ("team_id", self.team_id),
                ("updated_at", self.updated_at),
                ("upload_status", self.upload_status),
                ("uploaded_by", self.uploaded_by),
                ("metadata", self.metadata),
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

        file_hash = self.file_hash

        file_id = self.file_id

        file_name = self.file_name

        file_size = self.file_size

        mime_type = self.mime_type

        team_id = self.team_id

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        upload_status = getattr(self.upload_status, "value", self.upload_status)

        uploaded_by: None | str
        uploaded_by = self.uploaded_by

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "fileHash": file_hash,
                "fileId": file_id,
                "fileName": file_name,
                "fileSize": file_size,
                "mimeType": mime_type,
                "teamId": team_id,
                "updatedAt": updated_at,
                "uploadStatus": upload_status,
                "uploadedBy": uploaded_by,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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

        file_hash = src_dict["fileHash"]

        file_id = src_dict["fileId"]

        file_name = src_dict["fileName"]

        file_size = src_dict["fileSize"]

        mime_type = src_dict["mimeType"]

        team_id = src_dict["teamId"]

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        upload_status = cast(
            FileUploadStatus,
            FileUploadStatus._value2member_map_.get(src_dict["uploadStatus"])
            or FileUploadStatus(src_dict["uploadStatus"]),
        )

        _uploaded_by_raw = src_dict["uploadedBy"]
        uploaded_by: None | str
        uploaded_by = cast(None | str, _uploaded_by_raw)

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        metadata = _metadata_in
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        _obj = cls(
            created_at,
            file_hash,
            file_id,
            file_name,
            file_size,
            mime_type,
            team_id,
            updated_at,
            upload_status,
            uploaded_by,
            metadata,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("createdAt", None)
            additional_properties.pop("fileHash", None)
            additional_properties.pop("fileId", None)
            additional_properties.pop("fileName", None)
            additional_properties.pop("fileSize", None)
            additional_properties.pop("mimeType", None)
            additional_properties.pop("teamId", None)
            additional_properties.pop("updatedAt", None)
            additional_properties.pop("uploadStatus", None)
            additional_properties.pop("uploadedBy", None)
            additional_properties.pop("metadata", None)
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
