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
from ..types import UNSET, parse_datetime

T = TypeVar("T", bound="PipelineExecution")


@_attrs_define
class PipelineExecution:
    """One run of a pipeline configuration version.

    Attributes:
        cancelled_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        current_step (int | None):
        failed_at (datetime.datetime | None):
        paused_at (datetime.datetime | None):
        pipeline_configuration_version_id (str): Resource identifier (a nanoid string, not a UUID).
        pipeline_execution_id (str): Resource identifier (a nanoid string, not a UUID).
        pipeline_input (JsonObject): A free-form JSON object.
        pipeline_input_summary (str):
        pipeline_output (JsonObject | None):
        pipeline_output_file_uri (None | str):
        pipeline_output_summary (None | str):
        progress_data (PipelineExecutionProgressData): Free-form progress (commonly message, status, current_block,
            errors, error).
        started_at (datetime.datetime | None):
        status (ExecutionStatus): Execution state. `completed`, `failed` and `cancelled` are terminal; `paused` is not.
        total_steps (int | None):
        updated_at (datetime.datetime | None):
    """

    cancelled_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    created_at: datetime.datetime | None
    current_step: int | None
    failed_at: datetime.datetime | None
    paused_at: datetime.datetime | None
    pipeline_configuration_version_id: str
    pipeline_execution_id: str
    pipeline_input: dict[str, Any]
    pipeline_input_summary: str
    pipeline_output: JsonObject | None
    pipeline_output_file_uri: None | str
    pipeline_output_summary: None | str
    progress_data: dict[str, Any]
    started_at: datetime.datetime | None
    status: ExecutionStatus
    total_steps: int | None
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "cancelledAt",
            "completedAt",
            "createdAt",
            "currentStep",
            "failedAt",
            "pausedAt",
            "pipelineConfigurationVersionId",
            "pipelineExecutionId",
            "pipelineInput",
            "pipelineInputSummary",
            "pipelineOutput",
            "pipelineOutputFileUri",
            "pipelineOutputSummary",
            "progressData",
            "startedAt",
            "status",
            "totalSteps",
            "updatedAt",
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
                ("created_at", self.created_at),
                ("current_step", self.current_step),
                ("failed_at", self.failed_at),
                ("paused_at", self.paused_at),
                (
                    "pipeline_configuration_version_id",
                    self.pipeline_configuration_version_id,
                ),
                ("pipeline_execution_id", self.pipeline_execution_id),
                ("pipeline_input", self.pipeline_input),
                ("pipeline_input_summary", self.pipeline_input_summary),
                ("pipeline_output", self.pipeline_output),
                ("pipeline_output_file_uri", self.pipeline_output_file_uri),
                ("pipeline_output_summary", self.pipeline_output_summary),
                ("progress_data", self.progress_data),
                ("started_at", self.started_at),
                ("status", self.status),
                ("total_steps", self.total_steps),
                ("updated_at", self.updated_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = (
                self.cancelled_at
                if isinstance(self.cancelled_at, str)
                else self.cancelled_at.isoformat()
            )
        else:
            cancelled_at = self.cancelled_at

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

        failed_at: None | str
        if isinstance(self.failed_at, datetime.datetime):
            failed_at = (
                self.failed_at
                if isinstance(self.failed_at, str)
                else self.failed_at.isoformat()
            )
        else:
            failed_at = self.failed_at

        paused_at: None | str
        if isinstance(self.paused_at, datetime.datetime):
            paused_at = (
                self.paused_at
                if isinstance(self.paused_at, str)
                else self.paused_at.isoformat()
            )
        else:
            paused_at = self.paused_at

        pipeline_configuration_version_id = self.pipeline_configuration_version_id

        pipeline_execution_id = self.pipeline_execution_id

        pipeline_input = self.pipeline_input

        pipeline_input_summary = self.pipeline_input_summary

        pipeline_output: dict[str, Any] | None
        if isinstance(self.pipeline_output, JsonObject):
            pipeline_output = (
                self.pipeline_output
                if isinstance(self.pipeline_output, dict)
                else self.pipeline_output.to_dict()
            )
        else:
            pipeline_output = self.pipeline_output

        pipeline_output_file_uri: None | str
        pipeline_output_file_uri = self.pipeline_output_file_uri

        pipeline_output_summary: None | str
        pipeline_output_summary = self.pipeline_output_summary

        progress_data = self.progress_data

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at
                if isinstance(self.started_at, str)
                else self.started_at.isoformat()
            )
        else:
            started_at = self.started_at

        status = getattr(self.status, "value", self.status)

        total_steps: int | None
        total_steps = self.total_steps

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
                "cancelledAt": cancelled_at,
                "completedAt": completed_at,
                "createdAt": created_at,
                "currentStep": current_step,
                "failedAt": failed_at,
                "pausedAt": paused_at,
                "pipelineConfigurationVersionId": pipeline_configuration_version_id,
                "pipelineExecutionId": pipeline_execution_id,
                "pipelineInput": pipeline_input,
                "pipelineInputSummary": pipeline_input_summary,
                "pipelineOutput": pipeline_output,
                "pipelineOutputFileUri": pipeline_output_file_uri,
                "pipelineOutputSummary": pipeline_output_summary,
                "progressData": progress_data,
                "startedAt": started_at,
                "status": status,
                "totalSteps": total_steps,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _cancelled_at_raw = src_dict["cancelledAt"]
        cancelled_at: datetime.datetime | None
        if isinstance(_cancelled_at_raw, str):
            cancelled_at_type_0 = parse_datetime(_cancelled_at_raw)

            cancelled_at = cancelled_at_type_0
        else:
            cancelled_at = cast(datetime.datetime | None, _cancelled_at_raw)

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

        _failed_at_raw = src_dict["failedAt"]
        failed_at: datetime.datetime | None
        if isinstance(_failed_at_raw, str):
            failed_at_type_0 = parse_datetime(_failed_at_raw)

            failed_at = failed_at_type_0
        else:
            failed_at = cast(datetime.datetime | None, _failed_at_raw)

        _paused_at_raw = src_dict["pausedAt"]
        paused_at: datetime.datetime | None
        if isinstance(_paused_at_raw, str):
            paused_at_type_0 = parse_datetime(_paused_at_raw)

            paused_at = paused_at_type_0
        else:
            paused_at = cast(datetime.datetime | None, _paused_at_raw)

        pipeline_configuration_version_id = src_dict["pipelineConfigurationVersionId"]

        pipeline_execution_id = src_dict["pipelineExecutionId"]

        pipeline_input = src_dict["pipelineInput"]
        if not isinstance(pipeline_input, dict):
            raise TypeError(
                f"expected an object for pipelineInput, got {type(pipeline_input).__name__}"
            )

        pipeline_input_summary = src_dict["pipelineInputSummary"]

        _pipeline_output_raw = src_dict["pipelineOutput"]
        pipeline_output: JsonObject | None
        if isinstance(_pipeline_output_raw, (dict, Mapping)):
            pipeline_output = JsonObject.from_dict(_pipeline_output_raw)
        else:
            pipeline_output = cast(JsonObject | None, _pipeline_output_raw)

        _pipeline_output_file_uri_raw = src_dict["pipelineOutputFileUri"]
        pipeline_output_file_uri: None | str
        pipeline_output_file_uri = cast(None | str, _pipeline_output_file_uri_raw)

        _pipeline_output_summary_raw = src_dict["pipelineOutputSummary"]
        pipeline_output_summary: None | str
        pipeline_output_summary = cast(None | str, _pipeline_output_summary_raw)

        progress_data = src_dict["progressData"]
        if not isinstance(progress_data, dict):
            raise TypeError(
                f"expected an object for progressData, got {type(progress_data).__name__}"
            )

        _started_at_raw = src_dict["startedAt"]
        started_at: datetime.datetime | None
        if isinstance(_started_at_raw, str):
            started_at_type_0 = parse_datetime(_started_at_raw)

            started_at = started_at_type_0
        else:
            started_at = cast(datetime.datetime | None, _started_at_raw)

        status = cast(
            ExecutionStatus,
            ExecutionStatus._value2member_map_.get(src_dict["status"])
            or ExecutionStatus(src_dict["status"]),
        )

        _total_steps_raw = src_dict["totalSteps"]
        total_steps: int | None
        total_steps = cast(int | None, _total_steps_raw)

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        _obj = cls(
            cancelled_at,
            completed_at,
            created_at,
            current_step,
            failed_at,
            paused_at,
            pipeline_configuration_version_id,
            pipeline_execution_id,
            pipeline_input,
            pipeline_input_summary,
            pipeline_output,
            pipeline_output_file_uri,
            pipeline_output_summary,
            progress_data,
            started_at,
            status,
            total_steps,
            updated_at,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("cancelledAt", None)
            additional_properties.pop("completedAt", None)
            additional_properties.pop("createdAt", None)
            additional_properties.pop("currentStep", None)
            additional_properties.pop("failedAt", None)
            additional_properties.pop("pausedAt", None)
            additional_properties.pop("pipelineConfigurationVersionId", None)
            additional_properties.pop("pipelineExecutionId", None)
            additional_properties.pop("pipelineInput", None)
            additional_properties.pop("pipelineInputSummary", None)
            additional_properties.pop("pipelineOutput", None)
            additional_properties.pop("pipelineOutputFileUri", None)
            additional_properties.pop("pipelineOutputSummary", None)
            additional_properties.pop("progressData", None)
            additional_properties.pop("startedAt", None)
            additional_properties.pop("status", None)
            additional_properties.pop("totalSteps", None)
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


from ..models.json_object import JsonObject  # noqa: E402
