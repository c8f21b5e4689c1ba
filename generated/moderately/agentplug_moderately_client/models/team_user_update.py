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

from ..models.team_role import TeamRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamUserUpdate")


@_attrs_define
class TeamUserUpdate:
    """Changes to a team membership.

    Attributes:
        is_default (bool | Unset):
        role (TeamRole | Unset): Role of a user inside a team.
    """

    is_default: bool | Unset = UNSET
    role: TeamRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "isDefault",
            "role",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("is_default", self.is_default),
                ("role", self.role),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        is_default = self.is_default

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = getattr(self.role, "value", self.role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _is_default_in = src_dict.get("isDefault", UNSET)
        if _is_default_in is None:
            _is_default_in = UNSET
        is_default = _is_default_in

        _role_in = src_dict.get("role", UNSET)
        if _role_in is None:
            _role_in = UNSET
        _role = _role_in
        role: TeamRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = cast(
                TeamRole, TeamRole._value2member_map_.get(_role) or TeamRole(_role)
            )

        _obj = cls(
            is_default,
            role,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("isDefault", None)
            additional_properties.pop("role", None)
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
