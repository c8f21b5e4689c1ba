from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunResult")


@_attrs_define
class RunResult:
    """Final result of a successful run.

    Attributes:
        type_ (Literal['result']):
        messages (list[Message] | Unset): Messages produced by the run.
        values (Any | Unset): Run output values. Any JSON value except null; scalars and arrays are allowed since 0.2.3.
            The agent descriptor's `specs.output` gives its shape.
    """

    type_: Literal["result"]
    messages: list[Message] | Unset = UNSET
    values: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
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
                ("type_", self.type_),
                ("messages", self.messages),
                ("values", self.values),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

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
                "type": type_,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict["type"]
        if type_ != "result":
            raise ValueError(f"type must be 'result', got {type_!r}")

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
            type_,
            messages,
            values,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("type", None)
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
