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

from ..models.output_location import OutputLocation
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PipelineOutput")


@_attrs_define
class PipelineOutput:
    """An execution's output: inline (`data`, `summary`) or in object storage (`downloadUrl`, `expiresAt`, `metadata`), as
    `type` says.

        Attributes:
            type_ (OutputLocation): Where an execution's output lives.
            data (JsonObject | Unset): A free-form JSON object.
            download_url (str | Unset): `s3` only: presigned URL of the stored output; GET it without Authorization.
            expires_at (datetime.datetime | None | Unset): `s3` only: when downloadUrl stops working.
            metadata (StoredOutputMetadata | Unset): How to decode a stored output.
            summary (None | str | Unset): `inline` only: a short description of the output.
    """

    type_: OutputLocation
    data: dict[str, Any] | Unset = UNSET
    download_url: str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    metadata: StoredOutputMetadata | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "data",
            "downloadUrl",
            "expiresAt",
            "metadata",
            "summary",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("type_", self.type_),
                ("data", self.data),
                ("download_url", self.download_url),
                ("expires_at", self.expires_at),
                ("metadata", self.metadata),
                ("summary", self.summary),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = getattr(self.type_, "value", self.type_)

        data = self.data

        download_url = self.download_url

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = (
                self.expires_at
                if isinstance(self.expires_at, str)
                else self.expires_at.isoformat()
            )
        else:
            expires_at = self.expires_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = (
                self.metadata
                if isinstance(self.metadata, dict)
                else self.metadata.to_dict()
            )

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = cast(
            OutputLocation,
            OutputLocation._value2member_map_.get(src_dict["type"])
            or OutputLocation(src_dict["type"]),
        )

        _data_in = src_dict.get("data", UNSET)
        if _data_in is None:
            _data_in = UNSET
        data = _data_in
        if not isinstance(data, (dict, Unset)):
            raise TypeError(f"expected an object for data, got {type(data).__name__}")

        _download_url_in = src_dict.get("downloadUrl", UNSET)
        if _download_url_in is None:
            _download_url_in = UNSET
        download_url = _download_url_in

        _expires_at_raw = src_dict.get("expiresAt", UNSET)
        expires_at: datetime.datetime | None | Unset
        if isinstance(_expires_at_raw, Unset):
            expires_at = UNSET
        elif isinstance(_expires_at_raw, str):
            expires_at_type_0 = parse_datetime(_expires_at_raw)

            expires_at = expires_at_type_0
        else:
            expires_at = cast(datetime.datetime | None | Unset, _expires_at_raw)

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        _metadata = _metadata_in
        metadata: StoredOutputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StoredOutputMetadata.from_dict(_metadata)

        _summary_raw = src_dict.get("summary", UNSET)
        summary: None | str | Unset
        if isinstance(_summary_raw, Unset):
            summary = UNSET
        else:
            summary = cast(None | str | Unset, _summary_raw)

        _obj = cls(
            type_,
            data,
            download_url,
            expires_at,
            metadata,
            summary,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("type", None)
            additional_properties.pop("data", None)
            additional_properties.pop("downloadUrl", None)
            additional_properties.pop("expiresAt", None)
            additional_properties.pop("metadata", None)
            additional_properties.pop("summary", None)
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


from ..models.stored_output_metadata import StoredOutputMetadata  # noqa: E402
