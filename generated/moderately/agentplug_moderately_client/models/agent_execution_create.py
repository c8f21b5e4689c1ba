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

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentExecutionCreate")


@_attrs_define
class AgentExecutionCreate:
    """A new agent execution; it is queued and runs in the background.

    Attributes:
        agent_configuration_version_id (str): Resource identifier (a nanoid string, not a UUID).
        agent_input (JsonObject): A free-form JSON object.
        agent_input_summary (str):
        agent_input_schema (Any | Unset): Defaults to the configuration version's input schema.
        agent_output_schema (Any | Unset): Defaults to the configuration version's output schema.
        max_actions (int | None | Unset):
        planning_interval (int | None | Unset):
    """

    agent_configuration_version_id: str
    agent_input: dict[str, Any]
    agent_input_summary: str
    agent_input_schema: Any | Unset = UNSET
    agent_output_schema: Any | Unset = UNSET
    max_actions: int | None | Unset = UNSET
    planning_interval: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agentConfigurationVersionId",
            "agentInput",
            "agentInputSummary",
            "agentInputSchema",
            "agentOutputSchema",
            "maxActions",
            "planningInterval",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_configuration_version_id", self.agent_configuration_version_id),
                ("agent_input", self.agent_input),
                ("agent_input_summary", self.agent_input_summary),
                ("agent_input_schema", self.agent_input_schema),
                ("agent_output_schema", self.agent_output_schema),
                ("max_actions", self.max_actions),
                ("planning_interval", self.planning_interval),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_configuration_version_id = self.agent_configuration_version_id

        agent_input = self.agent_input

        agent_input_summary = self.agent_input_summary

        agent_input_schema = self.agent_input_schema

        agent_output_schema = self.agent_output_schema

        max_actions: int | None | Unset
        if isinstance(self.max_actions, Unset):
            max_actions = UNSET
        else:
            max_actions = self.max_actions

        planning_interval: int | None | Unset
        if isinstance(self.planning_interval, Unset):
            planning_interval = UNSET
        else:
            planning_interval = self.planning_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentConfigurationVersionId": agent_configuration_version_id,
                "agentInput": agent_input,
                "agentInputSummary": agent_input_summary,
            }
        )
        if agent_input_schema is not UNSET:
            field_dict["agentInputSchema"] = agent_input_schema
        if agent_output_schema is not UNSET:
            field_dict["agentOutputSchema"] = agent_output_schema
        if max_actions is not UNSET:
            field_dict["maxActions"] = max_actions
        if planning_interval is not UNSET:
            field_dict["planningInterval"] = planning_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_configuration_version_id = src_dict["agentConfigurationVersionId"]

        agent_input = src_dict["agentInput"]
        if not isinstance(agent_input, dict):
            raise TypeError(
                f"expected an object for agentInput, got {type(agent_input).__name__}"
            )

        agent_input_summary = src_dict["agentInputSummary"]

        agent_input_schema = src_dict.get("agentInputSchema", UNSET)

        agent_output_schema = src_dict.get("agentOutputSchema", UNSET)

        _max_actions_raw = src_dict.get("maxActions", UNSET)
        max_actions: int | None | Unset
        if isinstance(_max_actions_raw, Unset):
            max_actions = UNSET
        else:
            max_actions = cast(int | None | Unset, _max_actions_raw)

        _planning_interval_raw = src_dict.get("planningInterval", UNSET)
        planning_interval: int | None | Unset
        if isinstance(_planning_interval_raw, Unset):
            planning_interval = UNSET
        else:
            planning_interval = cast(int | None | Unset, _planning_interval_raw)

        _obj = cls(
            agent_configuration_version_id,
            agent_input,
            agent_input_summary,
            agent_input_schema,
            agent_output_schema,
            max_actions,
            planning_interval,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agentConfigurationVersionId", None)
            additional_properties.pop("agentInput", None)
            additional_properties.pop("agentInputSummary", None)
            additional_properties.pop("agentInputSchema", None)
            additional_properties.pop("agentOutputSchema", None)
            additional_properties.pop("maxActions", None)
            additional_properties.pop("planningInterval", None)
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
