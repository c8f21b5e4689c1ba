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

from ..models.version_status import VersionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSchemaVersionUpdate")


@_attrs_define
class DatasetSchemaVersionUpdate:
    """Changes to a schema version.

    Attributes:
        columns (list[SchemaColumn] | Unset):
        parsing_options (ParsingOptions | Unset): How to read the raw data file.
        status (VersionStatus | Unset): Lifecycle of a versioned resource; at most one version per parent is `current`.
    """

    columns: list[SchemaColumn] | Unset = UNSET
    parsing_options: ParsingOptions | Unset = UNSET
    status: VersionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "columns",
            "parsingOptions",
            "status",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("columns", self.columns),
                ("parsing_options", self.parsing_options),
                ("status", self.status),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = (
                    columns_item_data
                    if isinstance(columns_item_data, dict)
                    else columns_item_data.to_dict()
                )
                columns.append(columns_item)

        parsing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parsing_options, Unset):
            parsing_options = (
                self.parsing_options
                if isinstance(self.parsing_options, dict)
                else self.parsing_options.to_dict()
            )

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns
        if parsing_options is not UNSET:
            field_dict["parsingOptions"] = parsing_options
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _columns_in = src_dict.get("columns", UNSET)
        if _columns_in is None:
            _columns_in = UNSET
        _columns = _columns_in
        columns: list[SchemaColumn] | Unset = UNSET
        if not isinstance(_columns, Unset):
            if not isinstance(_columns, list):
                raise TypeError(
                    f"expected a list for columns, got {type(_columns).__name__}"
                )
            columns = [
                SchemaColumn.from_dict(columns_item_data)
                for columns_item_data in _columns
            ]

        _parsing_options_in = src_dict.get("parsingOptions", UNSET)
        if _parsing_options_in is None:
            _parsing_options_in = UNSET
        _parsing_options = _parsing_options_in
        parsing_options: ParsingOptions | Unset
        if isinstance(_parsing_options, Unset):
            parsing_options = UNSET
        else:
            parsing_options = ParsingOptions.from_dict(_parsing_options)

        _status_in = src_dict.get("status", UNSET)
        if _status_in is None:
            _status_in = UNSET
        _status = _status_in
        status: VersionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = cast(
                VersionStatus,
                VersionStatus._value2member_map_.get(_status) or VersionStatus(_status),
            )

        _obj = cls(
            columns,
            parsing_options,
            status,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("columns", None)
            additional_properties.pop("parsingOptions", None)
            additional_properties.pop("status", None)
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


from ..models.parsing_options import ParsingOptions  # noqa: E402
from ..models.schema_column import SchemaColumn  # noqa: E402
