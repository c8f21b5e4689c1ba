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

T = TypeVar("T", bound="SchemaColumn")


@_attrs_define
class SchemaColumn:
    """A column of a dataset schema.

    Attributes:
        name (str):
        nullable (bool):
        type_ (str): string, integer, float, datetime or boolean.
        description (None | str | Unset):
        operations (list[ConvertDtypeOperation | CustomOperation | ExtractPatternOperation | StripWhitespaceOperation |
            ValidateRangeOperation] | Unset):
        pos (int | Unset): Position of the column, from 1.
        source (str | Unset): Header of the source column, when it differs from name.
        transform_expr (None | str | Unset):
    """

    name: str
    nullable: bool
    type_: str
    description: None | str | Unset = UNSET
    operations: (
        list[
            ConvertDtypeOperation
            | CustomOperation
            | ExtractPatternOperation
            | StripWhitespaceOperation
            | ValidateRangeOperation
        ]
        | Unset
    ) = UNSET
    pos: int | Unset = UNSET
    source: str | Unset = UNSET
    transform_expr: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "nullable",
            "type",
            "description",
            "operations",
            "pos",
            "source",
            "transformExpr",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("name", self.name),
                ("nullable", self.nullable),
                ("type_", self.type_),
                ("description", self.description),
                ("operations", self.operations),
                ("pos", self.pos),
                ("source", self.source),
                ("transform_expr", self.transform_expr),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        nullable = self.nullable

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        operations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operations, Unset):
            operations = []
            for operations_item_data in self.operations:
                operations_item: dict[str, Any]
                if isinstance(operations_item_data, StripWhitespaceOperation):
                    operations_item = (
                        operations_item_data
                        if isinstance(operations_item_data, dict)
                        else operations_item_data.to_dict()
                    )
                elif isinstance(operations_item_data, ConvertDtypeOperation):
                    operations_item = (
                        operations_item_data
                        if isinstance(operations_item_data, dict)
                        else operations_item_data.to_dict()
                    )
                elif isinstance(operations_item_data, ValidateRangeOperation):
                    operations_item = (
                        operations_item_data
                        if isinstance(operations_item_data, dict)
                        else operations_item_data.to_dict()
                    )
                elif isinstance(operations_item_data, ExtractPatternOperation):
                    operations_item = (
                        operations_item_data
                        if isinstance(operations_item_data, dict)
                        else operations_item_data.to_dict()
                    )
                else:
                    operations_item = (
                        operations_item_data
                        if isinstance(operations_item_data, dict)
                        else operations_item_data.to_dict()
                    )

                operations.append(operations_item)

        pos = self.pos

        source = self.source

        transform_expr: None | str | Unset
        if isinstance(self.transform_expr, Unset):
            transform_expr = UNSET
        else:
            transform_expr = self.transform_expr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "nullable": nullable,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if operations is not UNSET:
            field_dict["operations"] = operations
        if pos is not UNSET:
            field_dict["pos"] = pos
        if source is not UNSET:
            field_dict["source"] = source
        if transform_expr is not UNSET:
            field_dict["transformExpr"] = transform_expr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        nullable = src_dict["nullable"]

        type_ = src_dict["type"]

        _description_raw = src_dict.get("description", UNSET)
        description: None | str | Unset
        if isinstance(_description_raw, Unset):
            description = UNSET
        else:
            description = cast(None | str | Unset, _description_raw)

        _operations_in = src_dict.get("operations", UNSET)
        if _operations_in is None:
            _operations_in = UNSET
        _operations = _operations_in
        operations: (
            list[
                ConvertDtypeOperation
                | CustomOperation
                | ExtractPatternOperation
                | StripWhitespaceOperation
                | ValidateRangeOperation
            ]
            | Unset
        ) = UNSET
        if not isinstance(_operations, Unset):
            if not isinstance(_operations, list):
                raise TypeError(
                    f"expected a list for operations, got {type(_operations).__name__}"
                )
            operations = [
                StripWhitespaceOperation.from_dict(operations_item_data)
                if operations_item_data.get("type") == "strip_whitespace"
                else ConvertDtypeOperation.from_dict(operations_item_data)
                if operations_item_data.get("type") == "convert_dtype"
                else ValidateRangeOperation.from_dict(operations_item_data)
                if operations_item_data.get("type") == "validate_range"
                else ExtractPatternOperation.from_dict(operations_item_data)
                if operations_item_data.get("type") == "extract_pattern"
                else CustomOperation.from_dict(operations_item_data)
                for operations_item_data in _operations
            ]

        _pos_in = src_dict.get("pos", UNSET)
        if _pos_in is None:
            _pos_in = UNSET
        pos = _pos_in

        _source_in = src_dict.get("source", UNSET)
        if _source_in is None:
            _source_in = UNSET
        source = _source_in

        _transform_expr_raw = src_dict.get("transformExpr", UNSET)
        transform_expr: None | str | Unset
        if isinstance(_transform_expr_raw, Unset):
            transform_expr = UNSET
        else:
            transform_expr = cast(None | str | Unset, _transform_expr_raw)

        _obj = cls(
            name,
            nullable,
            type_,
            description,
            operations,
            pos,
            source,
            transform_expr,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("name", None)
            additional_properties.pop("nullable", None)
            additional_properties.pop("type", None)
            additional_properties.pop("description", None)
            additional_properties.pop("operations", None)
            additional_properties.pop("pos", None)
            additional_properties.pop("source", None)
            additional_properties.pop("transformExpr", None)
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


from ..models.convert_dtype_operation import ConvertDtypeOperation  # noqa: E402
from ..models.custom_operation import CustomOperation  # noqa: E402
from ..models.extract_pattern_operation import ExtractPatternOperation  # noqa: E402
from ..models.strip_whitespace_operation import StripWhitespaceOperation  # noqa: E402
from ..models.validate_range_operation import ValidateRangeOperation  # noqa: E402
