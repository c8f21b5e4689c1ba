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

from ..models.strip_whitespace_operation_parameters_sides import (
    StripWhitespaceOperationParametersSides,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StripWhitespaceOperationParameters")


@_attrs_define
class StripWhitespaceOperationParameters:
    """
    Attributes:
        chars (None | str | Unset):
        sides (StripWhitespaceOperationParametersSides | Unset):
    """

    chars: None | str | Unset = UNSET
    sides: StripWhitespaceOperationParametersSides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "chars",
            "sides",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("chars", self.chars),
                ("sides", self.sides),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        chars: None | str | Unset
        if isinstance(self.chars, Unset):
            chars = UNSET
        else:
            chars = self.chars

        sides: str | Unset = UNSET
        if not isinstance(self.sides, Unset):
            sides = getattr(self.sides, "value", self.sides)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chars is not UNSET:
            field_dict["chars"] = chars
        if sides is not UNSET:
            field_dict["sides"] = sides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _chars_raw = src_dict.get("chars", UNSET)
        chars: None | str | Unset
        if isinstance(_chars_raw, Unset):
            chars = UNSET
        else:
            chars = cast(None | str | Unset, _chars_raw)

        _sides_in = src_dict.get("sides", UNSET)
        if _sides_in is None:
            _sides_in = UNSET
        _sides = _sides_in
        sides: StripWhitespaceOperationParametersSides | Unset
        if isinstance(_sides, Unset):
            sides = UNSET
        else:
            sides = cast(
                StripWhitespaceOperationParametersSides,
                StripWhitespaceOperationParametersSides._value2member_map_.get(_sides)
                or StripWhitespaceOperationParametersSides(_sides),
            )

        _obj = cls(
            chars,
            sides,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("chars", None)
            additional_properties.pop("sides", None)
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
