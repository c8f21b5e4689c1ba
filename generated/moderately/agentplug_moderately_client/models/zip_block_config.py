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

from ..models.zip_block_config_combine_strategy import ZipBlockConfigCombineStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="ZipBlockConfig")


@_attrs_define
class ZipBlockConfig:
    """Settings of a `zip` block.

    Attributes:
        combine_strategy (ZipBlockConfigCombineStrategy | Unset): Server default: `"merge_objects"`.
    """

    combine_strategy: ZipBlockConfigCombineStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "combine_strategy",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("combine_strategy", self.combine_strategy),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        combine_strategy: str | Unset = UNSET
        if not isinstance(self.combine_strategy, Unset):
            combine_strategy = getattr(
                self.combine_strategy, "value", self.combine_strategy
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if combine_strategy is not UNSET:
            field_dict["combine_strategy"] = combine_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _combine_strategy_in = src_dict.get("combine_strategy", UNSET)
        if _combine_strategy_in is None:
            _combine_strategy_in = UNSET
        _combine_strategy = _combine_strategy_in
        combine_strategy: ZipBlockConfigCombineStrategy | Unset
        if isinstance(_combine_strategy, Unset):
            combine_strategy = UNSET
        else:
            combine_strategy = cast(
                ZipBlockConfigCombineStrategy,
                ZipBlockConfigCombineStrategy._value2member_map_.get(_combine_strategy)
                or ZipBlockConfigCombineStrategy(_combine_strategy),
            )

        _obj = cls(
            combine_strategy,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("combine_strategy", None)
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
