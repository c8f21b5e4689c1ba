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
from ..types import UNSET, parse_datetime

T = TypeVar("T", bound="ApiToken")


@_attrs_define
class ApiToken:
    """An API token (never its secret).

    Attributes:
        created_at (datetime.datetime | None):
        created_by_user_id (str): Resource identifier (a nanoid string, not a UUID).
        expires_at (datetime.datetime | None):
        is_active (bool):
        last4 (str):
        last_used_at (datetime.datetime | None):
        name (str):
        role (ApiTokenRole): What an API token may do.
        team_id (str): Resource identifier (a nanoid string, not a UUID).
        token_id (str): Resource identifier (a nanoid string, not a UUID).
        token_prefix (str):
        updated_at (datetime.datetime | None):
        usage_7_days (int):
    """

    created_at: datetime.datetime | None
    created_by_user_id: str
    expires_at: datetime.datetime | None
    is_active: bool
    last4: str
    last_used_at: datetime.datetime | None
    name: str
    role: ApiTokenRole
    team_id: str
    token_id: str
    token_prefix: str
    updated_at: datetime.datetime | None
    usage_7_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "createdAt",
            "createdByUserId",
            "expiresAt",
            "isActive",
            "last4",
            "lastUsedAt",
            "name",
            "role",
            "teamId",
            "tokenId",
            "tokenPrefix",
            "updatedAt",
            "usage7Days",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("created_by_user_id", self.created_by_user_id),
                ("expires_at", self.expires_at),
                ("is_active", self.is_active),
                ("last4", self.last4),
                ("last_used_at", self.last_used_at),
                ("name", self.name),
                ("role", self.role),
                ("team_id", self.team_id),
                ("token_id", self.token_id),
                ("token_prefix", self.token_prefix),
                ("updated_at", self.updated_at),
                ("usage_7_days", self.usage_7_days),
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

        created_by_user_id = self.created_by_user_id

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = (
                self.expires_at
                if isinstance(self.expires_at, str)
                else self.expires_at.isoformat()
            )
        else:
            expires_at = self.expires_at

        is_active = self.is_active

        last4 = self.last4

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = (
                self.last_used_at
                if isinstance(self.last_used_at, str)
                else self.last_used_at.isoformat()
            )
        else:
            last_used_at = self.last_used_at

        name = self.name

        role = getattr(self.role, "value", self.role)

        team_id = self.team_id

        token_id = self.token_id

        token_prefix = self.token_prefix

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        usage_7_days = self.usage_7_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "createdByUserId": created_by_user_id,
                "expiresAt": expires_at,
                "isActive": is_active,
                "last4": last4,
                "lastUsedAt": last_used_at,
                "name": name,
                "role": role,
                "teamId": team_id,
                "tokenId": token_id,
                "tokenPrefix": token_prefix,
                "updatedAt": updated_at,
                "usage7Days": usage_7_days,
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

        created_by_user_id = src_dict["createdByUserId"]

        _expires_at_raw = src_dict["expiresAt"]
        expires_at: datetime.datetime | None
        if isinstance(_expires_at_raw, str):
            expires_at_type_0 = parse_datetime(_expires_at_raw)

            expires_at = expires_at_type_0
        else:
            expires_at = cast(datetime.datetime | None, _expires_at_raw)

        is_active = src_dict["isActive"]

        last4 = src_dict["last4"]

        _last_used_at_raw = src_dict["lastUsedAt"]
        last_used_at: datetime.datetime | None
        if isinstance(_last_used_at_raw, str):
            last_used_at_type_0 = parse_datetime(_last_used_at_raw)

            last_used_at = last_used_at_type_0
        else:
            last_used_at = cast(datetime.datetime | None, _last_used_at_raw)

        name = src_dict["name"]

        role = cast(
            ApiTokenRole,
            ApiTokenRole._value2member_map_.get(src_dict["role"])
            or ApiTokenRole(src_dict["role"]),
        )

        team_id = src_dict["teamId"]

        token_id = src_dict["tokenId"]

        token_prefix = src_dict["tokenPrefix"]

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        usage_7_days = src_dict["usage7Days"]

        _obj = cls(
            created_at,
            created_by_user_id,
            expires_at,
            is_active,
            last4,
            last_used_at,
            name,
            role,
            team_id,
            token_id,
            token_prefix,
            updated_at,
            usage_7_days,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("createdAt", None)
            additional_properties.pop("createdByUserId", None)
            additional_properties.pop("expiresAt", None)
            additional_properties.pop("isActive", None)
            additional_properties.pop("last4", None)
            additional_properties.pop("lastUsedAt", None)
            additional_properties.pop("name", None)
            additional_properties.pop("role", None)
            additional_properties.pop("teamId", None)
            additional_properties.pop("tokenId", None)
            additional_properties.pop("tokenPrefix", None)
            additional_properties.pop("updatedAt", None)
            additional_properties.pop("usage7Days", None)
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
