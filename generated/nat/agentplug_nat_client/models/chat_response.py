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

T = TypeVar("T", bound="ChatResponse")


@_attrs_define
class ChatResponse:
    """An OpenAI-style chat completion.

    Attributes:
        choices (list[ChatChoice]):
        created (int):
        id (str):
        model (str | Unset):
        object_ (str | Unset):
        usage (ChatResponseUsage | Unset):
    """

    choices: list[ChatChoice]
    created: int
    id: str
    model: str | Unset = UNSET
    object_: str | Unset = UNSET
    usage: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "choices",
            "created",
            "id",
            "model",
            "object",
            "usage",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("choices", self.choices),
                ("created", self.created),
                ("id", self.id),
                ("model", self.model),
                ("object_", self.object_),
                ("usage", self.usage),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = (
                choices_item_data
                if isinstance(choices_item_data, dict)
                else choices_item_data.to_dict()
            )
            choices.append(choices_item)

        created = self.created

        id = self.id

        model = self.model

        object_ = self.object_

        usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
                "created": created,
                "id": id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _choices = src_dict["choices"]
        choices: list[ChatChoice]
        if not isinstance(_choices, list):
            raise TypeError(
                f"expected a list for choices, got {type(_choices).__name__}"
            )
        choices = [
            ChatChoice.from_dict(choices_item_data) for choices_item_data in _choices
        ]

        created = src_dict["created"]

        id = src_dict["id"]

        _model_in = src_dict.get("model", UNSET)
        if _model_in is None:
            _model_in = UNSET
        model = _model_in

        _object__in = src_dict.get("object", UNSET)
        if _object__in is None:
            _object__in = UNSET
        object_ = _object__in

        _usage_in = src_dict.get("usage", UNSET)
        if _usage_in is None:
            _usage_in = UNSET
        usage = _usage_in
        if not isinstance(usage, (dict, Unset)):
            raise TypeError(f"expected an object for usage, got {type(usage).__name__}")

        _obj = cls(
            choices,
            created,
            id,
            model,
            object_,
            usage,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("choices", None)
            additional_properties.pop("created", None)
            additional_properties.pop("id", None)
            additional_properties.pop("model", None)
            additional_properties.pop("object", None)
            additional_properties.pop("usage", None)
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


from ..models.chat_choice import ChatChoice  # noqa: E402
