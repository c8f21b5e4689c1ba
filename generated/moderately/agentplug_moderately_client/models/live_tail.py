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

from ..types import UNSET

T = TypeVar("T", bound="LiveTail")


@_attrs_define
class LiveTail:
    """Everything needed to follow an agent execution as it runs.

    Attributes:
        execution (LiveTailExecution): The execution fields relevant to following it live.
        latest_memory_state (MemoryState | None):
        steps (list[ExecutionStep]):
        total_versions (int):
    """

    execution: LiveTailExecution
    latest_memory_state: MemoryState | None
    steps: list[ExecutionStep]
    total_versions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "execution",
            "latestMemoryState",
            "steps",
            "totalVersions",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("execution", self.execution),
                ("latest_memory_state", self.latest_memory_state),
                ("steps", self.steps),
                ("total_versions", self.total_versions),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        execution = (
            self.execution
            if isinstance(self.execution, dict)
            else self.execution.to_dict()
        )

        latest_memory_state: dict[str, Any] | None
        if isinstance(self.latest_memory_state, MemoryState):
            latest_memory_state = (
                self.latest_memory_state
                if isinstance(self.latest_memory_state, dict)
                else self.latest_memory_state.to_dict()
            )
        else:
            latest_memory_state = self.latest_memory_state

        steps = []
        for steps_item_data in self.steps:
            steps_item = (
                steps_item_data
                if isinstance(steps_item_data, dict)
                else steps_item_data.to_dict()
            )
            steps.append(steps_item)

        total_versions = self.total_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution": execution,
                "latestMemoryState": latest_memory_state,
                "steps": steps,
                "totalVersions": total_versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        execution = LiveTailExecution.from_dict(src_dict["execution"])

        _latest_memory_state_raw = src_dict["latestMemoryState"]
        latest_memory_state: MemoryState | None
        if isinstance(_latest_memory_state_raw, (dict, Mapping)):
            latest_memory_state = MemoryState.from_dict(_latest_memory_state_raw)
        else:
            latest_memory_state = cast(MemoryState | None, _latest_memory_state_raw)

        _steps = src_dict["steps"]
        steps: list[ExecutionStep]
        if not isinstance(_steps, list):
            raise TypeError(f"expected a list for steps, got {type(_steps).__name__}")
        steps = [ExecutionStep.from_dict(steps_item_data) for steps_item_data in _steps]

        total_versions = src_dict["totalVersions"]

        _obj = cls(
            execution,
            latest_memory_state,
            steps,
            total_versions,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("execution", None)
            additional_properties.pop("latestMemoryState", None)
            additional_properties.pop("steps", None)
            additional_properties.pop("totalVersions", None)
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


from ..models.execution_step import ExecutionStep  # noqa: E402
from ..models.live_tail_execution import LiveTailExecution  # noqa: E402
from ..models.memory_state import MemoryState  # noqa: E402
