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

T = TypeVar("T", bound="LiveTailExecution")


@_attrs_define
class LiveTailExecution:
    """The execution fields relevant to following it live.

    Attributes:
        agent_execution_id (str): Resource identifier (a nanoid string, not a UUID).
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        current_step (int | None):
        started_at (datetime.datetime | None):
        status (str):
        updated_at (datetime.datetime | None):
    """

    agent_execution_id: str
    completed_at: datetime.datetime | None
    created_at: datetime.datetime | None
    current_step: int | None
    started_at: datetime.datetime | None
    status: str
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agentExecutionId",
            "completedAt",
            "createdAt",
            "currentStep",
            "startedAt",
            "status",
            "updatedAt",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_execution_id", self.agent_execution_id),
                ("completed_at", self.completed_at),
                ("created_at", self.created_at),
                ("current_step", self.current_step),
                ("started_at", self.started_at),
                ("status", self.status),
                ("updated_at", self.updated_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_execution_id = self.agent_execution_id

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                self.completed_at
                if isinstance(self.completed_at, str)
                else self.completed_at.isoformat()
            )
        else:
            completed_at = self.completed_at

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at
                if isinstance(self.created_at, str)
                else self.created_at.isoformat()
            )
        else:
            created_at = self.created_at

        current_step: int | None
        current_step = self.current_step

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at
                if isinstance(self.started_at, str)
                else self.started_at.isoformat()
            )
        else:
            started_at = self.started_at

        status = self.status

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
                "agentExecutionId": agent_execution_id,
                "completedAt": completed_at,
                "createdAt": created_at,
                "currentStep": current_step,
                "startedAt": started_at,
                "status": status,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_execution_id = src_dict["agentExecutionId"]

        _completed_at_raw = src_dict["completedAt"]
        completed_at: datetime.datetime | None
        if isinstance(_completed_at_raw, str):
            completed_at_type_0 = parse_datetime(_completed_at_raw)

            completed_at = completed_at_type_0
        else:
            completed_at = cast(datetime.datetime | None, _completed_at_raw)

        _created_at_raw = src_dict["createdAt"]
        created_at: datetime.datetime | None
        if isinstance(_created_at_raw, str):
            created_at_type_0 = parse_datetime(_created_at_raw)

            created_at = created_at_type_0
        else:
            created_at = cast(datetime.datetime | None, _created_at_raw)

        _current_step_raw = src_dict["currentStep"]
        current_step: int | None
        current_step = cast(int | None, _current_step_raw)

        _started_at_raw = src_dict["startedAt"]
        started_at: datetime.datetime | None
        if isinstance(_started_at_raw, str):
            started_at_type_0 = parse_datetime(_started_at_raw)

            started_at = started_at_type_0
        else:
            started_at = cast(datetime.datetime | None, _started_at_raw)

        status = src_dict["status"]

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        _obj = cls(
            agent_execution_id,
            completed_at,
            created_at,
            current_step,
            started_at,
            status,
            updated_at,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agentExecutionId", None)
            additional_properties.pop("completedAt", None)
            additional_properties.pop("createdAt", None)
            additional_properties.pop("currentStep", None)
            additional_properties.pop("startedAt", None)
            additional_properties.pop("status", None)
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
