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

T = TypeVar("T", bound="ArtifactBlockConfig")


@_attrs_define
class ArtifactBlockConfig:
    """Settings of a `artifact` block.

    Attributes:
        description (str | Unset):
        include_metadata (bool | Unset): Server default: `true`.
        json_schema (JsonObject | Unset): A free-form JSON object.
        name (str | Unset): Server default: `"artifact"`.
    """

    description: str | Unset = UNSET
    include_metadata: bool | Unset = UNSET
    json_schema: dict[str, Any] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "include_metadata",
            "json_schema",
            "name",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("description", self.description),
                ("include_metadata", self.include_metadata),
                ("json_schema", self.json_schema),
                ("name", self.name),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        include_metadata = self.include_metadata

        json_schema = self.json_schema

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if include_metadata is not UNSET:
            field_dict["include_metadata"] = include_metadata
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _description_in = src_dict.get("description", UNSET)
        if _description_in is None:
            _description_in = UNSET
        description = _description_in

        _include_metadata_in = src_dict.get("include_metadata", UNSET)
        if _include_metadata_in is None:
            _include_metadata_in = UNSET
        include_metadata = _include_metadata_in

        _json_schema_in = src_dict.get("json_schema", UNSET)
        if _json_schema_in is None:
            _json_schema_in = UNSET
        json_schema = _json_schema_in
        if not isinstance(json_schema, (dict, Unset)):
            raise TypeError(
                f"expected an object for json_schema, got {type(json_schema).__name__}"
            )

        _name_in = src_dict.get("name", UNSET)
        if _name_in is None:
            _name_in = UNSET
        name = _name_in

        _obj = cls(
            description,
            include_metadata,
            json_schema,
            name,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("description", None)
            additional_properties.pop("include_metadata", None)
            additional_properties.pop("json_schema", None)
            additional_properties.pop("name", None)
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
