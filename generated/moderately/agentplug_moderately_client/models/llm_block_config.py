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

from ..models.llm_block_config_model import LlmBlockConfigModel
from ..models.llm_block_config_provider import LlmBlockConfigProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="LlmBlockConfig")


@_attrs_define
class LlmBlockConfig:
    """Settings of a `llm` block.

    Attributes:
        provider (LlmBlockConfigProvider):
        max_tokens (float | Unset): Server default: `8192`.
        model (LlmBlockConfigModel | Unset): Server default: `"small"`.
        model_override (str | Unset):
        output_schema (JsonObject | Unset): A free-form JSON object.
        temperature (float | Unset): Server default: `0.2`.
    """

    provider: LlmBlockConfigProvider
    max_tokens: float | Unset = UNSET
    model: LlmBlockConfigModel | Unset = UNSET
    model_override: str | Unset = UNSET
    output_schema: dict[str, Any] | Unset = UNSET
    temperature: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "provider",
            "max_tokens",
            "model",
            "model_override",
            "output_schema",
            "temperature",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("provider", self.provider),
                ("max_tokens", self.max_tokens),
                ("model", self.model),
                ("model_override", self.model_override),
                ("output_schema", self.output_schema),
                ("temperature", self.temperature),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        provider = getattr(self.provider, "value", self.provider)

        max_tokens = self.max_tokens

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = getattr(self.model, "value", self.model)

        model_override = self.model_override

        output_schema = self.output_schema

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if model_override is not UNSET:
            field_dict["model_override"] = model_override
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        provider = cast(
            LlmBlockConfigProvider,
            LlmBlockConfigProvider._value2member_map_.get(src_dict["provider"])
            or LlmBlockConfigProvider(src_dict["provider"]),
        )

        _max_tokens_in = src_dict.get("max_tokens", UNSET)
        if _max_tokens_in is None:
            _max_tokens_in = UNSET
        max_tokens = _max_tokens_in

        _model_in = src_dict.get("model", UNSET)
        if _model_in is None:
            _model_in = UNSET
        _model = _model_in
        model: LlmBlockConfigModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = cast(
                LlmBlockConfigModel,
                LlmBlockConfigModel._value2member_map_.get(_model)
                or LlmBlockConfigModel(_model),
            )

        _model_override_in = src_dict.get("model_override", UNSET)
        if _model_override_in is None:
            _model_override_in = UNSET
        model_override = _model_override_in

        _output_schema_in = src_dict.get("output_schema", UNSET)
        if _output_schema_in is None:
            _output_schema_in = UNSET
        output_schema = _output_schema_in
        if not isinstance(output_schema, (dict, Unset)):
            raise TypeError(
                f"expected an object for output_schema, got {type(output_schema).__name__}"
            )

        _temperature_in = src_dict.get("temperature", UNSET)
        if _temperature_in is None:
            _temperature_in = UNSET
        temperature = _temperature_in

        _obj = cls(
            provider,
            max_tokens,
            model,
            model_override,
            output_schema,
            temperature,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("provider", None)
            additional_properties.pop("max_tokens", None)
            additional_properties.pop("model", None)
            additional_properties.pop("model_override", None)
            additional_properties.pop("output_schema", None)
            additional_properties.pop("temperature", None)
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
