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

from ..models.join_output_column_type import JoinOutputColumnType
from ..types import UNSET, Unset

T = TypeVar("T", bound="JoinOutputColumn")


@_attrs_define
class JoinOutputColumn:
    """A column of a join's result.

    Attributes:
        name (str):
        source (str):
        type_ (JoinOutputColumnType):
        nullable (bool | Unset): Server default: `false`.
    """

    name: str
    source: str
    type_: JoinOutputColumnType
    nullable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "source",
            "type",
            "nullable",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("source", self.source),
                ("type_", self.type_),
                ("nullable", self.nullable),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        type_ = getattr(self.type_, "value", self.type_)

        nullable = self.nullable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
                "type": type_,
            }
        )
        if nullable is not UNSET:
            field_dict["nullable"] = nullable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        source = src_dict["source"]

        type_ = cast(
            JoinOutputColumnType,
            JoinOutputColumnType._value2member_map_.get(src_dict["type"])
            or JoinOutputColumnType(src_dict["type"]),
        )

        _nullable_in = src_dict.get("nullable", UNSET)
        if _nullable_in is None:
            _nullable_in = UNSET
        nullable = _nullable_in

        _obj = cls(
            name,
            source,
            type_,
            nullable,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("name", None)
            additional_properties.pop("source", None)
            additional_properties.pop("type", None)
            additional_properties.pop("nullable", None)
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
