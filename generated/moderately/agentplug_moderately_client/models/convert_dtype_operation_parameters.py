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

from ..models.column_type import ColumnType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvertDtypeOperationParameters")


@_attrs_define
class ConvertDtypeOperationParameters:
    """
    Attributes:
        coerce_errors (bool | Unset):
        date_format (None | str | Unset):
        handle_floats (bool | Unset):
        target_type (ColumnType | Unset): Type of a dataset column.
    """

    coerce_errors: bool | Unset = UNSET
    date_format: None | str | Unset = UNSET
    handle_floats: bool | Unset = UNSET
    target_type: ColumnType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "coerce_errors",
            "date_format",
            "handle_floats",
            "target_type",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("coerce_errors", self.coerce_errors),
                ("date_format", self.date_format),
                ("handle_floats", self.handle_floats),
                ("target_type", self.target_type),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        coerce_errors = self.coerce_errors

        date_format: None | str | Unset
        if isinstance(self.date_format, Unset):
            date_format = UNSET
        else:
            date_format = self.date_format

        handle_floats = self.handle_floats

        target_type: str | Unset = UNSET
        if not isinstance(self.target_type, Unset):
            target_type = getattr(self.target_type, "value", self.target_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coerce_errors is not UNSET:
            field_dict["coerce_errors"] = coerce_errors
        if date_format is not UNSET:
            field_dict["date_format"] = date_format
        if handle_floats is not UNSET:
            field_dict["handle_floats"] = handle_floats
        if target_type is not UNSET:
            field_dict["target_type"] = target_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _coerce_errors_in = src_dict.get("coerce_errors", UNSET)
        if _coerce_errors_in is None:
            _coerce_errors_in = UNSET
        coerce_errors = _coerce_errors_in

        _date_format_raw = src_dict.get("date_format", UNSET)
        date_format: None | str | Unset
        if isinstance(_date_format_raw, Unset):
            date_format = UNSET
        else:
            date_format = cast(None | str | Unset, _date_format_raw)

        _handle_floats_in = src_dict.get("handle_floats", UNSET)
        if _handle_floats_in is None:
            _handle_floats_in = UNSET
        handle_floats = _handle_floats_in

        _target_type_in = src_dict.get("target_type", UNSET)
        if _target_type_in is None:
            _target_type_in = UNSET
        _target_type = _target_type_in
        target_type: ColumnType | Unset
        if isinstance(_target_type, Unset):
            target_type = UNSET
        else:
            target_type = cast(
                ColumnType,
                ColumnType._value2member_map_.get(_target_type)
                or ColumnType(_target_type),
            )

        _obj = cls(
            coerce_errors,
            date_format,
            handle_floats,
            target_type,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("coerce_errors", None)
            additional_properties.pop("date_format", None)
            additional_properties.pop("handle_floats", None)
            additional_properties.pop("target_type", None)
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
