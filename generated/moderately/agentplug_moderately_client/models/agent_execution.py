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

T = TypeVar("T", bound="AgentExecution")


@_attrs_define
class AgentExecution:
    """One run of an agent configuration version.

    Attributes:
        agent_configuration_version_id (str): Resource identifier (a nanoid string, not a UUID).
        agent_execution_id (str): Resource identifier (a nanoid string, not a UUID).
        agent_input (JsonObject): A free-form JSON object.
        agent_input_schema (Any):
        agent_input_summary (str):
        agent_output (JsonObject | None):
        agent_output_schema (Any):
        agent_output_summary (None | str):
        cancelled_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        current_step (int | None):
        failed_at (datetime.datetime | None):
        max_actions (int | None):
        paused_at (datetime.datetime | None):
        planning_interval (int | None):
        started_at (datetime.datetime | None):
        status (ExecutionStatus): Execution state. `completed`, `failed` and `cancelled` are terminal; `paused` is not.
        thoughts (list[AgentThought]):
        updated_at (datetime.datetime | None):
    """

    agent_configuration_version_id: str
    agent_execution_id: str
    agent_input: dict[str, Any]
    agent_input_schema: Any
    agent_input_summary: str
    agent_output: JsonObject | None
    agent_output_schema: Any
    agent_output_summary: None | str
    cancelled_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    created_at: datetime.datetime | None
    current_step: int | None
    failed_at: datetime.datetime | None
    max_actions: int | None
    paused_at: datetime.datetime | None
    planning_interval: int | None
    started_at: datetime.datetime | None
    status: ExecutionStatus
    thoughts: list[AgentThought]
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agentConfigurationVersionId",
            "agentExecutionId",
            "agentInput",
            "agentInputSchema",
            "agentInputSummary",
            "agentOutput",
            "agentOutputSchema",
            "agentOutputSummary",
            "cancelledAt",
            "completedAt",
            "createdAt",
            "currentStep",
            "failedAt",
            "maxActions",
            "pausedAt",
            "planningInterval",
            "startedAt",
            "status",
            "thoughts",
            "updatedAt",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_configuration_version_id", self.agent_configuration_version_id),
                ("agent_execution_id", self.agent_execution_id),
                ("agent_input", self.agent_input),
                ("agent_input_schema", self.agent_input_schema),
                ("agent_input_summary", self.agent_input_summary),
                ("agent_output", self.agent_output),
                ("agent_output_schema", self.agent_output_schema),
                ("agent_output_summary", self.agent_output_summary),
                ("cancelled_at", self.cancelled_at),
                ("completed_at", self.completed_at),
                ("created_at", self.created_at),
                ("current_step", self.current_step),
                ("failed_at", self.failed_at),
                ("max_actions", self.max_actions),
                ("paused_at", self.paused_at),
                ("planning_interval", self.planning_interval),
                ("started_at", self.started_at),
                ("status", self.status),
                ("thoughts", self.thoughts),
                ("updated_at", self.updated_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_configuration_version_id = self.agent_configuration_version_id

        agent_execution_id = self.agent_execution_id

        agent_input = self.agent_input

        agent_input_schema = self.agent_input_schema

        agent_input_summary = self.agent_input_summary

        agent_output: dict[str, Any] | None
        if isinstance(self.agent_output, JsonObject):
            agent_output = (
                self.agent_output
                if isinstance(self.agent_output, dict)
                else self.agent_output.to_dict()
            )
        else:
            agent_output = self.agent_output

        agent_output_schema = self.agent_output_schema

        agent_output_summary: None | str
        agent_output_summary = self.agent_output_summary

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

        max_actions: int | None
        max_actions = self.max_actions

        paused_at: None | str
        if isinstance(self.paused_at, datetime.datetime):
            paused_at = (
                self.paused_at
                if isinstance(self.paused_at, str)
                else self.paused_at.isoformat()
            )
        else:
            paused_at = self.paused_at

        planning_interval: int | None
        planning_interval = self.planning_interval

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

        thoughts = []
        for thoughts_item_data in self.thoughts:
            thoughts_item = (
                thoughts_item_data
                if isinstance(thoughts_item_data, dict)
                else thoughts_item_data.to_dict()
            )
            thoughts.append(thoughts_item)

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
                "agentConfigurationVersionId": agent_configuration_version_id,
                "agentExecutionId": agent_execution_id,
                "agentInput": agent_input,
                "agentInputSchema": agent_input_schema,
                "agentInputSummary": agent_input_summary,
                "agentOutput": agent_output,
                "agentOutputSchema": agent_output_schema,
                "agentOutputSummary": agent_output_summary,
                "cancelledAt": cancelled_at,
                "completedAt": completed_at,
                "createdAt": created_at,
                "currentStep": current_step,
                "failedAt": failed_at,
                "maxActions": max_actions,
                "pausedAt": paused_at,
                "planningInterval": planning_interval,
                "startedAt": started_at,
                "status": status,
                "thoughts": thoughts,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_configuration_version_id = src_dict["agentConfigurationVersionId"]

        agent_execution_id = src_dict["agentExecutionId"]

        agent_input = src_dict["agentInput"]
        if not isinstance(agent_input, dict):
            raise TypeError(
                f"expected an object for agentInput, got {type(agent_input).__name__}"
            )

        agent_input_schema = src_dict["agentInputSchema"]

        agent_input_summary = src_dict["agentInputSummary"]

        _agent_output_raw = src_dict["agentOutput"]
        agent_output: JsonObject | None
        if isinstance(_agent_output_raw, (dict, Mapping)):
            agent_output = JsonObject.from_dict(_agent_output_raw)
        else:
            agent_output = cast(JsonObject | None, _agent_output_raw)

        agent_output_schema = src_dict["agentOutputSchema"]

        _agent_output_summary_raw = src_dict["agentOutputSummary"]
        agent_output_summary: None | str
        agent_output_summary = cast(None | str, _agent_output_summary_raw)

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

        _max_actions_raw = src_dict["maxActions"]
        max_actions: int | None
        max_actions = cast(int | None, _max_actions_raw)

        _paused_at_raw = src_dict["pausedAt"]
        paused_at: datetime.datetime | None
        if isinstance(_paused_at_raw, str):
            paused_at_type_0 = parse_datetime(_paused_at_raw)

            paused_at = paused_at_type_0
        else:
            paused_at = cast(datetime.datetime | None, _paused_at_raw)

        _planning_interval_raw = src_dict["planningInterval"]
        planning_interval: int | None
        planning_interval = cast(int | None, _planning_interval_raw)

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

        _thoughts = src_dict["thoughts"]
        thoughts: list[AgentThought]
        if not isinstance(_thoughts, list):
            raise TypeError(
                f"expected a list for thoughts, got {type(_thoughts).__name__}"
            )
        thoughts = [
            AgentThought.from_dict(thoughts_item_data)
            for thoughts_item_data in _thoughts
        ]

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        _obj = cls(
            agent_configuration_version_id,
            agent_execution_id,
            agent_input,
            agent_input_schema,
            agent_input_summary,
            agent_output,
            agent_output_schema,
            agent_output_summary,
            cancelled_at,
            completed_at,
            created_at,
            current_step,
            failed_at,
            max_actions,
            paused_at,
            planning_interval,
            started_at,
            status,
            thoughts,
            updated_at,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agentConfigurationVersionId", None)
            additional_properties.pop("agentExecutionId", None)
            additional_properties.pop("agentInput", None)
            additional_properties.pop("agentInputSchema", None)
            additional_properties.pop("agentInputSummary", None)
            additional_properties.pop("agentOutput", None)
            additional_properties.pop("agentOutputSchema", None)
            additional_properties.pop("agentOutputSummary", None)
            additional_properties.pop("cancelledAt", None)
            additional_properties.pop("completedAt", None)
            additional_properties.pop("createdAt", None)
            additional_properties.pop("currentStep", None)
            additional_properties.pop("failedAt", None)
            additional_properties.pop("maxActions", None)
            additional_properties.pop("pausedAt", None)
            additional_properties.pop("planningInterval", None)
            additional_properties.pop("startedAt", None)
            additional_properties.pop("status", None)
            additional_properties.pop("thoughts", None)
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


from ..models.agent_thought import AgentThought  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
