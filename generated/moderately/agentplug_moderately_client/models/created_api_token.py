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

T = TypeVar("T", bound="CreatedApiToken")


@_attrs_define
class CreatedApiToken:
    """A freshly created API token, with its secret.

    Attributes:
        created_at (datetime.datetime | None):
        expires_at (datetime.datetime | None):
        name (str):
        role (ApiTokenRole): What an API token may do.
        team_id (str): Resource identifier (a nanoid string, not a UUID).
        token (str): The secret; shown only in this response.
        token_id (str): Resource identifier (a nanoid string, not a UUID).
    """

    created_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    name: str
    role: ApiTokenRole
    team_id: str
    token: str
    token_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "createdAt",
            "expiresAt",
            "name",
            "role",
            "teamId",
            "token",
            "tokenId",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("expires_at", self.expires_at),
                ("name", self.name),
                ("role", self.role),
                ("team_id", self.team_id),
                ("token", self.token),
                ("token_id", self.token_id),
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

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = (
                self.expires_at
                if isinstance(self.expires_at, str)
                else self.expires_at.isoformat()
            )
        else:
            expires_at = self.expires_at

        name = self.name

        role = getattr(self.role, "value", self.role)

        team_id = self.team_id

        token = self.token

        token_id = self.token_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "expiresAt": expires_at,
                "name": name,
                "role": role,
                "teamId": team_id,
                "token": token,
                "tokenId": token_id,
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

        _expires_at_raw = src_dict["expiresAt"]
        expires_at: datetime.datetime | None
        if isinstance(_expires_at_raw, str):
            expires_at_type_0 = parse_datetime(_expires_at_raw)

            expires_at = expires_at_type_0
        else:
            expires_at = cast(datetime.datetime | None, _expires_at_raw)

        name = src_dict["name"]

        role = cast(
            ApiTokenRole,
            ApiTokenRole._value2member_map_.get(src_dict["role"])
            or ApiTokenRole(src_dict["role"]),
        )

        team_id = src_dict["teamId"]

        token = src_dict["token"]

        token_id = src_dict["tokenId"]

        _obj = cls(
            created_at,
            expires_at,
            name,
            role,
            team_id,
            token,
            token_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("createdAt", None)
            additional_properties.pop("expiresAt", None)
            additional_properties.pop("name", None)
            additional_properties.pop("role", None)
            additional_properties.pop("teamId", None)
            additional_properties.pop("token", None)
            additional_properties.pop("tokenId", None)
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
