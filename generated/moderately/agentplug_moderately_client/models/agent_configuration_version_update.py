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

T = TypeVar("T", bound="AgentConfigurationVersionUpdate")


@_attrs_define
class AgentConfigurationVersionUpdate:
    """Changes to an agent configuration version.

    Attributes:
        execution_config (AgentExecutionConfig | Unset): Limits of the agent loop.
        input_schema (Any | Unset):
        instructions (str | Unset):
        is_current (bool | None | Unset):
        llm_config (LlmConfig | Unset): Models for each role of the agent loop.
        output_schema (Any | Unset):
        system_prompt (None | str | Unset):
        tool_config (list[AgentTool] | Unset):
    """

    execution_config: AgentExecutionConfig | Unset = UNSET
    input_schema: Any | Unset = UNSET
    instructions: str | Unset = UNSET
    is_current: bool | None | Unset = UNSET
    llm_config: LlmConfig | Unset = UNSET
    output_schema: Any | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    tool_config: list[AgentTool] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "executionConfig",
            "inputSchema",
            "instructions",
            "isCurrent",
            "llmConfig",
            "outputSchema",
            "systemPrompt",
            "toolConfig",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("execution_config", self.execution_config),
                ("input_schema", self.input_schema),
                ("instructions", self.instructions),
                ("is_current", self.is_current),
                ("llm_config", self.llm_config),
                ("output_schema", self.output_schema),
                ("system_prompt", self.system_prompt),
                ("tool_config", self.tool_config),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        execution_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_config, Unset):
            execution_config = (
                self.execution_config
                if isinstance(self.execution_config, dict)
                else self.execution_config.to_dict()
            )

        input_schema = self.input_schema

        instructions = self.instructions

        is_current: bool | None | Unset
        if isinstance(self.is_current, Unset):
            is_current = UNSET
        else:
            is_current = self.is_current

        llm_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm_config, Unset):
            llm_config = (
                self.llm_config
                if isinstance(self.llm_config, dict)
                else self.llm_config.to_dict()
            )

        output_schema = self.output_schema

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        tool_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_config, Unset):
            tool_config = []
            for tool_config_item_data in self.tool_config:
                tool_config_item = (
                    tool_config_item_data
                    if isinstance(tool_config_item_data, dict)
                    else tool_config_item_data.to_dict()
                )
                tool_config.append(tool_config_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_config is not UNSET:
            field_dict["executionConfig"] = execution_config
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if is_current is not UNSET:
            field_dict["isCurrent"] = is_current
        if llm_config is not UNSET:
            field_dict["llmConfig"] = llm_config
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema
        if system_prompt is not UNSET:
            field_dict["systemPrompt"] = system_prompt
        if tool_config is not UNSET:
            field_dict["toolConfig"] = tool_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _execution_config_in = src_dict.get("executionConfig", UNSET)
        if _execution_config_in is None:
            _execution_config_in = UNSET
        _execution_config = _execution_config_in
        execution_config: AgentExecutionConfig | Unset
        if isinstance(_execution_config, Unset):
            execution_config = UNSET
        else:
            execution_config = AgentExecutionConfig.from_dict(_execution_config)

        input_schema = src_dict.get("inputSchema", UNSET)

        _instructions_in = src_dict.get("instructions", UNSET)
        if _instructions_in is None:
            _instructions_in = UNSET
        instructions = _instructions_in

        _is_current_raw = src_dict.get("isCurrent", UNSET)
        is_current: bool | None | Unset
        if isinstance(_is_current_raw, Unset):
            is_current = UNSET
        else:
            is_current = cast(bool | None | Unset, _is_current_raw)

        _llm_config_in = src_dict.get("llmConfig", UNSET)
        if _llm_config_in is None:
            _llm_config_in = UNSET
        _llm_config = _llm_config_in
        llm_config: LlmConfig | Unset
        if isinstance(_llm_config, Unset):
            llm_config = UNSET
        else:
            llm_config = LlmConfig.from_dict(_llm_config)

        output_schema = src_dict.get("outputSchema", UNSET)

        _system_prompt_raw = src_dict.get("systemPrompt", UNSET)
        system_prompt: None | str | Unset
        if isinstance(_system_prompt_raw, Unset):
            system_prompt = UNSET
        else:
            system_prompt = cast(None | str | Unset, _system_prompt_raw)

        _tool_config_in = src_dict.get("toolConfig", UNSET)
        if _tool_config_in is None:
            _tool_config_in = UNSET
        _tool_config = _tool_config_in
        tool_config: list[AgentTool] | Unset = UNSET
        if not isinstance(_tool_config, Unset):
            if not isinstance(_tool_config, list):
                raise TypeError(
                    f"expected a list for toolConfig, got {type(_tool_config).__name__}"
                )
            tool_config = [
                AgentTool.from_dict(tool_config_item_data)
                for tool_config_item_data in _tool_config
            ]

        _obj = cls(
            execution_config,
            input_schema,
            instructions,
            is_current,
            llm_config,
            output_schema,
            system_prompt,
            tool_config,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("executionConfig", None)
            additional_properties.pop("inputSchema", None)
            additional_properties.pop("instructions", None)
            additional_properties.pop("isCurrent", None)
            additional_properties.pop("llmConfig", None)
            additional_properties.pop("outputSchema", None)
            additional_properties.pop("systemPrompt", None)
            additional_properties.pop("toolConfig", None)
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
