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

T = TypeVar("T", bound="ChatRequest")


@_attrs_define
class ChatRequest:
    """An OpenAI-style chat request. Sampling fields are accepted for compatibility; a workflow may ignore them.

    Attributes:
        messages (list[ChatMessage]):
        max_tokens (int | None | Unset):
        model (None | str | Unset):
        stream (bool | Unset): On `/v1/chat/completions`, true asks for an event stream. Server default: `false`.
        temperature (float | None | Unset):
        user (None | str | Unset):
    """

    messages: list[ChatMessage]
    max_tokens: int | None | Unset = UNSET
    model: None | str | Unset = UNSET
    stream: bool | Unset = UNSET
    temperature: float | None | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "messages",
            "max_tokens",
            "model",
            "stream",
            "temperature",
            "user",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("messages", self.messages),
                ("max_tokens", self.max_tokens),
                ("model", self.model),
                ("stream", self.stream),
                ("temperature", self.temperature),
                ("user", self.user),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = (
                messages_item_data
                if isinstance(messages_item_data, dict)
                else messages_item_data.to_dict()
            )
            messages.append(messages_item)

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        stream = self.stream

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _messages = src_dict["messages"]
        messages: list[ChatMessage]
        if not isinstance(_messages, list):
            raise TypeError(
                f"expected a list for messages, got {type(_messages).__name__}"
            )
        messages = [
            ChatMessage.from_dict(messages_item_data)
            for messages_item_data in _messages
        ]

        _max_tokens_raw = src_dict.get("max_tokens", UNSET)
        max_tokens: int | None | Unset
        if isinstance(_max_tokens_raw, Unset):
            max_tokens = UNSET
        else:
            max_tokens = cast(int | None | Unset, _max_tokens_raw)

        _model_raw = src_dict.get("model", UNSET)
        model: None | str | Unset
        if isinstance(_model_raw, Unset):
            model = UNSET
        else:
            model = cast(None | str | Unset, _model_raw)

        _stream_in = src_dict.get("stream", UNSET)
        if _stream_in is None:
            _stream_in = UNSET
        stream = _stream_in

        _temperature_raw = src_dict.get("temperature", UNSET)
        temperature: float | None | Unset
        if isinstance(_temperature_raw, Unset):
            temperature = UNSET
        else:
            temperature = cast(float | None | Unset, _temperature_raw)

        _user_raw = src_dict.get("user", UNSET)
        user: None | str | Unset
        if isinstance(_user_raw, Unset):
            user = UNSET
        else:
            user = cast(None | str | Unset, _user_raw)

        _obj = cls(
            messages,
            max_tokens,
            model,
            stream,
            temperature,
            user,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("messages", None)
            additional_properties.pop("max_tokens", None)
            additional_properties.pop("model", None)
            additional_properties.pop("stream", None)
            additional_properties.pop("temperature", None)
            additional_properties.pop("user", None)
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


from ..models.chat_message import ChatMessage  # noqa: E402
