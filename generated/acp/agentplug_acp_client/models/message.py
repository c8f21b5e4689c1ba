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

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A chat-style message.

    Attributes:
        content (list[MessageAnyBlock | MessageTextBlock] | str): Plain text, or a list of content blocks.
        role (str): Author role of the message.
        id (str | Unset): ID of the message.
        metadata (MessageMetadata | Unset): Free-form metadata of the message.
    """

    content: list[MessageAnyBlock | MessageTextBlock] | str
    role: str
    id: str | Unset = UNSET
    metadata: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "role",
            "id",
            "metadata",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("content", self.content),
                ("role", self.role),
                ("id", self.id),
                ("metadata", self.metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, MessageTextBlock):
                    content_type_1_item = (
                        content_type_1_item_data
                        if isinstance(content_type_1_item_data, dict)
                        else content_type_1_item_data.to_dict()
                    )
                else:
                    content_type_1_item = (
                        content_type_1_item_data
                        if isinstance(content_type_1_item_data, dict)
                        else content_type_1_item_data.to_dict()
                    )

                content.append(content_type_1_item)

        else:
            content = self.content

        role = self.role

        id = self.id

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _content_raw = src_dict["content"]
        content: list[MessageAnyBlock | MessageTextBlock] | str
        if isinstance(_content_raw, list):
            _content_type_1 = _content_raw
            content_type_1: list[MessageAnyBlock | MessageTextBlock]
            content_type_1 = [
                MessageTextBlock.from_dict(content_type_1_item_data)
                if content_type_1_item_data.get("type") == "text"
                else MessageAnyBlock.from_dict(content_type_1_item_data)
                for content_type_1_item_data in _content_type_1
            ]

            content = content_type_1
        else:
            content = cast(list[MessageAnyBlock | MessageTextBlock] | str, _content_raw)

        role = src_dict["role"]

        _id_in = src_dict.get("id", UNSET)
        if _id_in is None:
            _id_in = UNSET
        id = _id_in

        _metadata_in = src_dict.get("metadata", UNSET)
        if _metadata_in is None:
            _metadata_in = UNSET
        metadata = _metadata_in
        if not isinstance(metadata, (dict, Unset)):
            raise TypeError(
                f"expected an object for metadata, got {type(metadata).__name__}"
            )

        _obj = cls(
            content,
            role,
            id,
            metadata,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("content", None)
            additional_properties.pop("role", None)
            additional_properties.pop("id", None)
            additional_properties.pop("metadata", None)
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


from ..models.message_any_block import MessageAnyBlock  # noqa: E402
from ..models.message_text_block import MessageTextBlock  # noqa: E402
