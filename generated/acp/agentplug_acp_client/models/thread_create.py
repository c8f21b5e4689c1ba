from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_create_if_exists import ThreadCreateIfExists
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="ThreadCreate")


@_attrs_define
class ThreadCreate:
    """Request to create an empty thread. Some servers fail unless `metadata` is sent (an empty object is fine).

    Attributes:
        if_exists (ThreadCreateIfExists | Unset): If the thread already exists, `raise` an error or `do_nothing` and
            return it. Default: ThreadCreateIfExists.RAISE.
        metadata (ThreadCreateMetadata | Unset): Free-form metadata of the thread.
        thread_id (UUID | Unset): Desired thread ID; the server generates one when absent.
    """

    if_exists: ThreadCreateIfExists | Unset = ThreadCreateIfExists.RAISE
    metadata: dict[str, Any] | Unset = UNSET
    thread_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "if_exists",
            "metadata",
            "thread_id",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        if_exists: str | Unset = UNSET
        if not isinstance(self.if_exists, Unset):
            if_exists = self.if_exists.value

        metadata = self.metadata

        thread_id: str | Unset = UNSET
        if not isinstance(self.thread_id, Unset):
            thread_id = str(self.thread_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if if_exists is not UNSET:
            field_dict["if_exists"] = if_exists
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _if_exists = src_dict.get("if_exists", UNSET)
        if_exists: ThreadCreateIfExists | Unset
        if isinstance(_if_exists, Unset):
            if_exists = UNSET
        else:
            if_exists = cast(
                ThreadCreateIfExists,
                ThreadCreateIfExists._value2member_map_.get(_if_exists)
                or ThreadCreateIfExists(_if_exists),
            )

        metadata = src_dict.get("metadata", UNSET)
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        _thread_id = src_dict.get("thread_id", UNSET)
        thread_id: UUID | Unset
        if isinstance(_thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = parse_uuid(_thread_id)

        _obj = cls(
            if_exists,
            metadata,
            thread_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("if_exists", None)
            additional_properties.pop("metadata", None)
            additional_properties.pop("thread_id", None)
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
