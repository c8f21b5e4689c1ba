from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """What went wrong.

    Attributes:
        code (str): Machine-readable error code.
        message (str): Human-readable explanation.
        timestamp (datetime.datetime): When the error happened.
        details (Any | Unset): Optional structured context (e.g. failed validations); may be null.
        path (str | Unset): Request path that failed.
        request_id (str | Unset): Server-side request identifier, useful in support requests.
    """

    code: str
    message: str
    timestamp: datetime.datetime
    details: Any | Unset = UNSET
    path: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
            "timestamp",
            "details",
            "path",
            "requestId",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("code", self.code),
                ("message", self.message),
                ("timestamp", self.timestamp),
                ("details", self.details),
                ("path", self.path),
                ("request_id", self.request_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        timestamp = (
            self.timestamp
            if isinstance(self.timestamp, str)
            else self.timestamp.isoformat()
        )

        details = self.details

        path = self.path

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "timestamp": timestamp,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if path is not UNSET:
            field_dict["path"] = path
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]

        message = src_dict["message"]

        timestamp = parse_datetime(src_dict["timestamp"])

        details = src_dict.get("details", UNSET)

        _path_in = src_dict.get("path", UNSET)
        if _path_in is None:
            _path_in = UNSET
        path = _path_in

        _request_id_in = src_dict.get("requestId", UNSET)
        if _request_id_in is None:
            _request_id_in = UNSET
        request_id = _request_id_in

        _obj = cls(
            code,
            message,
            timestamp,
            details,
            path,
            request_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("code", None)
            additional_properties.pop("message", None)
            additional_properties.pop("timestamp", None)
            additional_properties.pop("details", None)
            additional_properties.pop("path", None)
            additional_properties.pop("requestId", None)
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
