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

T = TypeVar("T", bound="AgentSchemaVersionForRegister")


@_attrs_define
class AgentSchemaVersionForRegister:
    """
    Attributes:
        external_identifier (str | Unset):
        quality_schemas (list[QualitySchemaForCreate] | Unset):
        span_result_schemas (SpanSchemaMap | Unset): A JSON Schema per span type name.
        span_schemas (SpanSchemaMap | Unset): A JSON Schema per span type name.
        span_type_schemas (list[SpanTypeSchemaForCreate] | Unset):
    """

    external_identifier: str | Unset = UNSET
    quality_schemas: list[QualitySchemaForCreate] | Unset = UNSET
    span_result_schemas: SpanSchemaMap | Unset = UNSET
    span_schemas: SpanSchemaMap | Unset = UNSET
    span_type_schemas: list[SpanTypeSchemaForCreate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "external_identifier",
            "quality_schemas",
            "span_result_schemas",
            "span_schemas",
            "span_type_schemas",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("external_identifier", self.external_identifier),
                ("quality_schemas", self.quality_schemas),
                ("span_result_schemas", self.span_result_schemas),
                ("span_schemas", self.span_schemas),
                ("span_type_schemas", self.span_type_schemas),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        external_identifier = self.external_identifier

        quality_schemas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quality_schemas, Unset):
            quality_schemas = []
            for quality_schemas_item_data in self.quality_schemas:
                quality_schemas_item = (
                    quality_schemas_item_data
                    if isinstance(quality_schemas_item_data, dict)
                    else quality_schemas_item_data.to_dict()
                )
                quality_schemas.append(quality_schemas_item)

        span_result_schemas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.span_result_schemas, Unset):
            span_result_schemas = (
                self.span_result_schemas
                if isinstance(self.span_result_schemas, dict)
                else self.span_result_schemas.to_dict()
            )

        span_schemas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.span_schemas, Unset):
            span_schemas = (
                self.span_schemas
                if isinstance(self.span_schemas, dict)
                else self.span_schemas.to_dict()
            )

        span_type_schemas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.span_type_schemas, Unset):
            span_type_schemas = []
            for span_type_schemas_item_data in self.span_type_schemas:
                span_type_schemas_item = (
                    span_type_schemas_item_data
                    if isinstance(span_type_schemas_item_data, dict)
                    else span_type_schemas_item_data.to_dict()
                )
                span_type_schemas.append(span_type_schemas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_identifier is not UNSET:
            field_dict["external_identifier"] = external_identifier
        if quality_schemas is not UNSET:
            field_dict["quality_schemas"] = quality_schemas
        if span_result_schemas is not UNSET:
            field_dict["span_result_schemas"] = span_result_schemas
        if span_schemas is not UNSET:
            field_dict["span_schemas"] = span_schemas
        if span_type_schemas is not UNSET:
            field_dict["span_type_schemas"] = span_type_schemas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _external_identifier_in = src_dict.get("external_identifier", UNSET)
        if _external_identifier_in is None:
            _external_identifier_in = UNSET
        external_identifier = _external_identifier_in

        _quality_schemas_in = src_dict.get("quality_schemas", UNSET)
        if _quality_schemas_in is None:
            _quality_schemas_in = UNSET
        _quality_schemas = _quality_schemas_in
        quality_schemas: list[QualitySchemaForCreate] | Unset = UNSET
        if not isinstance(_quality_schemas, Unset):
            if not isinstance(_quality_schemas, list):
                raise TypeError(
                    f"expected a list for quality_schemas, got {type(_quality_schemas).__name__}"
                )
            quality_schemas = [
                QualitySchemaForCreate.from_dict(quality_schemas_item_data)
                for quality_schemas_item_data in _quality_schemas
            ]

        _span_result_schemas_in = src_dict.get("span_result_schemas", UNSET)
        if _span_result_schemas_in is None:
            _span_result_schemas_in = UNSET
        _span_result_schemas = _span_result_schemas_in
        span_result_schemas: SpanSchemaMap | Unset
        if isinstance(_span_result_schemas, Unset):
            span_result_schemas = UNSET
        else:
            span_result_schemas = SpanSchemaMap.from_dict(_span_result_schemas)

        _span_schemas_in = src_dict.get("span_schemas", UNSET)
        if _span_schemas_in is None:
            _span_schemas_in = UNSET
        _span_schemas = _span_schemas_in
        span_schemas: SpanSchemaMap | Unset
        if isinstance(_span_schemas, Unset):
            span_schemas = UNSET
        else:
            span_schemas = SpanSchemaMap.from_dict(_span_schemas)

        _span_type_schemas_in = src_dict.get("span_type_schemas", UNSET)
        if _span_type_schemas_in is None:
            _span_type_schemas_in = UNSET
        _span_type_schemas = _span_type_schemas_in
        span_type_schemas: list[SpanTypeSchemaForCreate] | Unset = UNSET
        if not isinstance(_span_type_schemas, Unset):
            if not isinstance(_span_type_schemas, list):
                raise TypeError(
                    f"expected a list for span_type_schemas, got {type(_span_type_schemas).__name__}"
                )
            span_type_schemas = [
                SpanTypeSchemaForCreate.from_dict(span_type_schemas_item_data)
                for span_type_schemas_item_data in _span_type_schemas
            ]

        _obj = cls(
            external_identifier,
            quality_schemas,
            span_result_schemas,
            span_schemas,
            span_type_schemas,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("external_identifier", None)
            additional_properties.pop("quality_schemas", None)
            additional_properties.pop("span_result_schemas", None)
            additional_properties.pop("span_schemas", None)
            additional_properties.pop("span_type_schemas", None)
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


from ..models.quality_schema_for_create import QualitySchemaForCreate  # noqa: E402
from ..models.span_schema_map import SpanSchemaMap  # noqa: E402
from ..models.span_type_schema_for_create import SpanTypeSchemaForCreate  # noqa: E402
