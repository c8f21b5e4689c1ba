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

T = TypeVar("T", bound="ParsingOptions")


@_attrs_define
class ParsingOptions:
    """How to read the raw data file.

    Attributes:
        delimiter (str | Unset):
        encoding (str | Unset):
        header_row (int | Unset):
        skip_rows (int | list[int] | Unset): Rows to skip: a count or a list of 0-based row numbers.
    """

    delimiter: str | Unset = UNSET
    encoding: str | Unset = UNSET
    header_row: int | Unset = UNSET
    skip_rows: int | list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "delimiter",
            "encoding",
            "headerRow",
            "skipRows",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("delimiter", self.delimiter),
                ("encoding", self.encoding),
                ("header_row", self.header_row),
                ("skip_rows", self.skip_rows),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        delimiter = self.delimiter

        encoding = self.encoding

        header_row = self.header_row

        skip_rows: int | list[int] | Unset
        if isinstance(self.skip_rows, Unset):
            skip_rows = UNSET
        elif isinstance(self.skip_rows, list):
            skip_rows = self.skip_rows

        else:
            skip_rows = self.skip_rows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if header_row is not UNSET:
            field_dict["headerRow"] = header_row
        if skip_rows is not UNSET:
            field_dict["skipRows"] = skip_rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _delimiter_in = src_dict.get("delimiter", UNSET)
        if _delimiter_in is None:
            _delimiter_in = UNSET
        delimiter = _delimiter_in

        _encoding_in = src_dict.get("encoding", UNSET)
        if _encoding_in is None:
            _encoding_in = UNSET
        encoding = _encoding_in

        _header_row_in = src_dict.get("headerRow", UNSET)
        if _header_row_in is None:
            _header_row_in = UNSET
        header_row = _header_row_in

        _skip_rows_in = src_dict.get("skipRows", UNSET)
        if _skip_rows_in is None:
            _skip_rows_in = UNSET
        _skip_rows_raw = _skip_rows_in
        skip_rows: int | list[int] | Unset
        if isinstance(_skip_rows_raw, Unset):
            skip_rows = UNSET
        elif isinstance(_skip_rows_raw, list):
            skip_rows_type_1 = cast(list[int], _skip_rows_raw)

            skip_rows = skip_rows_type_1
        else:
            skip_rows = cast(int | list[int] | Unset, _skip_rows_raw)

        _obj = cls(
            delimiter,
            encoding,
            header_row,
            skip_rows,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("delimiter", None)
            additional_properties.pop("encoding", None)
            additional_properties.pop("headerRow", None)
            additional_properties.pop("skipRows", None)
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
