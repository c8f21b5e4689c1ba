from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="InteractionResponseRequest")


@_attrs_define
class InteractionResponseRequest:
    """The body of an answer.

    Attributes:
        response (HumanResponseBinary | HumanResponseCheckbox | HumanResponseDropdown | HumanResponseNotification |
            HumanResponseRadio | HumanResponseText): The human's answer, distinguished by `type` (not `input_type` as on
            prompts). Choice answers carry exactly one `selected_option`, for check boxes too.
    """

    response: (
        HumanResponseBinary
        | HumanResponseCheckbox
        | HumanResponseDropdown
        | HumanResponseNotification
        | HumanResponseRadio
        | HumanResponseText
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "response",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("response", self.response),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        response: dict[str, Any]
        if isinstance(self.response, HumanResponseText):
            response = (
                self.response
                if isinstance(self.response, dict)
                else self.response.to_dict()
            )
        elif isinstance(self.response, HumanResponseNotification):
            response = (
                self.response
                if isinstance(self.response, dict)
                else self.response.to_dict()
            )
        elif isinstance(self.response, HumanResponseBinary):
            response = (
                self.response
                if isinstance(self.response, dict)
                else self.response.to_dict()
            )
        elif isinstance(self.response, HumanResponseRadio):
            response = (
                self.response
                if isinstance(self.response, dict)
                else self.response.to_dict()
            )
        elif isinstance(self.response, HumanResponseCheckbox):
            response = (
                self.response
                if isinstance(self.response, dict)
                else self.response.to_dict()
            )
        else:
            response = (
                self.response
                if isinstance(self.response, dict)
                else self.response.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _response_raw = src_dict["response"]
        response: (
            HumanResponseBinary
            | HumanResponseCheckbox
            | HumanResponseDropdown
            | HumanResponseNotification
            | HumanResponseRadio
            | HumanResponseText
        )
        if isinstance(_response_raw, (dict, Mapping)):
            _response_tag = _response_raw.get("type")
            if _response_tag == "text":
                response = HumanResponseText.from_dict(_response_raw)
            elif _response_tag == "notification":
                response = HumanResponseNotification.from_dict(_response_raw)
            elif _response_tag == "binary_choice":
                response = HumanResponseBinary.from_dict(_response_raw)
            elif _response_tag == "radio":
                response = HumanResponseRadio.from_dict(_response_raw)
            elif _response_tag == "checkbox":
                response = HumanResponseCheckbox.from_dict(_response_raw)
            elif _response_tag == "dropdown":
                response = HumanResponseDropdown.from_dict(_response_raw)
            else:
                raise ValueError(f"unknown type {_response_tag!r} for response")
        else:
            raise TypeError(f"unexpected {type(_response_raw).__name__} for response")

        _obj = cls(
            response,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("response", None)
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


from ..models.human_response_binary import HumanResponseBinary  # noqa: E402
from ..models.human_response_checkbox import HumanResponseCheckbox  # noqa: E402
from ..models.human_response_dropdown import HumanResponseDropdown  # noqa: E402
from ..models.human_response_notification import HumanResponseNotification  # noqa: E402
from ..models.human_response_radio import HumanResponseRadio  # noqa: E402
from ..models.human_response_text import HumanResponseText  # noqa: E402
