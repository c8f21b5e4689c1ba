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

T = TypeVar("T", bound="ApiTokenUsageSummary")


@_attrs_define
class ApiTokenUsageSummary:
    """Request counts of a token.

    Attributes:
        requests_last_24_hours (int):
        requests_last_30_days (int):
        requests_last_7_days (int):
        total_requests (int):
    """

    requests_last_24_hours: int
    requests_last_30_days: int
    requests_last_7_days: int
    total_requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "requestsLast24Hours",
            "requestsLast30Days",
            "requestsLast7Days",
            "totalRequests",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("requests_last_24_hours", self.requests_last_24_hours),
                ("requests_last_30_days", self.requests_last_30_days),
                ("requests_last_7_days", self.requests_last_7_days),
                ("total_requests", self.total_requests),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        requests_last_24_hours = self.requests_last_24_hours

        requests_last_30_days = self.requests_last_30_days

        requests_last_7_days = self.requests_last_7_days

        total_requests = self.total_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestsLast24Hours": requests_last_24_hours,
                "requestsLast30Days": requests_last_30_days,
                "requestsLast7Days": requests_last_7_days,
                "totalRequests": total_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        requests_last_24_hours = src_dict["requestsLast24Hours"]

        requests_last_30_days = src_dict["requestsLast30Days"]

        requests_last_7_days = src_dict["requestsLast7Days"]

        total_requests = src_dict["totalRequests"]

        _obj = cls(
            requests_last_24_hours,
            requests_last_30_days,
            requests_last_7_days,
            total_requests,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("requestsLast24Hours", None)
            additional_properties.pop("requestsLast30Days", None)
            additional_properties.pop("requestsLast7Days", None)
            additional_properties.pop("totalRequests", None)
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
