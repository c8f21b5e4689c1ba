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

from ..models.thread_create_if_exists import ThreadCreateIfExists
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadCreate")


@_attrs_define
class ThreadCreate:
    """Request to create an empty thread. Some servers fail unless `metadata` is sent (an empty object is fine).

    Attributes:
        if_exists (ThreadCreateIfExists | Unset): If the thread already exists, `raise` an error or `do_nothing` and
            return it. Server default: `"raise"`.
        metadata (ThreadCreateMetadata | Unset): Free-form metadata of the thread.
        thread_id (str | Unset): Desired thread ID; the server generates one when absent.
    """

    if_exists: ThreadCreateIfExists | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    thread_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "if_exists",
            "metadata",
            "thread_id",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("if_exists", self.if_exists),
                ("metadata", self.metadata),
                ("thread_id", self.thread_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        if_exists: str | Unset = UNSET
        if not isinstance(self.if_exists, Unset):
            if_exists = getattr(self.if_exists, "value", self.if_exists)

        metadata = self.metadata

        thread_id = self.thread_id

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
        _if_exists_in = src_dict.get("if_exists", UNSET)
        if _if_exists_in is None:
            _if_exists_in = UNSET
        _if_exists = _if_exists_in
        if_exists: ThreadCreateIfExists | Unset
        if isinstance(_if_exists, Unset):
            if_exists = UNSET
        else:
            if_exists = cast(
                ThreadCreateIfExists,
                ThreadCreateIfExists._value2member_map_.get(_if_exists)
                or ThreadCreateIfExists(_if_exists),
            )

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        metadata = _metadata_in
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        _thread_id_in = src_dict.get("thread_id", UNSET)
        if _thread_id_in is None:
            _thread_id_in = UNSET
        thread_id = _thread_id_in

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
