from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentExecutionConfig")


@_attrs_define
class AgentExecutionConfig:
    """Limits of the agent loop.

    Attributes:
        feedback_rounds (int | Unset): Server default: `0`.
        max_actions (int | Unset): Server default: `10`.
        planning_interval (int | Unset): Server default: `4`.
        timeout_minutes (int | Unset): Server default: `30`.
    """

    feedback_rounds: int | Unset = UNSET
    max_actions: int | Unset = UNSET
    planning_interval: int | Unset = UNSET
    timeout_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "feedback_rounds",
            "max_actions",
            "planning_interval",
            "timeout_minutes",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("feedback_rounds", self.feedback_rounds),
                ("max_actions", self.max_actions),
                ("planning_interval", self.planning_interval),
                ("timeout_minutes", self.timeout_minutes),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        feedback_rounds = self.feedback_rounds

        max_actions = self.max_actions

        planning_interval = self.planning_interval

        timeout_minutes = self.timeout_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feedback_rounds is not UNSET:
            field_dict["feedback_rounds"] = feedback_rounds
        if max_actions is not UNSET:
            field_dict["max_actions"] = max_actions
        if planning_interval is not UNSET:
            field_dict["planning_interval"] = planning_interval
        if timeout_minutes is not UNSET:
            field_dict["timeout_minutes"] = timeout_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _feedback_rounds_in = src_dict.get("feedback_rounds", UNSET)
        if _feedback_rounds_in is None:
            _feedback_rounds_in = UNSET
        feedback_rounds = _feedback_rounds_in

        _max_actions_in = src_dict.get("max_actions", UNSET)
        if _max_actions_in is None:
            _max_actions_in = UNSET
        max_actions = _max_actions_in

        _planning_interval_in = src_dict.get("planning_interval", UNSET)
        if _planning_interval_in is None:
            _planning_interval_in = UNSET
        planning_interval = _planning_interval_in

        _timeout_minutes_in = src_dict.get("timeout_minutes", UNSET)
        if _timeout_minutes_in is None:
            _timeout_minutes_in = UNSET
        timeout_minutes = _timeout_minutes_in

        _obj = cls(
            feedback_rounds,
            max_actions,
            planning_interval,
            timeout_minutes,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("feedback_rounds", None)
            additional_properties.pop("max_actions", None)
            additional_properties.pop("planning_interval", None)
            additional_properties.pop("timeout_minutes", None)
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
