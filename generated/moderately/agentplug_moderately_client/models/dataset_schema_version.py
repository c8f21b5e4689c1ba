from __future__ import annotations

import datetime
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
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DatasetSchemaVersion")


@_attrs_define
class DatasetSchemaVersion:
    """One version of a dataset's schema.

    Attributes:
        columns_json (list[SchemaColumn]): The columns (requests call this list `columns`).
        created_at (datetime.datetime | None):
        dataset_id (str): Resource identifier (a nanoid string, not a UUID).
        dataset_schema_version_id (str): Resource identifier (a nanoid string, not a UUID).
        status (VersionStatus): Lifecycle of a versioned resource; at most one version per parent is `current`.
        updated_at (datetime.datetime | None):
        version_no (int):
        parsing_options (ParsingOptions | Unset): How to read the raw data file.
    """

    columns_json: list[SchemaColumn]
    created_at: datetime.datetime | None
    dataset_id: str
    dataset_schema_version_id: str
    status: VersionStatus
    updated_at: datetime.datetime | None
    version_no: int
    parsing_options: ParsingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "columnsJson",
            "createdAt",
            "datasetId",
            "datasetSchemaVersionId",
            "status",
            "updatedAt",
            "versionNo",
            "parsingOptions",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("columns_json", self.columns_json),
                ("created_at", self.created_at),
                ("dataset_id", self.dataset_id),
                ("dataset_schema_version_id", self.dataset_schema_version_id),
                ("status", self.status),
                ("updated_at", self.updated_at),
                ("version_no", self.version_no),
                ("parsing_options", self.parsing_options),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        columns_json = []
        for columns_json_item_data in self.columns_json:
            columns_json_item = (
                columns_json_item_data
                if isinstance(columns_json_item_data, dict)
                else columns_json_item_data.to_dict()
            )
            columns_json.append(columns_json_item)

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at
                if isinstance(self.created_at, str)
                else self.created_at.isoformat()
            )
        else:
            created_at = self.created_at

        dataset_id = self.dataset_id

        dataset_schema_version_id = self.dataset_schema_version_id

        status = getattr(self.status, "value", self.status)

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at
                if isinstance(self.updated_at, str)
                else self.updated_at.isoformat()
            )
        else:
            updated_at = self.updated_at

        version_no = self.version_no

        parsing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parsing_options, Unset):
            parsing_options = (
                self.parsing_options
                if isinstance(self.parsing_options, dict)
                else self.parsing_options.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columnsJson": columns_json,
                "createdAt": created_at,
                "datasetId": dataset_id,
                "datasetSchemaVersionId": dataset_schema_version_id,
                "status": status,
                "updatedAt": updated_at,
                "versionNo": version_no,
            }
        )
        if parsing_options is not UNSET:
            field_dict["parsingOptions"] = parsing_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _columns_json = src_dict["columnsJson"]
        columns_json: list[SchemaColumn]
        if not isinstance(_columns_json, list):
            raise TypeError(
                f"expected a list for columnsJson, got {type(_columns_json).__name__}"
            )
        columns_json = [
            SchemaColumn.from_dict(columns_json_item_data)
            for columns_json_item_data in _columns_json
        ]

        _created_at_raw = src_dict["createdAt"]
        created_at: datetime.datetime | None
        if isinstance(_created_at_raw, str):
            created_at_type_0 = parse_datetime(_created_at_raw)

            created_at = created_at_type_0
        else:
            created_at = cast(datetime.datetime | None, _created_at_raw)

        dataset_id = src_dict["datasetId"]

        dataset_schema_version_id = src_dict["datasetSchemaVersionId"]

        status = cast(
            VersionStatus,
            VersionStatus._value2member_map_.get(src_dict["status"])
            or VersionStatus(src_dict["status"]),
        )

        _updated_at_raw = src_dict["updatedAt"]
        updated_at: datetime.datetime | None
        if isinstance(_updated_at_raw, str):
            updated_at_type_0 = parse_datetime(_updated_at_raw)

            updated_at = updated_at_type_0
        else:
            updated_at = cast(datetime.datetime | None, _updated_at_raw)

        version_no = src_dict["versionNo"]

        _parsing_options_in = src_dict.get("parsingOptions", UNSET)
        if _parsing_options_in is None:
            _parsing_options_in = UNSET
        _parsing_options = _parsing_options_in
        parsing_options: ParsingOptions | Unset
        if isinstance(_parsing_options, Unset):
            parsing_options = UNSET
        else:
            parsing_options = ParsingOptions.from_dict(_parsing_options)

        _obj = cls(
            columns_json,
            created_at,
            dataset_id,
            dataset_schema_version_id,
            status,
            updated_at,
            version_no,
            parsing_options,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("columnsJson", None)
            additional_properties.pop("createdAt", None)
            additional_properties.pop("datasetId", None)
            additional_properties.pop("datasetSchemaVersionId", None)
            additional_properties.pop("status", None)
            additional_properties.pop("updatedAt", None)
            additional_properties.pop("versionNo", None)
            additional_properties.pop("parsingOptions", None)
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
