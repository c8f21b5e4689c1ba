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

from ..models.agent_lifecycle_status import AgentLifecycleStatus
from ..models.agent_summary_type import AgentSummaryType
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AgentSummary")


@_attrs_define
class AgentSummary:
    """
    Attributes:
        id (str):
        name (str):
        status (AgentLifecycleStatus):
        type_ (AgentSummaryType):
        available_actions (AgentAvailableActions | None | Unset):
        description (None | str | Unset):
        external_identifier (None | str | Unset):
        inserted_at (datetime.datetime | None | Unset):
        owner_person_id (None | str | Unset):
        team_id (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    id: str
    name: str
    status: AgentLifecycleStatus
    type_: AgentSummaryType
    available_actions: AgentAvailableActions | None | Unset = UNSET
    description: None | str | Unset = UNSET
    external_identifier: None | str | Unset = UNSET
    inserted_at: datetime.datetime | None | Unset = UNSET
    owner_person_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "status",
            "type",
            "available_actions",
            "description",
            "external_identifier",
            "inserted_at",
            "owner_person_id",
            "team_id",
            "updated_at",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("id", self.id),
                ("name", self.name),
                ("status", self.status),
                ("type_", self.type_),
                ("available_actions", self.available_actions),
                ("description", self.description),
                ("external_identifier", self.external_identifier),
                ("inserted_at", self.inserted_at),
                ("owner_person_id", self.owner_person_id),
                ("team_id", self.team_id),
                ("updated_at", self.updated_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = getattr(self.status, "value", self.status)

        type_ = getattr(self.type_, "value", self.type_)

        available_actions: dict[str, Any] | None | Unset
        if isinstance(self.available_actions, Unset):
            available_actions = UNSET
        elif isinstance(self.available_actions, AgentAvailableActions):
            available_actions = (
                self.available_actions
                if isinstance(self.available_actions, dict)
                else self.available_actions.to_dict()
            )
        else:
            available_actions = self.available_actions

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

        inserted_at: None | str | Unset
        if isinstance(self.inserted_at, Unset):
            inserted_at = UNSET
        elif isinstance(self.inserted_at, datetime.datetime):
            inserted_at = (
                self.inserted_at
                if isinstance(self.inserted_at, str)
                else self.inserted_at.isoformat()
            )
        else:
            inserted_at = self.inserted_at

        owner_person_id: None | str | Unset
        if isinstance(self.owner_person_id, Unset):
            owner_person_id = UNSET
        else:
            owner_person_id = self.owner_person_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "type": type_,
            }
        )
        if available_actions is not UNSET:
            field_dict["available_actions"] = available_actions
        if description is not UNSET:
            field_dict["description"] = description
        if external_identifier is not UNSET:
            field_dict["external_identifier"] = external_identifier
        if inserted_at is not UNSET:
            field_dict["inserted_at"] = inserted_at
        if owner_person_id is not UNSET:
            field_dict["owner_person_id"] = owner_person_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        name = src_dict["name"]

        status = cast(
            AgentLifecycleStatus,
            AgentLifecycleStatus._value2member_map_.get(src_dict["status"])
            or AgentLifecycleStatus(src_dict["status"]),
        )

        type_ = cast(
            AgentSummaryType,
            AgentSummaryType._value2member_map_.get(src_dict["type"])
            or AgentSummaryType(src_dict["type"]),
        )

        _available_actions_raw = src_dict.get("available_actions", UNSET)
        available_actions: AgentAvailableActions | None | Unset
        if isinstance(_available_actions_raw, Unset):
            available_actions = UNSET
        elif isinstance(_available_actions_raw, (dict, Mapping)):
            available_actions = AgentAvailableActions.from_dict(_available_actions_raw)
        else:
            available_actions = cast(
                AgentAvailableActions | None | Unset, _available_actions_raw
            )

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

        _inserted_at_raw = src_dict.get("inserted_at", UNSET)
        inserted_at: datetime.datetime | None | Unset
        if isinstance(_inserted_at_raw, Unset):
            inserted_at = UNSET
        elif isinstance(_inserted_at_raw, str):
            inserted_at_type_0 = parse_datetime(_inserted_at_raw)

            inserted_at = inserted_at_type_0
        else:
            inserted_at = cast(datetime.datetime | None | Unset, _inserted_at_raw)

        _owner_person_id_raw = src_dict.get("owner_person_id", UNSET)
        owner_person_id: None | str | Unset
        if isinstance(_owner_person_id_raw, Unset):
            owner_person_id = UNSET
        else:
            owner_person_id = cast(None | str | Unset, _owner_person_id_raw)

        _team_id_raw = src_dict.get("team_id", UNSET)
        team_id: None | str | Unset
        if isinstance(_team_id_raw, Unset):
            team_id = UNSET
        else:
            team_id = cast(None | str | Unset, _team_id_raw)

        _updated_at_raw = src_dict.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at_raw, Unset):
            updated_at = UNSET
        elif isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None | Unset, _updated_at_raw)

        _obj = cls(
            id,
            name,
            status,
            type_,
            available_actions,
            description,
            external_identifier,
            inserted_at,
            owner_person_id,
            team_id,
            updated_at,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("id", None)
            additional_properties.pop("name", None)
            additional_properties.pop("status", None)
            additional_properties.pop("type", None)
            additional_properties.pop("available_actions", None)
            additional_properties.pop("description", None)
            additional_properties.pop("external_identifier", None)
            additional_properties.pop("inserted_at", None)
            additional_properties.pop("owner_person_id", None)
            additional_properties.pop("team_id", None)
            additional_properties.pop("updated_at", None)
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


from ..models.agent_available_actions import AgentAvailableActions  # noqa: E402
