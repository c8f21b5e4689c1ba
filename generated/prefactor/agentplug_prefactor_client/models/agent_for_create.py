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

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentForCreate")


@_attrs_define
class AgentForCreate:
    """
    Attributes:
        name (str):
        description (None | str | Unset):
        external_identifier (None | str | Unset): Unique within the account.
        id (None | str | Unset): A client-chosen id.
        owner_person_id (None | str | Unset):
        risk_profile_id (None | str | Unset):
        team_id (None | str | Unset):
    """

    name: str
    description: None | str | Unset = UNSET
    external_identifier: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    owner_person_id: None | str | Unset = UNSET
    risk_profile_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
            "external_identifier",
            "id",
            "owner_person_id",
            "risk_profile_id",
            "team_id",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("description", self.description),
                ("external_identifier", self.external_identifier),
                ("id", self.id),
                ("owner_person_id", self.owner_person_id),
                ("risk_profile_id", self.risk_profile_id),
                ("team_id", self.team_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        external_identifier: None | str | Unset
        if isinstance(self.external_identifier, Unset):
            external_identifier = UNSET
        else:
            external_identifier = self.external_identifier

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        owner_person_id: None | str | Unset
        if isinstance(self.owner_person_id, Unset):
            owner_person_id = UNSET
        else:
            owner_person_id = self.owner_person_id

        risk_profile_id: None | str | Unset
        if isinstance(self.risk_profile_id, Unset):
            risk_profile_id = UNSET
        else:
            risk_profile_id = self.risk_profile_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if external_identifier is not UNSET:
            field_dict["external_identifier"] = external_identifier
        if id is not UNSET:
            field_dict["id"] = id
        if owner_person_id is not UNSET:
            field_dict["owner_person_id"] = owner_person_id
        if risk_profile_id is not UNSET:
            field_dict["risk_profile_id"] = risk_profile_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        _description_raw = src_dict.get("description", UNSET)
        description: None | str | Unset
        if isinstance(_description_raw, Unset):
            description = UNSET
        else:
            description = cast(None | str | Unset, _description_raw)

        _external_identifier_raw = src_dict.get("external_identifier", UNSET)
        external_identifier: None | str | Unset
        if isinstance(_external_identifier_raw, Unset):
            external_identifier = UNSET
        else:
            external_identifier = cast(None | str | Unset, _external_identifier_raw)

        _id_raw = src_dict.get("id", UNSET)
        id: None | str | Unset
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = cast(None | str | Unset, _id_raw)

        _owner_person_id_raw = src_dict.get("owner_person_id", UNSET)
        owner_person_id: None | str | Unset
        if isinstance(_owner_person_id_raw, Unset):
            owner_person_id = UNSET
        else:
            owner_person_id = cast(None | str | Unset, _owner_person_id_raw)

        _risk_profile_id_raw = src_dict.get("risk_profile_id", UNSET)
        risk_profile_id: None | str | Unset
        if isinstance(_risk_profile_id_raw, Unset):
            risk_profile_id = UNSET
        else:
            risk_profile_id = cast(None | str | Unset, _risk_profile_id_raw)

        _team_id_raw = src_dict.get("team_id", UNSET)
        team_id: None | str | Unset
        if isinstance(_team_id_raw, Unset):
            team_id = UNSET
        else:
            team_id = cast(None | str | Unset, _team_id_raw)

        _obj = cls(
            name,
            description,
            external_identifier,
            id,
            owner_person_id,
            risk_profile_id,
            team_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("name", None)
            additional_properties.pop("description", None)
            additional_properties.pop("external_identifier", None)
            additional_properties.pop("id", None)
            additional_properties.pop("owner_person_id", None)
            additional_properties.pop("risk_profile_id", None)
            additional_properties.pop("team_id", None)
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
