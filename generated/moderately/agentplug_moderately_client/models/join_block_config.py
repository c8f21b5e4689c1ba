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

T = TypeVar("T", bound="JoinBlockConfig")


@_attrs_define
class JoinBlockConfig:
    """Settings of a `join` block.

    Attributes:
        base_dataset (str):
        joins (list[DatasetJoin]):
        output_columns (list[JoinOutputColumn]):
        conflict_resolution (JoinConflictResolution | Unset): How clashing column names are renamed.
        dataset_names (JoinBlockConfigDatasetNames | Unset):
    """

    base_dataset: str
    joins: list[DatasetJoin]
    output_columns: list[JoinOutputColumn]
    conflict_resolution: JoinConflictResolution | Unset = UNSET
    dataset_names: JoinBlockConfigDatasetNames | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "base_dataset",
            "joins",
            "output_columns",
            "conflict_resolution",
            "dataset_names",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("base_dataset", self.base_dataset),
                ("joins", self.joins),
                ("output_columns", self.output_columns),
                ("conflict_resolution", self.conflict_resolution),
                ("dataset_names", self.dataset_names),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        base_dataset = self.base_dataset

        joins = []
        for joins_item_data in self.joins:
            joins_item = (
                joins_item_data
                if isinstance(joins_item_data, dict)
                else joins_item_data.to_dict()
            )
            joins.append(joins_item)

        output_columns = []
        for output_columns_item_data in self.output_columns:
            output_columns_item = (
                output_columns_item_data
                if isinstance(output_columns_item_data, dict)
                else output_columns_item_data.to_dict()
            )
            output_columns.append(output_columns_item)

        conflict_resolution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conflict_resolution, Unset):
            conflict_resolution = (
                self.conflict_resolution
                if isinstance(self.conflict_resolution, dict)
                else self.conflict_resolution.to_dict()
            )

        dataset_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset_names, Unset):
            dataset_names = (
                self.dataset_names
                if isinstance(self.dataset_names, dict)
                else self.dataset_names.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_dataset": base_dataset,
                "joins": joins,
                "output_columns": output_columns,
            }
        )
        if conflict_resolution is not UNSET:
            field_dict["conflict_resolution"] = conflict_resolution
        if dataset_names is not UNSET:
            field_dict["dataset_names"] = dataset_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        base_dataset = src_dict["base_dataset"]

        _joins = src_dict["joins"]
        joins: list[DatasetJoin]
        if not isinstance(_joins, list):
            raise TypeError(f"expected a list for joins, got {type(_joins).__name__}")
        joins = [DatasetJoin.from_dict(joins_item_data) for joins_item_data in _joins]

        _output_columns = src_dict["output_columns"]
        output_columns: list[JoinOutputColumn]
        if not isinstance(_output_columns, list):
            raise TypeError(
                f"expected a list for output_columns, got {type(_output_columns).__name__}"
            )
        output_columns = [
            JoinOutputColumn.from_dict(output_columns_item_data)
            for output_columns_item_data in _output_columns
        ]

        _conflict_resolution_in = src_dict.get("conflict_resolution", UNSET)
        if _conflict_resolution_in is None:
            _conflict_resolution_in = UNSET
        _conflict_resolution = _conflict_resolution_in
        conflict_resolution: JoinConflictResolution | Unset
        if isinstance(_conflict_resolution, Unset):
            conflict_resolution = UNSET
        else:
            conflict_resolution = JoinConflictResolution.from_dict(_conflict_resolution)

        _dataset_names_in = src_dict.get("dataset_names", UNSET)
        if _dataset_names_in is None:
            _dataset_names_in = UNSET
        _dataset_names = _dataset_names_in
        dataset_names: JoinBlockConfigDatasetNames | Unset
        if isinstance(_dataset_names, Unset):
            dataset_names = UNSET
        else:
            dataset_names = JoinBlockConfigDatasetNames.from_dict(_dataset_names)

        _obj = cls(
            base_dataset,
            joins,
            output_columns,
            conflict_resolution,
            dataset_names,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("base_dataset", None)
            additional_properties.pop("joins", None)
            additional_properties.pop("output_columns", None)
            additional_properties.pop("conflict_resolution", None)
            additional_properties.pop("dataset_names", None)
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


from ..models.dataset_join import DatasetJoin  # noqa: E402
from ..models.join_block_config_dataset_names import JoinBlockConfigDatasetNames  # noqa: E402
from ..models.join_conflict_resolution import JoinConflictResolution  # noqa: E402
from ..models.join_output_column import JoinOutputColumn  # noqa: E402
