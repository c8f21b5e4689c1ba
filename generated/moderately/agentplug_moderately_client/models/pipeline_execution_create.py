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

T = TypeVar("T", bound="PipelineExecutionCreate")


@_attrs_define
class PipelineExecutionCreate:
    """A new pipeline execution; it starts `pending` and runs in the background.

    Attributes:
        pipeline_configuration_version_id (str): Resource identifier (a nanoid string, not a UUID).
        pipeline_input (JsonObject): A free-form JSON object.
        pipeline_input_summary (str):
        current_step (int | Unset):
        total_steps (int | Unset):
    """

    pipeline_configuration_version_id: str
    pipeline_input: dict[str, Any]
    pipeline_input_summary: str
    current_step: int | Unset = UNSET
    total_steps: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "pipelineConfigurationVersionId",
            "pipelineInput",
            "pipelineInputSummary",
            "currentStep",
            "totalSteps",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                (
                    "pipeline_configuration_version_id",
                    self.pipeline_configuration_version_id,
                ),
                ("pipeline_input", self.pipeline_input),
                ("pipeline_input_summary", self.pipeline_input_summary),
                ("current_step", self.current_step),
                ("total_steps", self.total_steps),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        pipeline_configuration_version_id = self.pipeline_configuration_version_id

        pipeline_input = self.pipeline_input

        pipeline_input_summary = self.pipeline_input_summary

        current_step = self.current_step

        total_steps = self.total_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipelineConfigurationVersionId": pipeline_configuration_version_id,
                "pipelineInput": pipeline_input,
                "pipelineInputSummary": pipeline_input_summary,
            }
        )
        if current_step is not UNSET:
            field_dict["currentStep"] = current_step
        if total_steps is not UNSET:
            field_dict["totalSteps"] = total_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        pipeline_configuration_version_id = src_dict["pipelineConfigurationVersionId"]

        pipeline_input = src_dict["pipelineInput"]
        if not isinstance(pipeline_input, dict):
            raise TypeError(
                f"expected an object for pipelineInput, got {type(pipeline_input).__name__}"
            )

        pipeline_input_summary = src_dict["pipelineInputSummary"]

        _current_step_in = src_dict.get("currentStep", UNSET)
        if _current_step_in is None:
            _current_step_in = UNSET
        current_step = _current_step_in

        _total_steps_in = src_dict.get("totalSteps", UNSET)
        if _total_steps_in is None:
            _total_steps_in = UNSET
        total_steps = _total_steps_in

        _obj = cls(
            pipeline_configuration_version_id,
            pipeline_input,
            pipeline_input_summary,
            current_step,
            total_steps,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("pipelineConfigurationVersionId", None)
            additional_properties.pop("pipelineInput", None)
            additional_properties.pop("pipelineInputSummary", None)
            additional_properties.pop("currentStep", None)
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
