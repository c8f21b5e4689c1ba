from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HumanPromptText")


@_attrs_define
class HumanPromptText:
    """Asks for free text.

    Attributes:
        input_type (Literal['text']):
        text (str): The question.
        error (None | str | Unset): What a user interface shows once the prompt has expired.
        placeholder (None | str | Unset): A hint to show in an empty input field.
        required (bool | Unset): Whether an empty answer is unacceptable. Server default: `true`.
        timeout (int | None | Unset): Seconds the workflow waits for the answer (the server adds a few seconds of
            grace); null waits forever.
    """

    input_type: Literal["text"]
    text: str
    error: None | str | Unset = UNSET
    placeholder: None | str | Unset = UNSET
    required: bool | Unset = UNSET
    timeout: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "input_type",
            "text",
            "error",
            "placeholder",
            "required",
            "timeout",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("input_type", self.input_type),
                ("text", self.text),
                ("error", self.error),
                ("placeholder", self.placeholder),
                ("required", self.required),
                ("timeout", self.timeout),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type

        text = self.text

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        placeholder: None | str | Unset
        if isinstance(self.placeholder, Unset):
            placeholder = UNSET
        else:
            placeholder = self.placeholder

        required = self.required

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
                "text": text,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if required is not UNSET:
            field_dict["required"] = required
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        input_type = src_dict["input_type"]
        if input_type != "text":
            raise ValueError(f"input_type must be 'text', got {input_type!r}")

        text = src_dict["text"]

        _error_raw = src_dict.get("error", UNSET)
        error: None | str | Unset
        if isinstance(_error_raw, Unset):
            error = UNSET
        else:
            error = cast(None | str | Unset, _error_raw)

        _placeholder_raw = src_dict.get("placeholder", UNSET)
        placeholder: None | str | Unset
        if isinstance(_placeholder_raw, Unset):
            placeholder = UNSET
        else:
            placeholder = cast(None | str | Unset, _placeholder_raw)

        _required_in = src_dict.get("required", UNSET)
        if _required_in is None:
            _required_in = UNSET
        required = _required_in

        _timeout_raw = src_dict.get("timeout", UNSET)
        timeout: int | None | Unset
        if isinstance(_timeout_raw, Unset):
            timeout = UNSET
        else:
            timeout = cast(int | None | Unset, _timeout_raw)

        _obj = cls(
            input_type,
            text,
            error,
            placeholder,
            required,
            timeout,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("input_type", None)
            additional_properties.pop("text", None)
            additional_properties.pop("error", None)
            additional_properties.pop("placeholder", None)
            additional_properties.pop("required", None)
            additional_properties.pop("timeout", None)
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
