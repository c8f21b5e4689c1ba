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

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="TimestampRequest")


@_attrs_define
class TimestampRequest:
    """
    Attributes:
        idempotency_key (str | Unset): Repeating a request with the same key returns the first result.
        timestamp (datetime.datetime | None | Unset): Null means now.
    """

    idempotency_key: str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "idempotency_key",
            "timestamp",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("idempotency_key", self.idempotency_key),
                ("timestamp", self.timestamp),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        idempotency_key = self.idempotency_key

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = (
                self.timestamp
                if isinstance(self.timestamp, str)
                else self.timestamp.isoformat()
            )
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _idempotency_key_in = src_dict.get("idempotency_key", UNSET)
        if _idempotency_key_in is None:
            _idempotency_key_in = UNSET
        idempotency_key = _idempotency_key_in

        _timestamp_raw = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime | None | Unset
        if isinstance(_timestamp_raw, Unset):
            timestamp = UNSET
        elif isinstance(_timestamp_raw, str):
            timestamp_type_0 = parse_datetime(_timestamp_raw)

            timestamp = timestamp_type_0
        else:
            timestamp = cast(datetime.datetime | None | Unset, _timestamp_raw)

        _obj = cls(
            idempotency_key,
            timestamp,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("idempotency_key", None)
            additional_properties.pop("timestamp", None)
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
