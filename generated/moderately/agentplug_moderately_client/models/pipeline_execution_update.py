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

from ..models.execution_status import ExecutionStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PipelineExecutionUpdate")


@_attrs_define
class PipelineExecutionUpdate:
    """Progress reported by the worker running an execution.

    Attributes:
        cancelled_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        current_step (int | Unset):
        failed_at (datetime.datetime | None | Unset):
        paused_at (datetime.datetime | None | Unset):
        pipeline_output (JsonObject | None | Unset):
        pipeline_output_summary (None | str | Unset):
        progress_data (JsonObject | Unset): A free-form JSON object.
        started_at (datetime.datetime | None | Unset):
        status (ExecutionStatus | Unset): Execution state. `completed`, `failed` and `cancelled` are terminal; `paused`
            is not.
        total_steps (int | Unset):
    """

    cancelled_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    current_step: int | Unset = UNSET
    failed_at: datetime.datetime | None | Unset = UNSET
    paused_at: datetime.datetime | None | Unset = UNSET
    pipeline_output: JsonObject | None | Unset = UNSET
    pipeline_output_summary: None | str | Unset = UNSET
    progress_data: dict[str, Any] | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    status: ExecutionStatus | Unset = UNSET
    total_steps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "cancelledAt",
            "completedAt",
            "currentStep",
            "failedAt",
            "pausedAt",
            "pipelineOutput",
            "pipelineOutputSummary",
            "progressData",
            "startedAt",
            "status",
            "totalSteps",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("cancelled_at", self.cancelled_at),
                ("completed_at", self.completed_at),
                ("current_step", self.current_step),
                ("failed_at", self.failed_at),
                ("paused_at", self.paused_at),
                ("pipeline_output", self.pipeline_output),
                ("pipeline_output_summary", self.pipeline_output_summary),
                ("progress_data", self.progress_data),
                ("started_at", self.started_at),
                ("status", self.status),
                ("total_steps", self.total_steps),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        cancelled_at: None | str | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        elif isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = (
                self.cancelled_at
                if isinstance(self.cancelled_at, str)
                else self.cancelled_at.isoformat()
            )
        else:
            cancelled_at = self.cancelled_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                self.completed_at
                if isinstance(self.completed_at, str)
                else self.completed_at.isoformat()
            )
        else:
            completed_at = self.completed_at

        current_step = self.current_step

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, datetime.datetime):
            failed_at = (
                self.failed_at
                if isinstance(self.failed_at, str)
                else self.failed_at.isoformat()
            )
        else:
            failed_at = self.failed_at

        paused_at: None | str | Unset
        if isinstance(self.paused_at, Unset):
            paused_at = UNSET
        elif isinstance(self.paused_at, datetime.datetime):
            paused_at = (
                self.paused_at
                if isinstance(self.paused_at, str)
                else self.paused_at.isoformat()
            )
        else:
            paused_at = self.paused_at

        pipeline_output: dict[str, Any] | None | Unset
        if isinstance(self.pipeline_output, Unset):
            pipeline_output = UNSET
        elif isinstance(self.pipeline_output, JsonObject):
            pipeline_output = (
                self.pipeline_output
                if isinstance(self.pipeline_output, dict)
                else self.pipeline_output.to_dict()
            )
        else:
            pipeline_output = self.pipeline_output

        pipeline_output_summary: None | str | Unset
        if isinstance(self.pipeline_output_summary, Unset):
            pipeline_output_summary = UNSET
        else:
            pipeline_output_summary = self.pipeline_output_summary

        progress_data = self.progress_data

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at
                if isinstance(self.started_at, str)
                else self.started_at.isoformat()
            )
        else:
            started_at = self.started_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        total_steps = self.total_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancelled_at is not UNSET:
            field_dict["cancelledAt"] = cancelled_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if current_step is not UNSET:
            field_dict["currentStep"] = current_step
        if failed_at is not UNSET:
            field_dict["failedAt"] = failed_at
        if paused_at is not UNSET:
            field_dict["pausedAt"] = paused_at
        if pipeline_output is not UNSET:
            field_dict["pipelineOutput"] = pipeline_output
        if pipeline_output_summary is not UNSET:
            field_dict["pipelineOutputSummary"] = pipeline_output_summary
        if progress_data is not UNSET:
            field_dict["progressData"] = progress_data
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if total_steps is not UNSET:
            field_dict["totalSteps"] = total_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _cancelled_at_raw = src_dict.get("cancelledAt", UNSET)
        cancelled_at: datetime.datetime | None | Unset
        if isinstance(_cancelled_at_raw, Unset):
            cancelled_at = UNSET
        elif isinstance(_cancelled_at_raw, str):
            cancelled_at_type_0 = parse_datetime(_cancelled_at_raw)

            cancelled_at = cancelled_at_type_0
        else:
            cancelled_at = cast(datetime.datetime | None | Unset, _cancelled_at_raw)

        _completed_at_raw = src_dict.get("completedAt", UNSET)
        completed_at: datetime.datetime | None | Unset
        if isinstance(_completed_at_raw, Unset):
            completed_at = UNSET
        elif isinstance(_completed_at_raw, str):
            completed_at_type_0 = parse_datetime(_completed_at_raw)

            completed_at = completed_at_type_0
        else:
            completed_at = cast(datetime.datetime | None | Unset, _completed_at_raw)

        _current_step_in = src_dict.get("currentStep", UNSET)
        if _current_step_in is None:
            _current_step_in = UNSET
        current_step = _current_step_in

        _failed_at_raw = src_dict.get("failedAt", UNSET)
        failed_at: datetime.datetime | None | Unset
        if isinstance(_failed_at_raw, Unset):
            failed_at = UNSET
        elif isinstance(_failed_at_raw, str):
            failed_at_type_0 = parse_datetime(_failed_at_raw)

            failed_at = failed_at_type_0
        else:
            failed_at = cast(datetime.datetime | None | Unset, _failed_at_raw)

        _paused_at_raw = src_dict.get("pausedAt", UNSET)
        paused_at: datetime.datetime | None | Unset
        if isinstance(_paused_at_raw, Unset):
            paused_at = UNSET
        elif isinstance(_paused_at_raw, str):
            paused_at_type_0 = parse_datetime(_paused_at_raw)

            paused_at = paused_at_type_0
        else:
            paused_at = cast(datetime.datetime | None | Unset, _paused_at_raw)

        _pipeline_output_raw = src_dict.get("pipelineOutput", UNSET)
        pipeline_output: JsonObject | None | Unset
        if isinstance(_pipeline_output_raw, Unset):
            pipeline_output = UNSET
        elif isinstance(_pipeline_output_raw, (dict, Mapping)):
            pipeline_output = JsonObject.from_dict(_pipeline_output_raw)
        else:
            pipeline_output = cast(JsonObject | None | Unset, _pipeline_output_raw)

        _pipeline_output_summary_raw = src_dict.get("pipelineOutputSummary", UNSET)
        pipeline_output_summary: None | str | Unset
        if isinstance(_pipeline_output_summary_raw, Unset):
            pipeline_output_summary = UNSET
        else:
            pipeline_output_summary = cast(
                None | str | Unset, _pipeline_output_summary_raw
            )

        _progress_data_in = src_dict.get("progressData", UNSET)
        if _progress_data_in is None:
            _progress_data_in = UNSET
        progress_data = _progress_data_in
        if not isinstance(progress_data, (dict, Unset)):
            raise TypeError(
                f"expected an object for progressData, got {type(progress_data).__name__}"
            )

        _started_at_raw = src_dict.get("startedAt", UNSET)
        started_at: datetime.datetime | None | Unset
        if isinstance(_started_at_raw, Unset):
            started_at = UNSET
        elif isinstance(_started_at_raw, str):
            started_at_type_0 = parse_datetime(_started_at_raw)

            started_at = started_at_type_0
        else:
            started_at = cast(datetime.datetime | None | Unset, _started_at_raw)

        _status_in = src_dict.get("status", UNSET)
        if _status_in is None:
            _status_in = UNSET
        _status = _status_in
        status: ExecutionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = cast(
                ExecutionStatus,
                ExecutionStatus._value2member_map_.get(_status)
                or ExecutionStatus(_status),
            )

        _total_steps_in = src_dict.get("totalSteps", UNSET)
        if _total_steps_in is None:
            _total_steps_in = UNSET
        total_steps = _total_steps_in

        _obj = cls(
            cancelled_at,
            completed_at,
            current_step,
            failed_at,
            paused_at,
            pipeline_output,
            pipeline_output_summary,
            progress_data,
            started_at,
            status,
            total_steps,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("cancelledAt", None)
            additional_properties.pop("completedAt", None)
            additional_properties.pop("currentStep", None)
            additional_properties.pop("failedAt", None)
            additional_properties.pop("pausedAt", None)
            additional_properties.pop("pipelineOutput", None)
            additional_properties.pop("pipelineOutputSummary", None)
            additional_properties.pop("progressData", None)
            additional_properties.pop("startedAt", None)
            additional_properties.pop("status", None)
            additional_properties.pop("totalSteps", None)
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


from ..models.json_object import JsonObject  # noqa: E402
