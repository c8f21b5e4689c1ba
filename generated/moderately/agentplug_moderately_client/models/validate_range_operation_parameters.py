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

T = TypeVar("T", bound="ValidateRangeOperationParameters")


@_attrs_define
class ValidateRangeOperationParameters:
    """
    Attributes:
        inclusive (bool | Unset):
        max_value (float | None | Unset):
        min_value (float | None | Unset):
    """

    inclusive: bool | Unset = UNSET
    max_value: float | None | Unset = UNSET
    min_value: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "inclusive",
            "max_value",
            "min_value",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("inclusive", self.inclusive),
                ("max_value", self.max_value),
                ("min_value", self.min_value),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        inclusive = self.inclusive

        max_value: float | None | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        min_value: float | None | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive
        if max_value is not UNSET:
            field_dict["max_value"] = max_value
        if min_value is not UNSET:
            field_dict["min_value"] = min_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _inclusive_in = src_dict.get("inclusive", UNSET)
        if _inclusive_in is None:
            _inclusive_in = UNSET
        inclusive = _inclusive_in

        _max_value_raw = src_dict.get("max_value", UNSET)
        max_value: float | None | Unset
        if isinstance(_max_value_raw, Unset):
            max_value = UNSET
        else:
            max_value = cast(float | None | Unset, _max_value_raw)

        _min_value_raw = src_dict.get("min_value", UNSET)
        min_value: float | None | Unset
        if isinstance(_min_value_raw, Unset):
            min_value = UNSET
        else:
            min_value = cast(float | None | Unset, _min_value_raw)

        _obj = cls(
            inclusive,
            max_value,
            min_value,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("inclusive", None)
            additional_properties.pop("max_value", None)
            additional_properties.pop("min_value", None)
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
