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

from ..models.team_role import TeamRole
from ..types import UNSET, parse_datetime

T = TypeVar("T", bound="TeamUser")


@_attrs_define
class TeamUser:
    """Membership of a user in a team.

    Attributes:
        created_at (datetime.datetime | None):
        email (None | str):
        is_default (bool): Whether this is the user's default team.
        role (TeamRole): Role of a user inside a team.
        team_id (str): Resource identifier (a nanoid string, not a UUID).
        team_user_id (str): Resource identifier (a nanoid string, not a UUID).
        updated_at (datetime.datetime | None):
        user_id (str): Resource identifier (a nanoid string, not a UUID).
    """

    created_at: datetime.datetime | None
    email: None | str
    is_default: bool
    role: TeamRole
    team_id: str
    team_user_id: str
    updated_at: datetime.datetime | None
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "createdAt",
            "email",
            "isDefault",
            "role",
            "teamId",
            "teamUserId",
            "updatedAt",
            "userId",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("email", self.email),
                ("is_default", self.is_default),
                ("role", self.role),
                ("team_id", self.team_id),
                ("team_user_id", self.team_user_id),
                ("updated_at", self.updated_at),
                ("user_id", self.user_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at
                if isinstance(self.created_at, str)
                else self.created_at.isoformat()
            )
        else:
            created_at = self.created_at

        email: None | str
        email = self.email

        is_default = self.is_default

        role = getattr(self.role, "value", self.role)

        team_id = self.team_id

        team_user_id = self.team_user_id

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "email": email,
                "isDefault": is_default,
                "role": role,
                "teamId": team_id,
                "teamUserId": team_user_id,
                "updatedAt": updated_at,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _created_at_raw = src_dict["createdAt"]
        created_at: datetime.datetime | None
        if isinstance(_created_at_raw, str):
            created_at_type_0 = parse_datetime(_created_at_raw)

            created_at = created_at_type_0
        else:
            created_at = cast(datetime.datetime | None, _created_at_raw)

        _email_raw = src_dict["email"]
        email: None | str
        email = cast(None | str, _email_raw)

        is_default = src_dict["isDefault"]

        role = cast(
            TeamRole,
            TeamRole._value2member_map_.get(src_dict["role"])
            or TeamRole(src_dict["role"]),
        )

        team_id = src_dict["teamId"]

        team_user_id = src_dict["teamUserId"]

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        user_id = src_dict["userId"]

        _obj = cls(
            created_at,
            email,
            is_default,
            role,
            team_id,
            team_user_id,
            updated_at,
            user_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("createdAt", None)
            additional_properties.pop("email", None)
            additional_properties.pop("isDefault", None)
            additional_properties.pop("role", None)
            additional_properties.pop("teamId", None)
            additional_properties.pop("teamUserId", None)
            additional_properties.pop("updatedAt", None)
            additional_properties.pop("userId", None)
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
