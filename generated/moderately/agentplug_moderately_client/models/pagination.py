from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Where a page sits in the whole result.

    Attributes:
        has_next_page (bool):
        has_previous_page (bool):
        page (int): 1-based number of this page.
        page_size (int): Maximum number of items per page.
        total_items (int): Items matching the query across all pages.
        total_pages (int):
    """

    has_next_page: bool
    has_previous_page: bool
    page: int
    page_size: int
    total_items: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "hasNextPage",
            "hasPreviousPage",
            "page",
            "pageSize",
            "totalItems",
            "totalPages",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("has_next_page", self.has_next_page),
                ("has_previous_page", self.has_previous_page),
                ("page", self.page),
                ("page_size", self.page_size),
                ("total_items", self.total_items),
                ("total_pages", self.total_pages),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        has_next_page = self.has_next_page

        has_previous_page = self.has_previous_page

        page = self.page

        page_size = self.page_size

        total_items = self.total_items

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasNextPage": has_next_page,
                "hasPreviousPage": has_previous_page,
                "page": page,
                "pageSize": page_size,
                "totalItems": total_items,
                "totalPages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        has_next_page = src_dict["hasNextPage"]

        has_previous_page = src_dict["hasPreviousPage"]

        page = src_dict["page"]

        page_size = src_dict["pageSize"]

        total_items = src_dict["totalItems"]

        total_pages = src_dict["totalPages"]

        _obj = cls(
            has_next_page,
            has_previous_page,
            page,
            page_size,
            total_items,
            total_pages,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("hasNextPage", None)
            additional_properties.pop("hasPreviousPage", None)
            additional_properties.pop("page", None)
            additional_properties.pop("pageSize", None)
            additional_properties.pop("totalItems", None)
            additional_properties.pop("totalPages", None)
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
