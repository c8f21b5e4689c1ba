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

T = TypeVar("T", bound="AgentConfigurationVersionCreate")


@_attrs_define
class AgentConfigurationVersionCreate:
    """A new agent configuration version.

    Attributes:
        agent_id (str): Resource identifier (a nanoid string, not a UUID).
        execution_config (AgentExecutionConfig): Limits of the agent loop.
        input_schema (Any): JSON Schema of the agent input.
        instructions (str):
        is_current (bool):
        llm_config (LlmConfig): Models for each role of the agent loop.
        output_schema (Any): JSON Schema of the agent output.
        system_prompt (None | str):
        tool_config (list[AgentTool]):
        version_number (int):
    """

    agent_id: str
    execution_config: AgentExecutionConfig
    input_schema: Any
    instructions: str
    is_current: bool
    llm_config: LlmConfig
    output_schema: Any
    system_prompt: None | str
    tool_config: list[AgentTool]
    version_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agentId",
            "executionConfig",
            "inputSchema",
            "instructions",
            "isCurrent",
            "llmConfig",
            "outputSchema",
            "systemPrompt",
            "toolConfig",
            "versionNumber",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_id", self.agent_id),
                ("execution_config", self.execution_config),
                ("input_schema", self.input_schema),
                ("instructions", self.instructions),
                ("is_current", self.is_current),
                ("llm_config", self.llm_config),
                ("output_schema", self.output_schema),
                ("system_prompt", self.system_prompt),
                ("tool_config", self.tool_config),
                ("version_number", self.version_number),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

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

        version_number = self.version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "executionConfig": execution_config,
                "inputSchema": input_schema,
                "instructions": instructions,
                "isCurrent": is_current,
                "llmConfig": llm_config,
                "outputSchema": output_schema,
                "systemPrompt": system_prompt,
                "toolConfig": tool_config,
                "versionNumber": version_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_id = src_dict["agentId"]

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

        version_number = src_dict["versionNumber"]

        _obj = cls(
            agent_id,
            execution_config,
            input_schema,
            instructions,
            is_current,
            llm_config,
            output_schema,
            system_prompt,
            tool_config,
            version_number,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agentId", None)
            additional_properties.pop("executionConfig", None)
            additional_properties.pop("inputSchema", None)
            additional_properties.pop("instructions", None)
            additional_properties.pop("isCurrent", None)
            additional_properties.pop("llmConfig", None)
            additional_properties.pop("outputSchema", None)
            additional_properties.pop("systemPrompt", None)
            additional_properties.pop("toolConfig", None)
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
