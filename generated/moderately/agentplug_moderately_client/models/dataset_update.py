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

T = TypeVar("T", bound="DatasetUpdate")


@_attrs_define
class DatasetUpdate:
    """Changes to a dataset.

    Attributes:
        description (str | Unset):
        name (str | Unset):
        should_process (bool | Unset): true starts processing the current data with the current schema.
    """

    description: str | Unset = UNSET
    name: str | Unset = UNSET
    should_process: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "name",
            "shouldProcess",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("description", self.description),
                ("name", self.name),
                ("should_process", self.should_process),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        should_process = self.should_process

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if should_process is not UNSET:
            field_dict["shouldProcess"] = should_process

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _description_in = src_dict.get("description", UNSET)
        if _description_in is None:
            _description_in = UNSET
        description = _description_in

        _name_in = src_dict.get("name", UNSET)
        if _name_in is None:
            _name_in = UNSET
        name = _name_in

        _should_process_in = src_dict.get("shouldProcess", UNSET)
        if _should_process_in is None:
            _should_process_in = UNSET
        should_process = _should_process_in

        _obj = cls(
            description,
            name,
            should_process,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("description", None)
            additional_properties.pop("name", None)
            additional_properties.pop("shouldProcess", None)
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
