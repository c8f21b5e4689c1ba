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

T = TypeVar("T", bound="AuditLogPage")


@_attrs_define
class AuditLogPage:
    """A page of audit log entries.

    Attributes:
        items (list[AuditLog]):
        pagination (Pagination): Where a page sits in the whole result.
    """

    items: list[AuditLog]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "items",
            "pagination",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("items", self.items),
                ("pagination", self.pagination),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = (
                items_item_data
                if isinstance(items_item_data, dict)
                else items_item_data.to_dict()
            )
            items.append(items_item)

        pagination = (
            self.pagination
            if isinstance(self.pagination, dict)
            else self.pagination.to_dict()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _items = src_dict["items"]
        items: list[AuditLog]
        if not isinstance(_items, list):
            raise TypeError(f"expected a list for items, got {type(_items).__name__}")
        items = [AuditLog.from_dict(items_item_data) for items_item_data in _items]

        pagination = Pagination.from_dict(src_dict["pagination"])

        _obj = cls(
            items,
            pagination,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("items", None)
            additional_properties.pop("pagination", None)
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


from ..models.audit_log import AuditLog  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
