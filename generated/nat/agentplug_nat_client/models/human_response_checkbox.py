from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="HumanResponseCheckbox")


@_attrs_define
class HumanResponseCheckbox:
    """
    Attributes:
        selected_option (MultipleChoiceOption): One option of a radio, checkbox or dropdown prompt.
        type_ (Literal['checkbox']):
    """

    selected_option: MultipleChoiceOption
    type_: Literal["checkbox"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "selected_option",
            "type",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("selected_option", self.selected_option),
                ("type_", self.type_),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        selected_option = (
            self.selected_option
            if isinstance(self.selected_option, dict)
            else self.selected_option.to_dict()
        )

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selected_option": selected_option,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        selected_option = MultipleChoiceOption.from_dict(src_dict["selected_option"])

        type_ = src_dict["type"]
        if type_ != "checkbox":
            raise ValueError(f"type must be 'checkbox', got {type_!r}")

        _obj = cls(
            selected_option,
            type_,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("selected_option", None)
            additional_properties.pop("type", None)
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


from ..models.multiple_choice_option import MultipleChoiceOption  # noqa: E402
