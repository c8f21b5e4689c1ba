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

T = TypeVar("T", bound="AgentConfigurationVersion")


@_attrs_define
class AgentConfigurationVersion:
    """One version of how an agent behaves; executions run against a version.

    Attributes:
        agent_configuration_version_id (str): Resource identifier (a nanoid string, not a UUID).
        agent_id (str): Resource identifier (a nanoid string, not a UUID).
        created_at (datetime.datetime | None):
        execution_config (AgentExecutionConfig): Limits of the agent loop.
        input_schema (Any): JSON Schema of the agent input.
        instructions (str):
        is_current (bool):
        llm_config (LlmConfig): Models for each role of the agent loop.
        output_schema (Any): JSON Schema of the agent output.
        system_prompt (None | str):
        tool_config (list[AgentTool]):
        updated_at (datetime.datetime | None):
        version_number (int):
    """

    agent_configuration_version_id: str
    agent_id: str
    created_at: datetime.datetime | None
    execution_config: AgentExecutionConfig
    input_schema: Any
    instructions: str
    is_current: bool
    llm_config: LlmConfig
    output_schema: Any
    system_prompt: None | str
    tool_config: list[AgentTool]
    updated_at: datetime.datetime | None
    version_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agentConfigurationVersionId",
            "agentId",
            "createdAt",
            "executionConfig",
            "inputSchema",
            "instructions",
            "isCurrent",
            "llmConfig",
            "outputSchema",
            "systemPrompt",
            "toolConfig",
            "updatedAt",
            "versionNumber",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_configuration_version_id", self.agent_configuration_version_id),
                ("agent_id", self.agent_id),
                ("created_at", self.created_at),
                ("execution_config", self.execution_config),
                ("input_schema", self.input_schema),
                ("instructions", self.instructions),
                ("is_current", self.is_current),
                ("llm_config", self.llm_config),
                ("output_schema", self.output_schema),
                ("system_prompt", self.system_prompt),
                ("tool_config", self.tool_config),
                ("updated_at", self.updated_at),
                ("version_number", self.version_number),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_configuration_version_id = self.agent_configuration_version_id

        agent_id = self.agent_id

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at
                if isinstance(self.created_at, str)
                else self.created_at.isoformat()
            )
        else:
            created_at = self.created_at

        execution_config = (
            self.execution_config
            if isinstance(self.execution_config, dict)
            else self.execution_config.to_dict()
        )

        input_schema = self.input_schema

        instructions = self.instructions

        is_current = self.is_current

        llm_config = (
            self.llm_config
            if isinstance(self.llm_config, dict)
            else self.llm_config.to_dict()
        )

        output_schema = self.output_schema

        system_prompt: None | str
        system_prompt = self.system_prompt

        tool_config = []
        for tool_config_item_data in self.tool_config:
            tool_config_item = (
                tool_config_item_data
                if isinstance(tool_config_item_data, dict)
                else tool_config_item_data.to_dict()
            )
            tool_config.append(tool_config_item)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        version_number = self.version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentConfigurationVersionId": agent_configuration_version_id,
                "agentId": agent_id,
                "createdAt": created_at,
                "executionConfig": execution_config,
                "inputSchema": input_schema,
                "instructions": instructions,
                "isCurrent": is_current,
                "llmConfig": llm_config,
                "outputSchema": output_schema,
                "systemPrompt": system_prompt,
                "toolConfig": tool_config,
                "updatedAt": updated_at,
                "versionNumber": version_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_configuration_version_id = src_dict["agentConfigurationVersionId"]

        agent_id = src_dict["agentId"]

        _created_at_raw = src_dict["createdAt"]
        created_at: datetime.datetime | None
        if isinstance(_created_at_raw, str):
            created_at_type_0 = parse_datetime(_created_at_raw)

            created_at = created_at_type_0
        else:
            created_at = cast(datetime.datetime | None, _created_at_raw)

        execution_config = AgentExecutionConfig.from_dict(src_dict["executionConfig"])

        input_schema = src_dict["inputSchema"]

        instructions = src_dict["instructions"]

        is_current = src_dict["isCurrent"]

        llm_config = LlmConfig.from_dict(src_dict["llmConfig"])

        output_schema = src_dict["outputSchema"]

        _system_prompt_raw = src_dict["systemPrompt"]
        system_prompt: None | str
        system_prompt = cast(None | str, _system_prompt_raw)

        _tool_config = src_dict["toolConfig"]
        tool_config: list[AgentTool]
        if not isinstance(_tool_config, list):
            raise TypeError(
                f"expected a list for toolConfig, got {type(_tool_config).__name__}"
            )
        tool_config = [
            AgentTool.from_dict(tool_config_item_data)
            for tool_config_item_data in _tool_config
        ]

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        version_number = src_dict["versionNumber"]

        _obj = cls(
            agent_configuration_version_id,
            agent_id,
            created_at,
            execution_config,
            input_schema,
            instructions,
            is_current,
            llm_config,
            output_schema,
            system_prompt,
            tool_config,
            updated_at,
            version_number,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agentConfigurationVersionId", None)
            additional_properties.pop("agentId", None)
            additional_properties.pop("createdAt", None)
            additional_properties.pop("executionConfig", None)
            additional_properties.pop("inputSchema", None)
            additional_properties.pop("instructions", None)
            additional_properties.pop("isCurrent", None)
            additional_properties.pop("llmConfig", None)
            additional_properties.pop("outputSchema", None)
            additional_properties.pop("systemPrompt", None)
            additional_properties.pop("toolConfig", None)
            additional_properties.pop("updatedAt", None)
            additional_properties.pop("versionNumber", None)
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


from ..models.agent_execution_config import AgentExecutionConfig  # noqa: E402
from ..models.agent_tool import AgentTool  # noqa: E402
from ..models.llm_config import LlmConfig  # noqa: E402
