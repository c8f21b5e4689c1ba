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

from ..models.processing_status import ProcessingStatus
from ..types import UNSET, parse_datetime

T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """A dataset: versioned tabular data with versioned schemas.

    Attributes:
        active_data_schema_version_id (None | str):
        active_data_version_id (None | str):
        created_at (datetime.datetime | None):
        current_data_version_id (None | str):
        current_schema_version_id (None | str):
        dataset_id (str): Resource identifier (a nanoid string, not a UUID).
        description (None | str):
        name (str):
        processing_status (None | ProcessingStatus):
        team_id (str): Resource identifier (a nanoid string, not a UUID).
        updated_at (datetime.datetime | None):
    """

    active_data_schema_version_id: None | str
    active_data_version_id: None | str
    created_at: datetime.datetime | None
    current_data_version_id: None | str
    current_schema_version_id: None | str
    dataset_id: str
    description: None | str
    name: str
    processing_status: None | ProcessingStatus
    team_id: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "activeDataSchemaVersionId",
            "activeDataVersionId",
            "createdAt",
            "currentDataVersionId",
            "currentSchemaVersionId",
            "datasetId",
            "description",
            "name",
            "processingStatus",
            "teamId",
            "updatedAt",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("active_data_schema_version_id", self.active_data_schema_version_id),
                ("active_data_version_id", self.active_data_version_id),
                ("created_at", self.created_at),
                ("current_data_version_id", self.current_data_version_id),
                ("current_schema_version_id", self.current_schema_version_id),
                ("dataset_id", self.dataset_id),
                ("description", self.description),
                ("name", self.name),
                ("processing_status", self.processing_status),
                ("team_id", self.team_id),
                ("updated_at", self.updated_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        active_data_schema_version_id: None | str
        active_data_schema_version_id = self.active_data_schema_version_id

        active_data_version_id: None | str
        active_data_version_id = self.active_data_version_id

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at
                if isinstance(self.created_at, str)
                else self.created_at.isoformat()
            )
        else:
            created_at = self.created_at

        current_data_version_id: None | str
        current_data_version_id = self.current_data_version_id

        current_schema_version_id: None | str
        current_schema_version_id = self.current_schema_version_id

        dataset_id = self.dataset_id

        description: None | str
        description = self.description

        name = self.name

        processing_status: None | str
        if isinstance(self.processing_status, ProcessingStatus):
            processing_status = getattr(
                self.processing_status, "value", self.processing_status
            )
        else:
            processing_status = self.processing_status

        team_id = self.team_id

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
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
                "activeDataSchemaVersionId": active_data_schema_version_id,
                "activeDataVersionId": active_data_version_id,
                "createdAt": created_at,
                "currentDataVersionId": current_data_version_id,
                "currentSchemaVersionId": current_schema_version_id,
                "datasetId": dataset_id,
                "description": description,
                "name": name,
                "processingStatus": processing_status,
                "teamId": team_id,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _active_data_schema_version_id_raw = src_dict["activeDataSchemaVersionId"]
        active_data_schema_version_id: None | str
        active_data_schema_version_id = cast(
            None | str, _active_data_schema_version_id_raw
        )

        _active_data_version_id_raw = src_dict["activeDataVersionId"]
        active_data_version_id: None | str
        active_data_version_id = cast(None | str, _active_data_version_id_raw)

        _created_at_raw = src_dict["createdAt"]
        created_at: datetime.datetime | None
        if isinstance(_created_at_raw, str):
            created_at_type_0 = parse_datetime(_created_at_raw)

            created_at = created_at_type_0
        else:
            created_at = cast(datetime.datetime | None, _created_at_raw)

        _current_data_version_id_raw = src_dict["currentDataVersionId"]
        current_data_version_id: None | str
        current_data_version_id = cast(None | str, _current_data_version_id_raw)

        _current_schema_version_id_raw = src_dict["currentSchemaVersionId"]
        current_schema_version_id: None | str
        current_schema_version_id = cast(None | str, _current_schema_version_id_raw)

        dataset_id = src_dict["datasetId"]

        _description_raw = src_dict["description"]
        description: None | str
        description = cast(None | str, _description_raw)

        name = src_dict["name"]

        _processing_status_raw = src_dict["processingStatus"]
        processing_status: None | ProcessingStatus
        if isinstance(_processing_status_raw, str):
            processing_status_type_0 = cast(
                ProcessingStatus,
                ProcessingStatus._value2member_map_.get(_processing_status_raw)
                or ProcessingStatus(_processing_status_raw),
            )

            processing_status = processing_status_type_0
        else:
            processing_status = cast(None | ProcessingStatus, _processing_status_raw)

        team_id = src_dict["teamId"]

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        _obj = cls(
            active_data_schema_version_id,
            active_data_version_id,
            created_at,
            current_data_version_id,
            current_schema_version_id,
            dataset_id,
            description,
            name,
            processing_status,
            team_id,
            updated_at,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("activeDataSchemaVersionId", None)
            additional_properties.pop("activeDataVersionId", None)
            additional_properties.pop("createdAt", None)
            additional_properties.pop("currentDataVersionId", None)
            additional_properties.pop("currentSchemaVersionId", None)
            additional_properties.pop("datasetId", None)
            additional_properties.pop("description", None)
            additional_properties.pop("name", None)
            additional_properties.pop("processingStatus", None)
            additional_properties.pop("teamId", None)
            additional_properties.pop("updatedAt", None)
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
