from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_status import ThreadStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread:
    """A sequence of runs sharing one state. Runs of one thread may use different agents if they share the state format.

    Attributes:
        created_at (datetime.datetime): Creation time. Servers may send it without a UTC offset.
        metadata (ThreadMetadata): Free-form metadata of the thread.
        status (ThreadStatus): `idle`: no active run; `busy`: a run is pending; `interrupted`: the last run stopped on
            an interrupt; `error`: the last run failed.
        thread_id (str): ID of the thread (a plain string in responses).
        updated_at (datetime.datetime): Last update time. Servers may send it without a UTC offset.
        messages (list[Message] | Unset): Current messages of the thread (then removed from `values`). Absent when the
            agent does not support messages.
        values (Any | Unset): Thread state values. Any JSON value except null; scalars and arrays are allowed since
            0.2.3. The agent descriptor's `specs.thread_state` gives its shape.
    """

    created_at: datetime.datetime
    metadata: dict[str, Any]
    status: ThreadStatus
    thread_id: str
    updated_at: datetime.datetime
    messages: list[Message] | Unset = UNSET
    values: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "metadata",
            "status",
            "thread_id",
            "updated_at",
            "messages",
            "values",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("created_at", self.created_at),
                ("metadata", self.metadata),
                ("status", self.status),
                ("thread_id", self.thread_id),
                ("updated_at", self.updated_at),
                ("messages", self.messages),
                ("values", self.values),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        created_at = (
            self.created_at
            if isinstance(self.created_at, str)
            else self.created_at.isoformat()
        )

        metadata = self.metadata

        status = getattr(self.status, "value", self.status)

        thread_id = self.thread_id

        updated_at = (
            self.updated_at
            if isinstance(self.updated_at, str)
            else self.updated_at.isoformat()
        )

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = (
                    messages_item_data
                    if isinstance(messages_item_data, dict)
                    else messages_item_data.to_dict()
                )
                messages.append(messages_item)

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "metadata": metadata,
                "status": status,
                "thread_id": thread_id,
                "updated_at": updated_at,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        created_at = parse_datetime(src_dict["created_at"])

        metadata = src_dict["metadata"]
        if not isinstance(metadata, dict):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        status = cast(
            ThreadStatus,
            ThreadStatus._value2member_map_.get(src_dict["status"])
            or ThreadStatus(src_dict["status"]),
        )

        thread_id = src_dict["thread_id"]

        updated_at = parse_datetime(src_dict["updated_at"])

        _messages_in = src_dict.get("messages", UNSET)
        if _messages_in is None:
            _messages_in = UNSET
        _messages = _messages_in
        messages: list[Message] | Unset = UNSET
        if not isinstance(_messages, Unset):
            if not isinstance(_messages, list):
                raise TypeError(
                    f"expected a list for messages, got {type(_messages).__name__}"
                )
            messages = [
                Message.from_dict(messages_item_data)
                for messages_item_data in _messages
            ]

        values = src_dict.get("values", UNSET)

        _obj = cls(
            created_at,
            metadata,
            status,
            thread_id,
            updated_at,
            messages,
            values,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("created_at", None)
            additional_properties.pop("metadata", None)
            additional_properties.pop("status", None)
            additional_properties.pop("thread_id", None)
            additional_properties.pop("updated_at", None)
            additional_properties.pop("messages", None)
            additional_properties.pop("values", None)
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


from ..models.message import Message  # noqa: E402
