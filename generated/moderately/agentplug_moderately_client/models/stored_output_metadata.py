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

from ..models.compression_type import CompressionType
from ..models.output_file_type import OutputFileType
from ..types import UNSET

T = TypeVar("T", bound="StoredOutputMetadata")


@_attrs_define
class StoredOutputMetadata:
    """How to decode a stored output.

    Attributes:
        compression_type (CompressionType | None):
        file_size_bytes (int | None):
        file_type (OutputFileType): Format of a stored output.
        output_summary (None | str):
    """

    compression_type: CompressionType | None
    file_size_bytes: int | None
    file_type: OutputFileType
    output_summary: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "compressionType",
            "fileSizeBytes",
            "fileType",
            "outputSummary",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("compression_type", self.compression_type),
                ("file_size_bytes", self.file_size_bytes),
                ("file_type", self.file_type),
                ("output_summary", self.output_summary),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        compression_type: None | str
        if isinstance(self.compression_type, CompressionType):
            compression_type = getattr(
                self.compression_type, "value", self.compression_type
            )
        else:
            compression_type = self.compression_type

        file_size_bytes: int | None
        file_size_bytes = self.file_size_bytes

        file_type = getattr(self.file_type, "value", self.file_type)

        output_summary: None | str
        output_summary = self.output_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compressionType": compression_type,
                "fileSizeBytes": file_size_bytes,
                "fileType": file_type,
                "outputSummary": output_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _compression_type_raw = src_dict["compressionType"]
        compression_type: CompressionType | None
        if isinstance(_compression_type_raw, str):
            compression_type_type_0 = cast(
                CompressionType,
                CompressionType._value2member_map_.get(_compression_type_raw)
                or CompressionType(_compression_type_raw),
            )

            compression_type = compression_type_type_0
        else:
            compression_type = cast(CompressionType | None, _compression_type_raw)

        _file_size_bytes_raw = src_dict["fileSizeBytes"]
        file_size_bytes: int | None
        file_size_bytes = cast(int | None, _file_size_bytes_raw)

        file_type = cast(
            OutputFileType,
            OutputFileType._value2member_map_.get(src_dict["fileType"])
            or OutputFileType(src_dict["fileType"]),
        )

        _output_summary_raw = src_dict["outputSummary"]
        output_summary: None | str
        output_summary = cast(None | str, _output_summary_raw)

        _obj = cls(
            compression_type,
            file_size_bytes,
            file_type,
            output_summary,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("compressionType", None)
            additional_properties.pop("fileSizeBytes", None)
            additional_properties.pop("fileType", None)
            additional_properties.pop("outputSummary", None)
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
