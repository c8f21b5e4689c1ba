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

T = TypeVar("T", bound="HumanPromptCheckbox")


@_attrs_define
class HumanPromptCheckbox:
    """Options shown as check boxes. The answer nevertheless carries one selected option.

    Attributes:
        input_type (Literal['checkbox']):
        options (list[MultipleChoiceOption]):
        text (str):
        error (None | str | Unset): What a user interface shows once the prompt has expired.
        timeout (int | None | Unset): Seconds the workflow waits for the answer (the server adds a few seconds of
            grace); null waits forever.
    """

    input_type: Literal["checkbox"]
    options: list[MultipleChoiceOption]
    text: str
    error: None | str | Unset = UNSET
    timeout: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "input_type",
            "options",
            "text",
            "error",
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
                ("options", self.options),
                ("text", self.text),
                ("error", self.error),
                ("timeout", self.timeout),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type

        options = []
        for options_item_data in self.options:
            options_item = (
                options_item_data
                if isinstance(options_item_data, dict)
                else options_item_data.to_dict()
            )
            options.append(options_item)

        text = self.text

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

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
                "options": options,
                "text": text,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        input_type = src_dict["input_type"]
        if input_type != "checkbox":
            raise ValueError(f"input_type must be 'checkbox', got {input_type!r}")

        _options = src_dict["options"]
        options: list[MultipleChoiceOption]
        if not isinstance(_options, list):
            raise TypeError(
                f"expected a list for options, got {type(_options).__name__}"
            )
        options = [
            MultipleChoiceOption.from_dict(options_item_data)
            for options_item_data in _options
        ]

        text = src_dict["text"]

        _error_raw = src_dict.get("error", UNSET)
        error: None | str | Unset
        if isinstance(_error_raw, Unset):
            error = UNSET
        else:
            error = cast(None | str | Unset, _error_raw)

        _timeout_raw = src_dict.get("timeout", UNSET)
        timeout: int | None | Unset
        if isinstance(_timeout_raw, Unset):
            timeout = UNSET
        else:
            timeout = cast(int | None | Unset, _timeout_raw)

        _obj = cls(
            input_type,
            options,
            text,
            error,
            timeout,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("input_type", None)
            additional_properties.pop("options", None)
            additional_properties.pop("text", None)
            additional_properties.pop("error", None)
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


from ..models.multiple_choice_option import MultipleChoiceOption  # noqa: E402
