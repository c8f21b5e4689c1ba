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

T = TypeVar("T", bound="AgentACPSpec")


@_attrs_define
class AgentACPSpec:
    """What the agent supports and the schemas of the data it exchanges. Each schema field holds an OpenAPI 3.1 schema
    object.

        Attributes:
            capabilities (AgentCapabilities): Protocol features the agent supports.
            config (AgentACPSpecConfig): Schema of run config (the shape of ConfigSchema for this agent).
            input_ (AgentACPSpecInput): Schema of run input (the shape of InputSchema for this agent).
            output (AgentACPSpecOutput): Schema of run output (the shape of OutputSchema for this agent).
            custom_streaming_update (AgentACPSpecCustomStreamingUpdate | Unset): Schema of custom stream updates. Present
                exactly when `capabilities.streaming.custom` is true.
            interrupts (list[AgentInterruptSpec] | Unset): Interrupts the agent may raise. Must have at least one item when
                `capabilities.interrupts` is true.
            thread_state (AgentACPSpecThreadState | Unset): Schema of the thread state. Only allowed when
                `capabilities.threads` is true; without it thread state cannot be retrieved.
    """

    capabilities: AgentCapabilities
    config: dict[str, Any]
    input_: dict[str, Any]
    output: dict[str, Any]
    custom_streaming_update: dict[str, Any] | Unset = UNSET
    interrupts: list[AgentInterruptSpec] | Unset = UNSET
    thread_state: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "capabilities",
            "config",
            "input",
            "output",
            "custom_streaming_update",
            "interrupts",
            "thread_state",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("capabilities", self.capabilities),
                ("config", self.config),
                ("input_", self.input_),
                ("output", self.output),
                ("custom_streaming_update", self.custom_streaming_update),
                ("interrupts", self.interrupts),
                ("thread_state", self.thread_state),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        capabilities = (
            self.capabilities
            if isinstance(self.capabilities, dict)
            else self.capabilities.to_dict()
        )

        config = self.config

        input_ = self.input_

        output = self.output

        custom_streaming_update = self.custom_streaming_update

        interrupts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interrupts, Unset):
            interrupts = []
            for interrupts_item_data in self.interrupts:
                interrupts_item = (
                    interrupts_item_data
                    if isinstance(interrupts_item_data, dict)
                    else interrupts_item_data.to_dict()
                )
                interrupts.append(interrupts_item)

        thread_state = self.thread_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capabilities": capabilities,
                "config": config,
                "input": input_,
                "output": output,
            }
        )
        if custom_streaming_update is not UNSET:
            field_dict["custom_streaming_update"] = custom_streaming_update
        if interrupts is not UNSET:
            field_dict["interrupts"] = interrupts
        if thread_state is not UNSET:
            field_dict["thread_state"] = thread_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        capabilities = AgentCapabilities.from_dict(src_dict["capabilities"])

        config = src_dict["config"]
        if not isinstance(config, dict):
            raise TypeError(
                f"expected an object for config, got {type(config).__name__}"
            )

        input_ = src_dict["input"]
        if not isinstance(input_, dict):
            raise TypeError(
                f"expected an object for input, got {type(input_).__name__}"
            )

        output = src_dict["output"]
        if not isinstance(output, dict):
            raise TypeError(
                f"expected an object for output, got {type(output).__name__}"
            )

        _custom_streaming_update_in = src_dict.get("custom_streaming_update", UNSET)
        if _custom_streaming_update_in is None:
            _custom_streaming_update_in = UNSET
        custom_streaming_update = _custom_streaming_update_in
        if not isinstance(custom_streaming_update, (dict, Unset)):
            raise TypeError(
                f"expected an object for custom_streaming_update, got {type(custom_streaming_update).__name__}"
            )

        _interrupts_in = src_dict.get("interrupts", UNSET)
        if _interrupts_in is None:
            _interrupts_in = UNSET
        _interrupts = _interrupts_in
        interrupts: list[AgentInterruptSpec] | Unset = UNSET
        if not isinstance(_interrupts, Unset):
            if not isinstance(_interrupts, list):
                raise TypeError(
                    f"expected a list for interrupts, got {type(_interrupts).__name__}"
                )
            interrupts = [
                AgentInterruptSpec.from_dict(interrupts_item_data)
                for interrupts_item_data in _interrupts
            ]

        _thread_state_in = src_dict.get("thread_state", UNSET)
        if _thread_state_in is None:
            _thread_state_in = UNSET
        thread_state = _thread_state_in
        if not isinstance(thread_state, (dict, Unset)):
            raise TypeError(
                f"expected an object for thread_state, got {type(thread_state).__name__}"
            )

        _obj = cls(
            capabilities,
            config,
            input_,
            output,
            custom_streaming_update,
            interrupts,
            thread_state,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("capabilities", None)
            additional_properties.pop("config", None)
            additional_properties.pop("input", None)
            additional_properties.pop("output", None)
            additional_properties.pop("custom_streaming_update", None)
            additional_properties.pop("interrupts", None)
            additional_properties.pop("thread_state", None)
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


from ..models.agent_capabilities import AgentCapabilities  # noqa: E402
from ..models.agent_interrupt_spec import AgentInterruptSpec  # noqa: E402
