from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUploadRequest")


@_attrs_define
class FileUploadRequest:
    """A file about to be uploaded.

    Attributes:
        file_hash (str): SHA-256 of the content, hex.
        file_name (str):
        file_size (int):
        mime_type (str): The Content-Type the upload must carry.
        team_id (str): Resource identifier (a nanoid string, not a UUID).
        metadata (JsonObject | Unset): A free-form JSON object.
    """

    file_hash: str
    file_name: str
    file_size: int
    mime_type: str
    team_id: str
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "fileHash",
            "fileName",
            "fileSize",
            "mimeType",
            "teamId",
            "metadata",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("file_hash", self.file_hash),
                ("file_name", self.file_name),
                ("file_size", self.file_size),
                ("mime_type", self.mime_type),
                ("team_id", self.team_id),
                ("metadata", self.metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        file_hash = self.file_hash

        file_name = self.file_name

        file_size = self.file_size

        mime_type = self.mime_type

        team_id = self.team_id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileHash": file_hash,
                "fileName": file_name,
                "fileSize": file_size,
                "mimeType": mime_type,
                "teamId": team_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file_hash = src_dict["fileHash"]

        file_name = src_dict["fileName"]

        file_size = src_dict["fileSize"]

        mime_type = src_dict["mimeType"]

        team_id = src_dict["teamId"]

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        metadata = _metadata_in
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        _obj = cls(
            file_hash,
            file_name,
            file_size,
            mime_type,
            team_id,
            metadata,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("fileHash", None)
            additional_properties.pop("fileName", None)
            additional_properties.pop("fileSize", None)
            additional_properties.pop("mimeType", None)
            additional_properties.pop("teamId", None)
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
