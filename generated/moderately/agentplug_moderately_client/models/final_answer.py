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

T = TypeVar("T", bound="FinalAnswer")


@_attrs_define
class FinalAnswer:
    """The answer an agent settled on.

    Attributes:
        output (str):
        type_ (str):
        resource_ids (list[str] | Unset):
    """

    output: str
    type_: str
    resource_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "output",
            "type",
            "resourceIds",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("output", self.output),
                ("type_", self.type_),
                ("resource_ids", self.resource_ids),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        type_ = self.type_

        resource_ids: list[str] | Unset = UNSET
        if not isinstance(self.resource_ids, Unset):
            resource_ids = self.resource_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
                "type": type_,
            }
        )
        if resource_ids is not UNSET:
            field_dict["resourceIds"] = resource_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        output = src_dict["output"]

        type_ = src_dict["type"]

        _resource_ids_in = src_dict.get("resourceIds", UNSET)
        if _resource_ids_in is None:
            _resource_ids_in = UNSET
        resource_ids = cast(list[str], _resource_ids_in)

        _obj = cls(
            output,
            type_,
            resource_ids,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("output", None)
            additional_properties.pop("type", None)
            additional_properties.pop("resourceIds", None)
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
