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

from ..types import UNSET, parse_datetime

T = TypeVar("T", bound="PipelineWithRunStats")


@_attrs_define
class PipelineWithRunStats:
    """A pipeline with its execution statistics, as returned by reads and lists.

    Attributes:
        created_at (datetime.datetime | None):
        description (None | str):
        name (str):
        pipeline_id (str): Resource identifier (a nanoid string, not a UUID).
        team_id (str): Resource identifier (a nanoid string, not a UUID).
        updated_at (datetime.datetime | None):
        last_run_at (datetime.datetime | None):
        success_rate (float): Share of successful runs, between 0 and 1.
        successful_runs (int):
        total_runs (int):
    """

    created_at: datetime.datetime | None
    description: None | str
    name: str
    pipeline_id: str
    team_id: str
    updated_at: datetime.datetime | None
    last_run_at: datetime.datetime | None
    success_rate: float
    successful_runs: int
    total_runs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "createdAt",
            "description",
            "name",
            "pipelineId",
            "teamId",
            "updatedAt",
            "lastRunAt",
            "successRate",
            "successfulRuns",
            "totalRuns",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("description", self.description),
                ("name", self.name),
                ("pipeline_id", self.pipeline_id),
                ("team_id", self.team_id),
                ("updated_at", self.updated_at),
                ("last_run_at", self.last_run_at),
                ("success_rate", self.success_rate),
                ("successful_runs", self.successful_runs),
                ("total_runs", self.total_runs),
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

        description: None | str
        description = self.description

        name = self.name

        pipeline_id = self.pipeline_id

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

        last_run_at: None | str
        if isinstance(self.last_run_at, datetime.datetime):
            last_run_at = (
                self.last_run_at
                if isinstance(self.last_run_at, str)
                else self.last_run_at.isoformat()
            )
        else:
            last_run_at = self.last_run_at

        success_rate = self.success_rate

        successful_runs = self.successful_runs

        total_runs = self.total_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "description": description,
                "name": name,
                "pipelineId": pipeline_id,
                "teamId": team_id,
                "updatedAt": updated_at,
                "lastRunAt": last_run_at,
                "successRate": success_rate,
                "successfulRuns": successful_runs,
                "totalRuns": total_runs,
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

        _description_raw = src_dict["description"]
        description: None | str
        description = cast(None | str, _description_raw)

        name = src_dict["name"]

        pipeline_id = src_dict["pipelineId"]

        team_id = src_dict["teamId"]

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        _last_run_at_raw = src_dict["lastRunAt"]
        last_run_at: datetime.datetime | None
        if isinstance(_last_run_at_raw, str):
            last_run_at_type_0 = parse_datetime(_last_run_at_raw)

            last_run_at = last_run_at_type_0
        else:
            last_run_at = cast(datetime.datetime | None, _last_run_at_raw)

        success_rate = src_dict["successRate"]

        successful_runs = src_dict["successfulRuns"]

        total_runs = src_dict["totalRuns"]

        _obj = cls(
            created_at,
            description,
            name,
            pipeline_id,
            team_id,
            updated_at,
            last_run_at,
            success_rate,
            successful_runs,
            total_runs,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("createdAt", None)
            additional_properties.pop("description", None)
            additional_properties.pop("name", None)
            additional_properties.pop("pipelineId", None)
            additional_properties.pop("teamId", None)
            additional_properties.pop("updatedAt", None)
            additional_properties.pop("lastRunAt", None)
            additional_properties.pop("successRate", None)
            additional_properties.pop("successfulRuns", None)
            additional_properties.pop("totalRuns", None)
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
