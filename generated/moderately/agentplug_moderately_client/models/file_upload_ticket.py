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

T = TypeVar("T", bound="FileUploadTicket")


@_attrs_define
class FileUploadTicket:
    """A pending file record and where to send its bytes.

    Attributes:
        expires_at (datetime.datetime | None):
        file (File): A stored file.
        upload_url (str): Presigned storage URL: PUT the bytes there with the registered Content-Type and no
            Authorization header.
    """

    expires_at: datetime.datetime | None
    file: File
    upload_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "expiresAt",
            "file",
            "uploadUrl",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("expires_at", self.expires_at),
                ("file", self.file),
                ("upload_url", self.upload_url),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = (
                self.expires_at
                if isinstance(self.expires_at, str)
                else self.expires_at.isoformat()
            )
        else:
            expires_at = self.expires_at

        file = self.file if isinstance(self.file, dict) else self.file.to_dict()

        upload_url = self.upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiresAt": expires_at,
                "file": file,
                "uploadUrl": upload_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _expires_at_raw = src_dict["expiresAt"]
        expires_at: datetime.datetime | None
        if isinstance(_expires_at_raw, str):
            expires_at_type_0 = parse_datetime(_expires_at_raw)

            expires_at = expires_at_type_0
        else:
            expires_at = cast(datetime.datetime | None, _expires_at_raw)

        file = File.from_dict(src_dict["file"])

        upload_url = src_dict["uploadUrl"]

        _obj = cls(
            expires_at,
            file,
            upload_url,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("expiresAt", None)
            additional_properties.pop("file", None)
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


from ..models.file import File  # noqa: E402
