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

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page sits in the whole list. Offsets are 0-based, indexes 1-based.

    Attributes:
        item_count (int): Items in the whole list.
        page_offset (int):
        page_size (int):
        item_end (int | None | Unset):
        item_start (int | None | Unset):
        next_page_offset (int | None | Unset):
        page_count (int | None | Unset):
        page_index (int | None | Unset):
        previous_page_offset (int | None | Unset):
    """

    item_count: int
    page_offset: int
    page_size: int
    item_end: int | None | Unset = UNSET
    item_start: int | None | Unset = UNSET
    next_page_offset: int | None | Unset = UNSET
    page_count: int | None | Unset = UNSET
    page_index: int | None | Unset = UNSET
    previous_page_offset: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "item_count",
            "page_offset",
            "page_size",
            "item_end",
            "item_start",
            "next_page_offset",
            "page_count",
            "page_index",
            "previous_page_offset",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("item_count", self.item_count),
                ("page_offset", self.page_offset),
                ("page_size", self.page_size),
                ("item_end", self.item_end),
                ("item_start", self.item_start),
                ("next_page_offset", self.next_page_offset),
                ("page_count", self.page_count),
                ("page_index", self.page_index),
                ("previous_page_offset", self.previous_page_offset),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        item_count = self.item_count

        page_offset = self.page_offset

        page_size = self.page_size

        item_end: int | None | Unset
        if isinstance(self.item_end, Unset):
            item_end = UNSET
        else:
            item_end = self.item_end

        item_start: int | None | Unset
        if isinstance(self.item_start, Unset):
            item_start = UNSET
        else:
            item_start = self.item_start

        next_page_offset: int | None | Unset
        if isinstance(self.next_page_offset, Unset):
            next_page_offset = UNSET
        else:
            next_page_offset = self.next_page_offset

        page_count: int | None | Unset
        if isinstance(self.page_count, Unset):
            page_count = UNSET
        else:
            page_count = self.page_count

        page_index: int | None | Unset
        if isinstance(self.page_index, Unset):
            page_index = UNSET
        else:
            page_index = self.page_index

        previous_page_offset: int | None | Unset
        if isinstance(self.previous_page_offset, Unset):
            previous_page_offset = UNSET
        else:
            previous_page_offset = self.previous_page_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_count": item_count,
                "page_offset": page_offset,
                "page_size": page_size,
            }
        )
        if item_end is not UNSET:
            field_dict["item_end"] = item_end
        if item_start is not UNSET:
            field_dict["item_start"] = item_start
        if next_page_offset is not UNSET:
            field_dict["next_page_offset"] = next_page_offset
        if page_count is not UNSET:
            field_dict["page_count"] = page_count
        if page_index is not UNSET:
            field_dict["page_index"] = page_index
        if previous_page_offset is not UNSET:
            field_dict["previous_page_offset"] = previous_page_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        item_count = src_dict["item_count"]

        page_offset = src_dict["page_offset"]

        page_size = src_dict["page_size"]

        _item_end_raw = src_dict.get("item_end", UNSET)
        item_end: int | None | Unset
        if isinstance(_item_end_raw, Unset):
            item_end = UNSET
        else:
            item_end = cast(int | None | Unset, _item_end_raw)

        _item_start_raw = src_dict.get("item_start", UNSET)
        item_start: int | None | Unset
        if isinstance(_item_start_raw, Unset):
            item_start = UNSET
        else:
            item_start = cast(int | None | Unset, _item_start_raw)

        _next_page_offset_raw = src_dict.get("next_page_offset", UNSET)
        next_page_offset: int | None | Unset
        if isinstance(_next_page_offset_raw, Unset):
            next_page_offset = UNSET
        else:
            next_page_offset = cast(int | None | Unset, _next_page_offset_raw)

        _page_count_raw = src_dict.get("page_count", UNSET)
        page_count: int | None | Unset
        if isinstance(_page_count_raw, Unset):
            page_count = UNSET
        else:
            page_count = cast(int | None | Unset, _page_count_raw)

        _page_index_raw = src_dict.get("page_index", UNSET)
        page_index: int | None | Unset
        if isinstance(_page_index_raw, Unset):
            page_index = UNSET
        else:
            page_index = cast(int | None | Unset, _page_index_raw)

        _previous_page_offset_raw = src_dict.get("previous_page_offset", UNSET)
        previous_page_offset: int | None | Unset
        if isinstance(_previous_page_offset_raw, Unset):
            previous_page_offset = UNSET
        else:
            previous_page_offset = cast(int | None | Unset, _previous_page_offset_raw)

        _obj = cls(
            item_count,
            page_offset,
            page_size,
            item_end,
            item_start,
            next_page_offset,
            page_count,
            page_index,
            previous_page_offset,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("item_count", None)
            additional_properties.pop("page_offset", None)
            additional_properties.pop("page_size", None)
            additional_properties.pop("item_end", None)
            additional_properties.pop("item_start", None)
            additional_properties.pop("next_page_offset", None)
            additional_properties.pop("page_count", None)
            additional_properties.pop("page_index", None)
            additional_properties.pop("previous_page_offset", None)
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
