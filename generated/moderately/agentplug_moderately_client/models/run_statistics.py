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

T = TypeVar("T", bound="RunStatistics")


@_attrs_define
class RunStatistics:
    """Execution statistics added to agents and pipelines when read.

    Attributes:
        last_run_at (datetime.datetime | None):
        success_rate (float): Share of successful runs, between 0 and 1.
        successful_runs (int):
        total_runs (int):
    """

    last_run_at: datetime.datetime | None
    success_rate: float
    successful_runs: int
    total_runs: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
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
                "lastRunAt": last_run_at,
                "successRate": success_rate,
                "successfulRuns": successful_runs,
                "totalRuns": total_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            last_run_at,
            success_rate,
            successful_runs,
            total_runs,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
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
