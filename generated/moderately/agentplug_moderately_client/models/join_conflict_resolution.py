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

from ..models.join_conflict_resolution_strategy import JoinConflictResolutionStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="JoinConflictResolution")


@_attrs_define
class JoinConflictResolution:
    """How clashing column names are renamed.

    Attributes:
        left_modifier (str | Unset): Server default: `""`.
        right_modifier (str | Unset): Server default: `""`.
        strategy (JoinConflictResolutionStrategy | Unset): Server default: `"prefix"`.
    """

    left_modifier: str | Unset = UNSET
    right_modifier: str | Unset = UNSET
    strategy: JoinConflictResolutionStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "left_modifier",
            "right_modifier",
            "strategy",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("left_modifier", self.left_modifier),
                ("right_modifier", self.right_modifier),
                ("strategy", self.strategy),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        left_modifier = self.left_modifier

        right_modifier = self.right_modifier

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = getattr(self.strategy, "value", self.strategy)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if left_modifier is not UNSET:
            field_dict["left_modifier"] = left_modifier
        if right_modifier is not UNSET:
            field_dict["right_modifier"] = right_modifier
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _left_modifier_in = src_dict.get("left_modifier", UNSET)
        if _left_modifier_in is None:
            _left_modifier_in = UNSET
        left_modifier = _left_modifier_in

        _right_modifier_in = src_dict.get("right_modifier", UNSET)
        if _right_modifier_in is None:
            _right_modifier_in = UNSET
        right_modifier = _right_modifier_in

        _strategy_in = src_dict.get("strategy", UNSET)
        if _strategy_in is None:
            _strategy_in = UNSET
        _strategy = _strategy_in
        strategy: JoinConflictResolutionStrategy | Unset
        if isinstance(_strategy, Unset):
            strategy = UNSET
        else:
            strategy = cast(
                JoinConflictResolutionStrategy,
                JoinConflictResolutionStrategy._value2member_map_.get(_strategy)
                or JoinConflictResolutionStrategy(_strategy),
            )

        _obj = cls(
            left_modifier,
            right_modifier,
            strategy,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("left_modifier", None)
            additional_properties.pop("right_modifier", None)
            additional_properties.pop("strategy", None)
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
