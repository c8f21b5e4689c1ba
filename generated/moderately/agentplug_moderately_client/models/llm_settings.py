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

from ..models.llm_provider import LlmProvider
from ..models.model_tier import ModelTier
from ..types import UNSET, Unset

T = TypeVar("T", bound="LlmSettings")


@_attrs_define
class LlmSettings:
    """Which model one role of the agent uses.

    Attributes:
        model_tier (ModelTier): Size class of a model.
        provider (LlmProvider): Model provider of an agent's language model.
        enable_reasoning (bool | Unset):
        model (str | Unset): Exact model name, overriding the tier's default.
        model_config (JsonObject | Unset): A free-form JSON object.
    """

    model_tier: ModelTier
    provider: LlmProvider
    enable_reasoning: bool | Unset = UNSET
    model: str | Unset = UNSET
    model_config: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "model_tier",
            "provider",
            "enable_reasoning",
            "model",
            "model_config",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("model_tier", self.model_tier),
                ("provider", self.provider),
                ("enable_reasoning", self.enable_reasoning),
                ("model", self.model),
                ("model_config", self.model_config),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        model_tier = getattr(self.model_tier, "value", self.model_tier)

        provider = getattr(self.provider, "value", self.provider)

        enable_reasoning = self.enable_reasoning

        model = self.model

        model_config = self.model_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_tier": model_tier,
                "provider": provider,
            }
        )
        if enable_reasoning is not UNSET:
            field_dict["enable_reasoning"] = enable_reasoning
        if model is not UNSET:
            field_dict["model"] = model
        if model_config is not UNSET:
            field_dict["model_config"] = model_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model_tier = cast(
            ModelTier,
            ModelTier._value2member_map_.get(src_dict["model_tier"])
            or ModelTier(src_dict["model_tier"]),
        )

        provider = cast(
            LlmProvider,
            LlmProvider._value2member_map_.get(src_dict["provider"])
            or LlmProvider(src_dict["provider"]),
        )

        _enable_reasoning_in = src_dict.get("enable_reasoning", UNSET)
        if _enable_reasoning_in is None:
            _enable_reasoning_in = UNSET
        enable_reasoning = _enable_reasoning_in

        _model_in = src_dict.get("model", UNSET)
        if _model_in is None:
            _model_in = UNSET
        model = _model_in

        _model_config_in = src_dict.get("model_config", UNSET)
        if _model_config_in is None:
            _model_config_in = UNSET
        model_config = _model_config_in
        if not isinstance(model_config, (dict, Unset)):
            raise TypeError(
                f"expected an object for model_config, got {type(model_config).__name__}"
            )

        _obj = cls(
            model_tier,
            provider,
            enable_reasoning,
            model,
            model_config,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("model_tier", None)
            additional_properties.pop("provider", None)
            additional_properties.pop("enable_reasoning", None)
            additional_properties.pop("model", None)
            additional_properties.pop("model_config", None)
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
