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

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadSearchRequest")


@_attrs_define
class ThreadSearchRequest:
    """Filters for searching threads.

    Attributes:
        limit (int | Unset): Maximum number of items to return. Server default: `10`.
        metadata (ThreadSearchRequestMetadata | Unset): Match threads whose metadata contains these keys with equal
            values.
        offset (int | Unset): Number of items to skip. Server default: `0`.
        status (ThreadStatus | Unset): `idle`: no active run; `busy`: a run is pending; `interrupted`: the last run
            stopped on an interrupt; `error`: the last run failed.
        values (ThreadSearchRequestValues | Unset): Match threads by state values.
    """

    limit: int | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    offset: int | Unset = UNSET
    status: ThreadStatus | Unset = UNSET
    values: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "limit",
            "metadata",
            "offset",
            "status",
            "values",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("limit", self.limit),
                ("metadata", self.metadata),
                ("offset", self.offset),
                ("status", self.status),
                ("values", self.values),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        metadata = self.metadata

        offset = self.offset

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _limit_in = src_dict.get("limit", UNSET)
        if _limit_in is None:
            _limit_in = UNSET
        limit = _limit_in

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        metadata = _metadata_in
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        _offset_in = src_dict.get("offset", UNSET)
        if _offset_in is None:
            _offset_in = UNSET
        offset = _offset_in

        _status_in = src_dict.get("status", UNSET)
        if _status_in is None:
            _status_in = UNSET
        _status = _status_in
        status: ThreadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = cast(
                ThreadStatus,
                ThreadStatus._value2member_map_.get(_status) or ThreadStatus(_status),
            )

        _values_in = src_dict.get("values", UNSET)
        if _values_in is None:
            _values_in = UNSET
        values = _values_in
        if not isinstance(values, (dict, Unset)):
            raise TypeError(
                f"expected an object for values, got {type(values).__name__}"
            )

        _obj = cls(
            limit,
            metadata,
            offset,
            status,
            values,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("limit", None)
            additional_properties.pop("metadata", None)
            additional_properties.pop("offset", None)
            additional_properties.pop("status", None)
            additional_properties.pop("values", None)
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
