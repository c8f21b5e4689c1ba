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

T = TypeVar("T", bound="MultipleChoiceOption")


@_attrs_define
class MultipleChoiceOption:
    """One option of a radio, checkbox or dropdown prompt.

    Attributes:
        description (str | Unset):
        id (str | Unset):
        label (str | Unset):
        value (str | Unset):
    """

    description: str | Unset = UNSET
    id: str | Unset = UNSET
    label: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "id",
            "label",
            "value",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("description", self.description),
                ("id", self.id),
                ("label", self.label),
                ("value", self.value),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        label = self.label

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _description_in = src_dict.get("description", UNSET)
        if _description_in is None:
            _description_in = UNSET
        description = _description_in

        _id_in = src_dict.get("id", UNSET)
        if _id_in is None:
            _id_in = UNSET
        id = _id_in

        _label_in = src_dict.get("label", UNSET)
        if _label_in is None:
            _label_in = UNSET
        label = _label_in

        _value_in = src_dict.get("value", UNSET)
        if _value_in is None:
            _value_in = UNSET
        value = _value_in

        _obj = cls(
            description,
            id,
            label,
            value,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("description", None)
            additional_properties.pop("id", None)
            additional_properties.pop("label", None)
            additional_properties.pop("value", None)
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
