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

from ..models.dataset_join_join_type import DatasetJoinJoinType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetJoin")


@_attrs_define
class DatasetJoin:
    """One dataset joined onto the base dataset.

    Attributes:
        dataset (str):
        left_key (str):
        right_key (str):
        join_type (DatasetJoinJoinType | Unset): Server default: `"inner"`.
    """

    dataset: str
    left_key: str
    right_key: str
    join_type: DatasetJoinJoinType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "dataset",
            "left_key",
            "right_key",
            "join_type",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("dataset", self.dataset),
                ("left_key", self.left_key),
                ("right_key", self.right_key),
                ("join_type", self.join_type),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        left_key = self.left_key

        right_key = self.right_key

        join_type: str | Unset = UNSET
        if not isinstance(self.join_type, Unset):
            join_type = getattr(self.join_type, "value", self.join_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset": dataset,
                "left_key": left_key,
                "right_key": right_key,
            }
        )
        if join_type is not UNSET:
            field_dict["join_type"] = join_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dataset = src_dict["dataset"]

        left_key = src_dict["left_key"]

        right_key = src_dict["right_key"]

        _join_type_in = src_dict.get("join_type", UNSET)
        if _join_type_in is None:
            _join_type_in = UNSET
        _join_type = _join_type_in
        join_type: DatasetJoinJoinType | Unset
        if isinstance(_join_type, Unset):
            join_type = UNSET
        else:
            join_type = cast(
                DatasetJoinJoinType,
                DatasetJoinJoinType._value2member_map_.get(_join_type)
                or DatasetJoinJoinType(_join_type),
            )

        _obj = cls(
            dataset,
            left_key,
            right_key,
            join_type,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("dataset", None)
            additional_properties.pop("left_key", None)
            additional_properties.pop("right_key", None)
            additional_properties.pop("join_type", None)
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
