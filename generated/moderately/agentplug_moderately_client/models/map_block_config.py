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

T = TypeVar("T", bound="MapBlockConfig")


@_attrs_define
class MapBlockConfig:
    """Settings of a `map` block.

    Attributes:
        target_block_type (str):
        max_concurrency (float | Unset): Server default: `5`.
        target_config (JsonObject | Unset): A free-form JSON object.
    """

    target_block_type: str
    max_concurrency: float | Unset = UNSET
    target_config: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "target_block_type",
            "max_concurrency",
            "target_config",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("target_block_type", self.target_block_type),
                ("max_concurrency", self.max_concurrency),
                ("target_config", self.target_config),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        target_block_type = self.target_block_type

        max_concurrency = self.max_concurrency

        target_config = self.target_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_block_type": target_block_type,
            }
        )
        if max_concurrency is not UNSET:
            field_dict["max_concurrency"] = max_concurrency
        if target_config is not UNSET:
            field_dict["target_config"] = target_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        target_block_type = src_dict["target_block_type"]

        _max_concurrency_in = src_dict.get("max_concurrency", UNSET)
        if _max_concurrency_in is None:
            _max_concurrency_in = UNSET
        max_concurrency = _max_concurrency_in

        _target_config_in = src_dict.get("target_config", UNSET)
        if _target_config_in is None:
            _target_config_in = UNSET
        target_config = _target_config_in
        if not isinstance(target_config, (dict, Unset)):
            raise TypeError(
                f"expected an object for target_config, got {type(target_config).__name__}"
            )

        _obj = cls(
            target_block_type,
            max_concurrency,
            target_config,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("target_block_type", None)
            additional_properties.pop("max_concurrency", None)
            additional_properties.pop("target_config", None)
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
