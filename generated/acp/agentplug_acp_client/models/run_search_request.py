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

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunSearchRequest")


@_attrs_define
class RunSearchRequest:
    """Filters for searching stateless runs.

    Attributes:
        agent_id (str | Unset): Match runs of this agent.
        limit (int | Unset): Maximum number of items to return. Server default: `10`.
        metadata (RunSearchRequestMetadata | Unset): Match runs whose metadata contains these keys with equal values.
        offset (int | Unset): Number of items to skip. Server default: `0`.
        status (RunStatus | Unset): Run status. `pending` until the run ends with `success`, `error`, `timeout` or
            `interrupted` (an interrupted run goes back to `pending` when resumed).
    """

    agent_id: str | Unset = UNSET
    limit: int | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    offset: int | Unset = UNSET
    status: RunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_id",
            "limit",
            "metadata",
            "offset",
            "status",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_id", self.agent_id),
                ("limit", self.limit),
                ("metadata", self.metadata),
                ("offset", self.offset),
                ("status", self.status),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        limit = self.limit

        metadata = self.metadata

        offset = self.offset

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _agent_id_in = src_dict.get("agent_id", UNSET)
        if _agent_id_in is None:
            _agent_id_in = UNSET
        agent_id = _agent_id_in

        _limit_in = src_dict.get("limit", UNSET)
        if _limit_in is None:
            _limit_in = UNSET
        limit = _limit_in

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        metadata = _metadata_in
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        _offset_in = src_dict.get("offset", UNSET)
        if _offset_in is None:
            _offset_in = UNSET
        offset = _offset_in

        _status_in = src_dict.get("status", UNSET)
        if _status_in is None:
            _status_in = UNSET
        _status = _status_in
        status: RunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = cast(
                RunStatus,
                RunStatus._value2member_map_.get(_status) or RunStatus(_status),
            )

        _obj = cls(
            agent_id,
            limit,
            metadata,
            offset,
            status,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agent_id", None)
            additional_properties.pop("limit", None)
            additional_properties.pop("metadata", None)
            additional_properties.pop("offset", None)
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
