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

from ..models.api_token_role import ApiTokenRole
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ApiTokenCreate")


@_attrs_define
class ApiTokenCreate:
    """A new API token.

    Attributes:
        name (str):
        team_id (str): Resource identifier (a nanoid string, not a UUID).
        expires_at (datetime.datetime | None | Unset):
        role (ApiTokenRole | Unset): What an API token may do.
    """

    name: str
    team_id: str
    expires_at: datetime.datetime | None | Unset = UNSET
    role: ApiTokenRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "teamId",
            "expiresAt",
            "role",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("team_id", self.team_id),
                ("expires_at", self.expires_at),
                ("role", self.role),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        team_id = self.team_id

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

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = getattr(self.role, "value", self.role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "teamId": team_id,
            }
        )
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        team_id = src_dict["teamId"]

        _expires_at_raw = src_dict.get("expiresAt", UNSET)
        expires_at: datetime.datetime | None | Unset
        if isinstance(_expires_at_raw, Unset):
            expires_at = UNSET
        elif isinstance(_expires_at_raw, str):
            expires_at_type_0 = parse_datetime(_expires_at_raw)

            expires_at = expires_at_type_0
        else:
            expires_at = cast(datetime.datetime | None | Unset, _expires_at_raw)

        _role_in = src_dict.get("role", UNSET)
        if _role_in is None:
            _role_in = UNSET
        _role = _role_in
        role: ApiTokenRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = cast(
                ApiTokenRole,
                ApiTokenRole._value2member_map_.get(_role) or ApiTokenRole(_role),
            )

        _obj = cls(
            name,
            team_id,
            expires_at,
            role,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("name", None)
            additional_properties.pop("teamId", None)
            additional_properties.pop("expiresAt", None)
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
