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

T = TypeVar("T", bound="ApiTokenUpdate")


@_attrs_define
class ApiTokenUpdate:
    """Changes to an API token.

    Attributes:
        expires_at (datetime.datetime | None | Unset):
        is_active (bool | Unset):
        name (str | Unset):
    """

    expires_at: datetime.datetime | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "expiresAt",
            "isActive",
            "name",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("expires_at", self.expires_at),
                ("is_active", self.is_active),
                ("name", self.name),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
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

        is_active = self.is_active

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _expires_at_raw = src_dict.get("expiresAt", UNSET)
        expires_at: datetime.datetime | None | Unset
        if isinstance(_expires_at_raw, Unset):
            expires_at = UNSET
        elif isinstance(_expires_at_raw, str):
            expires_at_type_0 = parse_datetime(_expires_at_raw)

            expires_at = expires_at_type_0
        else:
            expires_at = cast(datetime.datetime | None | Unset, _expires_at_raw)

        _is_active_in = src_dict.get("isActive", UNSET)
        if _is_active_in is None:
            _is_active_in = UNSET
        is_active = _is_active_in

        _name_in = src_dict.get("name", UNSET)
        if _name_in is None:
            _name_in = UNSET
        name = _name_in

        _obj = cls(
            expires_at,
            is_active,
            name,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("expiresAt", None)
            additional_properties.pop("isActive", None)
            additional_properties.pop("name", None)
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
