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

T = TypeVar("T", bound="ThreadPatch")


@_attrs_define
class ThreadPatch:
    """Changes to apply to a thread.

    Attributes:
        checkpoint (ThreadCheckpoint | Unset): Identifies one entry of a thread's history. In a patch it is the point to
            branch from (latest when absent).
        messages (list[Message] | Unset): New messages of the thread.
        metadata (ThreadPatchMetadata | Unset): Metadata merged into the thread's metadata.
        values (Any | Unset): Thread state values. Any JSON value except null; scalars and arrays are allowed since
            0.2.3. The agent descriptor's `specs.thread_state` gives its shape.
    """

    checkpoint: ThreadCheckpoint | Unset = UNSET
    messages: list[Message] | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    values: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "checkpoint",
            "messages",
            "metadata",
            "values",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("checkpoint", self.checkpoint),
                ("messages", self.messages),
                ("metadata", self.metadata),
                ("values", self.values),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        checkpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint, Unset):
            checkpoint = (
                self.checkpoint
                if isinstance(self.checkpoint, dict)
                else self.checkpoint.to_dict()
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

        metadata = self.metadata

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkpoint is not UNSET:
            field_dict["checkpoint"] = checkpoint
        if messages is not UNSET:
            field_dict["messages"] = messages
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _checkpoint_in = src_dict.get("checkpoint", UNSET)
        if _checkpoint_in is None:
            _checkpoint_in = UNSET
        _checkpoint = _checkpoint_in
        checkpoint: ThreadCheckpoint | Unset
        if isinstance(_checkpoint, Unset):
            checkpoint = UNSET
        else:
            checkpoint = ThreadCheckpoint.from_dict(_checkpoint)

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

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        metadata = _metadata_in
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        values = src_dict.get("values", UNSET)

        _obj = cls(
            checkpoint,
            messages,
            metadata,
            values,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("checkpoint", None)
            additional_properties.pop("messages", None)
            additional_properties.pop("metadata", None)
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
from ..models.thread_checkpoint import ThreadCheckpoint  # noqa: E402
