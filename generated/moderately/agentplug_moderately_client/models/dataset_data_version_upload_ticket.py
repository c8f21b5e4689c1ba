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

from ..types import UNSET, parse_datetime

T = TypeVar("T", bound="DatasetDataVersionUploadTicket")


@_attrs_define
class DatasetDataVersionUploadTicket:
    """A new data version and where to send its file.

    Attributes:
        data_version (DatasetDataVersion): One uploaded version of a dataset's data.
        upload_expiry (datetime.datetime | None):
        upload_url (str): Presigned storage URL: PUT the file there (Content-Type text/csv or the xlsx type) without
            Authorization.
    """

    data_version: DatasetDataVersion
    upload_expiry: datetime.datetime | None
    upload_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "dataVersion",
            "uploadExpiry",
            "uploadUrl",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("data_version", self.data_version),
                ("upload_expiry", self.upload_expiry),
                ("upload_url", self.upload_url),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        data_version = (
            self.data_version
            if isinstance(self.data_version, dict)
            else self.data_version.to_dict()
        )

        upload_expiry: None | str
        if isinstance(self.upload_expiry, datetime.datetime):
            upload_expiry = (
                self.upload_expiry
                if isinstance(self.upload_expiry, str)
                else self.upload_expiry.isoformat()
            )
        else:
            upload_expiry = self.upload_expiry

        upload_url = self.upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataVersion": data_version,
                "uploadExpiry": upload_expiry,
                "uploadUrl": upload_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        data_version = DatasetDataVersion.from_dict(src_dict["dataVersion"])

        _upload_expiry_raw = src_dict["uploadExpiry"]
        upload_expiry: datetime.datetime | None
        if isinstance(_upload_expiry_raw, str):
            upload_expiry_type_0 = parse_datetime(_upload_expiry_raw)

            upload_expiry = upload_expiry_type_0
        else:
            upload_expiry = cast(datetime.datetime | None, _upload_expiry_raw)

        upload_url = src_dict["uploadUrl"]

        _obj = cls(
            data_version,
            upload_expiry,
            upload_url,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("dataVersion", None)
            additional_properties.pop("uploadExpiry", None)
            additional_properties.pop("uploadUrl", None)
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


from ..models.dataset_data_version import DatasetDataVersion  # noqa: E402
