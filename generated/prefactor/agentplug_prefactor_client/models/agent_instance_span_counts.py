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

T = TypeVar("T", bound="AgentInstanceSpanCounts")


@_attrs_define
class AgentInstanceSpanCounts:
    """
    Attributes:
        active (int):
        cancelled (int):
        complete (int):
        failed (int):
        finished (int): complete + failed + cancelled.
        total (int):
        pending (int | Unset):
    """

    active: int
    cancelled: int
    complete: int
    failed: int
    finished: int
    total: int
    pending: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "active",
            "cancelled",
            "complete",
            "failed",
            "finished",
            "total",
            "pending",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("active", self.active),
                ("cancelled", self.cancelled),
                ("complete", self.complete),
                ("failed", self.failed),
                ("finished", self.finished),
                ("total", self.total),
                ("pending", self.pending),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        cancelled = self.cancelled

        complete = self.complete

        failed = self.failed

        finished = self.finished

        total = self.total

        pending = self.pending

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "cancelled": cancelled,
                "complete": complete,
                "failed": failed,
                "finished": finished,
                "total": total,
            }
        )
        if pending is not UNSET:
            field_dict["pending"] = pending

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        active = src_dict["active"]

        cancelled = src_dict["cancelled"]

        complete = src_dict["complete"]

        failed = src_dict["failed"]

        finished = src_dict["finished"]

        total = src_dict["total"]

        _pending_in = src_dict.get("pending", UNSET)
        if _pending_in is None:
            _pending_in = UNSET
        pending = _pending_in

        _obj = cls(
            active,
            cancelled,
            complete,
            failed,
            finished,
            total,
            pending,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("active", None)
            additional_properties.pop("cancelled", None)
            additional_properties.pop("complete", None)
            additional_properties.pop("failed", None)
            additional_properties.pop("finished", None)
            additional_properties.pop("total", None)
            additional_properties.pop("pending", None)
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
