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

T = TypeVar("T", bound="PipelineConfigurationValidation")


@_attrs_define
class PipelineConfigurationValidation:
    """Result of validating a configuration.

    Attributes:
        errors (list[BlockTypeError | ConnectionIssue]):
        valid (bool):
        warnings (list[ConnectionIssue]):
        input_schema (JsonObject | None | Unset):
        output_schema (JsonObject | None | Unset):
    """

    errors: list[BlockTypeError | ConnectionIssue]
    valid: bool
    warnings: list[ConnectionIssue]
    input_schema: JsonObject | None | Unset = UNSET
    output_schema: JsonObject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "errors",
            "valid",
            "warnings",
            "inputSchema",
            "outputSchema",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("errors", self.errors),
                ("valid", self.valid),
                ("warnings", self.warnings),
                ("input_schema", self.input_schema),
                ("output_schema", self.output_schema),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item: dict[str, Any]
            if isinstance(errors_item_data, BlockTypeError):
                errors_item = (
                    errors_item_data
                    if isinstance(errors_item_data, dict)
                    else errors_item_data.to_dict()
                )
            else:
                errors_item = (
                    errors_item_data
                    if isinstance(errors_item_data, dict)
                    else errors_item_data.to_dict()
                )

            errors.append(errors_item)

        valid = self.valid

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = (
                warnings_item_data
                if isinstance(warnings_item_data, dict)
                else warnings_item_data.to_dict()
            )
            warnings.append(warnings_item)

        input_schema: dict[str, Any] | None | Unset
        if isinstance(self.input_schema, Unset):
            input_schema = UNSET
        elif isinstance(self.input_schema, JsonObject):
            input_schema = (
                self.input_schema
                if isinstance(self.input_schema, dict)
                else self.input_schema.to_dict()
            )
        else:
            input_schema = self.input_schema

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, JsonObject):
            output_schema = (
                self.output_schema
                if isinstance(self.output_schema, dict)
                else self.output_schema.to_dict()
            )
        else:
            output_schema = self.output_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "valid": valid,
                "warnings": warnings,
            }
        )
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _errors = src_dict["errors"]
        errors: list[BlockTypeError | ConnectionIssue]
        if not isinstance(_errors, list):
            raise TypeError(f"expected a list for errors, got {type(_errors).__name__}")
        errors = []
        for errors_item_data in _errors:
            _errors_item_raw = errors_item_data
            errors_item: BlockTypeError | ConnectionIssue
            if isinstance(_errors_item_raw, (dict, Mapping)):
                _errors_item_tag = _errors_item_raw.get("type")
                if _errors_item_tag == "block_type_error":
                    errors_item = BlockTypeError.from_dict(_errors_item_raw)
                elif _errors_item_tag == "connection_error":
                    errors_item = ConnectionIssue.from_dict(_errors_item_raw)
                else:
                    raise ValueError(
                        f"unknown type {_errors_item_tag!r} for errors_item"
                    )
            else:
                raise TypeError(
                    f"unexpected {type(_errors_item_raw).__name__} for errors_item"
                )

            errors.append(errors_item)

        valid = src_dict["valid"]

        _warnings = src_dict["warnings"]
        warnings: list[ConnectionIssue]
        if not isinstance(_warnings, list):
            raise TypeError(
                f"expected a list for warnings, got {type(_warnings).__name__}"
            )
        warnings = [
            ConnectionIssue.from_dict(warnings_item_data)
            for warnings_item_data in _warnings
        ]

        _input_schema_raw = src_dict.get("inputSchema", UNSET)
        input_schema: JsonObject | None | Unset
        if isinstance(_input_schema_raw, Unset):
            input_schema = UNSET
        elif isinstance(_input_schema_raw, (dict, Mapping)):
            input_schema = JsonObject.from_dict(_input_schema_raw)
        else:
            input_schema = cast(JsonObject | None | Unset, _input_schema_raw)

        _output_schema_raw = src_dict.get("outputSchema", UNSET)
        output_schema: JsonObject | None | Unset
        if isinstance(_output_schema_raw, Unset):
            output_schema = UNSET
        elif isinstance(_output_schema_raw, (dict, Mapping)):
            output_schema = JsonObject.from_dict(_output_schema_raw)
        else:
            output_schema = cast(JsonObject | None | Unset, _output_schema_raw)

        _obj = cls(
            errors,
            valid,
            warnings,
            input_schema,
            output_schema,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("errors", None)
            additional_properties.pop("valid", None)
            additional_properties.pop("warnings", None)
            additional_properties.pop("inputSchema", None)
            additional_properties.pop("outputSchema", None)
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


from ..models.block_type_error import BlockTypeError  # noqa: E402
from ..models.connection_issue import ConnectionIssue  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
