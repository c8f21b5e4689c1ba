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

T = TypeVar("T", bound="AgentSearchRequest")


@_attrs_define
class AgentSearchRequest:
    """Filters for searching agents. Servers may require `name` or `version`.

    Attributes:
        limit (int | Unset): Maximum number of items to return. Server default: `10`.
        name (str | Unset): Match agents with this name.
        offset (int | Unset): Number of items to skip. Server default: `0`.
        version (str | Unset): Match agents with this version (semantic versioning).
    """

    limit: int | Unset = UNSET
    name: str | Unset = UNSET
    offset: int | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "limit",
            "name",
            "offset",
            "version",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("limit", self.limit),
                ("name", self.name),
                ("offset", self.offset),
                ("version", self.version),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        name = self.name

        offset = self.offset

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if name is not UNSET:
            field_dict["name"] = name
        if offset is not UNSET:
            field_dict["offset"] = offset
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _limit_in = src_dict.get("limit", UNSET)
        if _limit_in is None:
            _limit_in = UNSET
        limit = _limit_in

        _name_in = src_dict.get("name", UNSET)
        if _name_in is None:
            _name_in = UNSET
        name = _name_in

        _offset_in = src_dict.get("offset", UNSET)
        if _offset_in is None:
            _offset_in = UNSET
        offset = _offset_in

        _version_in = src_dict.get("version", UNSET)
        if _version_in is None:
            _version_in = UNSET
        version = _version_in

        _obj = cls(
            limit,
            name,
            offset,
            version,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("limit", None)
            additional_properties.pop("name", None)
            additional_properties.pop("offset", None)
            additional_properties.pop("version", None)
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
