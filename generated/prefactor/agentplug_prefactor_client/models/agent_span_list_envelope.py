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

from ..models.success_status import SuccessStatus
from ..types import UNSET

T = TypeVar("T", bound="AgentSpanListEnvelope")


@_attrs_define
class AgentSpanListEnvelope:
    """All four keys are always present; `pagination` and `sorting` may be null.

    Attributes:
        pagination (None | Pagination):
        sorting (None | Sorting):
        status (SuccessStatus):
        summaries (list[AgentSpan]):
    """

    pagination: None | Pagination
    sorting: None | Sorting
    status: SuccessStatus
    summaries: list[AgentSpan]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "pagination",
            "sorting",
            "status",
            "summaries",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("pagination", self.pagination),
                ("sorting", self.sorting),
                ("status", self.status),
                ("summaries", self.summaries),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None
        if isinstance(self.pagination, Pagination):
            pagination = (
                self.pagination
                if isinstance(self.pagination, dict)
                else self.pagination.to_dict()
            )
        else:
            pagination = self.pagination

        sorting: dict[str, Any] | None
        if isinstance(self.sorting, Sorting):
            sorting = (
                self.sorting
                if isinstance(self.sorting, dict)
                else self.sorting.to_dict()
            )
        else:
            sorting = self.sorting

        status = getattr(self.status, "value", self.status)

        summaries = []
        for summaries_item_data in self.summaries:
            summaries_item = (
                summaries_item_data
                if isinstance(summaries_item_data, dict)
                else summaries_item_data.to_dict()
            )
            summaries.append(summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "sorting": sorting,
                "status": status,
                "summaries": summaries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _pagination_raw = src_dict["pagination"]
        pagination: None | Pagination
        if isinstance(_pagination_raw, (dict, Mapping)):
            pagination = Pagination.from_dict(_pagination_raw)
        else:
            pagination = cast(None | Pagination, _pagination_raw)

        _sorting_raw = src_dict["sorting"]
        sorting: None | Sorting
        if isinstance(_sorting_raw, (dict, Mapping)):
            sorting = Sorting.from_dict(_sorting_raw)
        else:
            sorting = cast(None | Sorting, _sorting_raw)

        status = cast(
            SuccessStatus,
            SuccessStatus._value2member_map_.get(src_dict["status"])
            or SuccessStatus(src_dict["status"]),
        )

        _summaries = src_dict["summaries"]
        summaries: list[AgentSpan]
        if not isinstance(_summaries, list):
            raise TypeError(
                f"expected a list for summaries, got {type(_summaries).__name__}"
            )
        summaries = [
            AgentSpan.from_dict(summaries_item_data)
            for summaries_item_data in _summaries
        ]

        _obj = cls(
            pagination,
            sorting,
            status,
            summaries,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("pagination", None)
            additional_properties.pop("sorting", None)
            additional_properties.pop("status", None)
            additional_properties.pop("summaries", None)
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


from ..models.agent_span import AgentSpan  # noqa: E402
from ..models.pagination import Pagination  # noqa: E402
from ..models.sorting import Sorting  # noqa: E402
