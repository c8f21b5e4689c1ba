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

T = TypeVar("T", bound="AgentForUpdate")


@_attrs_define
class AgentForUpdate:
    """Omitted fields are kept; null clears a field. `external_identifier` cannot change.

    Attributes:
        description (None | str | Unset):
        name (str | Unset):
        owner_person_id (None | str | Unset):
        risk_profile_id (None | str | Unset):
        team_id (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    name: str | Unset = UNSET
    owner_person_id: None | str | Unset = UNSET
    risk_profile_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "name",
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
                ("description", self.description),
                ("name", self.name),
                ("owner_person_id", self.owner_person_id),
                ("risk_profile_id", self.risk_profile_id),
                ("team_id", self.team_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name = self.name

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
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if owner_person_id is not UNSET:
            field_dict["owner_person_id"] = owner_person_id
        if risk_profile_id is not UNSET:
            field_dict["risk_profile_id"] = risk_profile_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _description_raw = src_dict.get("description", UNSET)
        description: None | str | Unset
        if isinstance(_description_raw, Unset):
            description = UNSET
        else:
            description = cast(None | str | Unset, _description_raw)

        _name_in = src_dict.get("name", UNSET)
        if _name_in is None:
            _name_in = UNSET
        name = _name_in

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
            description,
            name,
            owner_person_id,
            risk_profile_id,
            team_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("description", None)
            additional_properties.pop("name", None)
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
