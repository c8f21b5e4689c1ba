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

from ..types import UNSET

T = TypeVar("T", bound="ChatMessage")


@_attrs_define
class ChatMessage:
    """
    Attributes:
        content (list[ChatMessageContentType1Item] | None | str): Text, or a list of content parts (OpenAI style).
        role (str): `user`, `assistant`, `system`, ...
    """

    content: list[ChatMessageContentType1Item] | None | str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "role",
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
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | None | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = (
                    content_type_1_item_data
                    if isinstance(content_type_1_item_data, dict)
                    else content_type_1_item_data.to_dict()
                )
                content.append(content_type_1_item)

        else:
            content = self.content

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _content_raw = src_dict["content"]
        content: list[ChatMessageContentType1Item] | None | str
        if isinstance(_content_raw, list):
            _content_type_1 = _content_raw
            content_type_1: list[ChatMessageContentType1Item]
            content_type_1 = [
                ChatMessageContentType1Item.from_dict(content_type_1_item_data)
                for content_type_1_item_data in _content_type_1
            ]

            content = content_type_1
        else:
            content = cast(list[ChatMessageContentType1Item] | None | str, _content_raw)

        role = src_dict["role"]

        _obj = cls(
            content,
            role,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("content", None)
            additional_properties.pop("role", None)
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


from ..models.chat_message_content_type_1_item import ChatMessageContentType1Item  # noqa: E402
