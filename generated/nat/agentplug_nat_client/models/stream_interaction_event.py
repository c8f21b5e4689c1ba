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

from ..types import UNSET

T = TypeVar("T", bound="StreamInteractionEvent")


@_attrs_define
class StreamInteractionEvent:
    """The data of `event: interaction_required`.

    Attributes:
        event_type (Literal['interaction_required']):
        execution_id (str):
        interaction_id (str):
        prompt (HumanPromptBinary | HumanPromptCheckbox | HumanPromptDropdown | HumanPromptNotification |
            HumanPromptOAuthConsent | HumanPromptOther | HumanPromptRadio | HumanPromptText): What the workflow asks the
            human, distinguished by `input_type`. Notifications are acknowledged by the server itself and never reach an
            HTTP client. An `input_type` this document does not know yet is read as `HumanPromptOther`.
        response_url (str):
    """

    event_type: Literal["interaction_required"]
    execution_id: str
    interaction_id: str
    prompt: (
        HumanPromptBinary
        | HumanPromptCheckbox
        | HumanPromptDropdown
        | HumanPromptNotification
        | HumanPromptOAuthConsent
        | HumanPromptOther
        | HumanPromptRadio
        | HumanPromptText
    )
    response_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "event_type",
            "execution_id",
            "interaction_id",
            "prompt",
            "response_url",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("event_type", self.event_type),
                ("execution_id", self.execution_id),
                ("interaction_id", self.interaction_id),
                ("prompt", self.prompt),
                ("response_url", self.response_url),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        execution_id = self.execution_id

        interaction_id = self.interaction_id

        prompt: dict[str, Any]
        if isinstance(self.prompt, HumanPromptText):
            prompt = (
                self.prompt if isinstance(self.prompt, dict) else self.prompt.to_dict()
            )
        elif isinstance(self.prompt, HumanPromptNotification):
            prompt = (
                self.prompt if isinstance(self.prompt, dict) else self.prompt.to_dict()
            )
        elif isinstance(self.prompt, HumanPromptBinary):
            prompt = (
                self.prompt if isinstance(self.prompt, dict) else self.prompt.to_dict()
            )
        elif isinstance(self.prompt, HumanPromptRadio):
            prompt = (
                self.prompt if isinstance(self.prompt, dict) else self.prompt.to_dict()
            )
        elif isinstance(self.prompt, HumanPromptCheckbox):
            prompt = (
                self.prompt if isinstance(self.prompt, dict) else self.prompt.to_dict()
            )
        elif isinstance(self.prompt, HumanPromptDropdown):
            prompt = (
                self.prompt if isinstance(self.prompt, dict) else self.prompt.to_dict()
            )
        elif isinstance(self.prompt, HumanPromptOAuthConsent):
            prompt = (
                self.prompt if isinstance(self.prompt, dict) else self.prompt.to_dict()
            )
        else:
            prompt = (
                self.prompt if isinstance(self.prompt, dict) else self.prompt.to_dict()
            )

        response_url = self.response_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "execution_id": execution_id,
                "interaction_id": interaction_id,
                "prompt": prompt,
                "response_url": response_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        event_type = src_dict["event_type"]
        if event_type != "interaction_required":
            raise ValueError(
                f"event_type must be 'interaction_required', got {event_type!r}"
            )

        execution_id = src_dict["execution_id"]

        interaction_id = src_dict["interaction_id"]

        _prompt_raw = src_dict["prompt"]
        prompt: (
            HumanPromptBinary
            | HumanPromptCheckbox
            | HumanPromptDropdown
            | HumanPromptNotification
            | HumanPromptOAuthConsent
            | HumanPromptOther
            | HumanPromptRadio
            | HumanPromptText
        )
        if isinstance(_prompt_raw, (dict, Mapping)):
            _prompt_tag = _prompt_raw.get("input_type")
            if _prompt_tag == "text":
                prompt = HumanPromptText.from_dict(_prompt_raw)
            elif _prompt_tag == "notification":
                prompt = HumanPromptNotification.from_dict(_prompt_raw)
            elif _prompt_tag == "binary_choice":
                prompt = HumanPromptBinary.from_dict(_prompt_raw)
            elif _prompt_tag == "radio":
                prompt = HumanPromptRadio.from_dict(_prompt_raw)
            elif _prompt_tag == "checkbox":
                prompt = HumanPromptCheckbox.from_dict(_prompt_raw)
            elif _prompt_tag == "dropdown":
                prompt = HumanPromptDropdown.from_dict(_prompt_raw)
            elif _prompt_tag == "oauth_consent":
                prompt = HumanPromptOAuthConsent.from_dict(_prompt_raw)
            else:
                prompt = HumanPromptOther.from_dict(_prompt_raw)
        else:
            raise TypeError(f"unexpected {type(_prompt_raw).__name__} for prompt")

        response_url = src_dict["response_url"]

        _obj = cls(
            event_type,
            execution_id,
            interaction_id,
            prompt,
            response_url,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("event_type", None)
            additional_properties.pop("execution_id", None)
            additional_properties.pop("interaction_id", None)
            additional_properties.pop("prompt", None)
            additional_properties.pop("response_url", None)
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


from ..models.human_prompt_binary import HumanPromptBinary  # noqa: E402
from ..models.human_prompt_checkbox import HumanPromptCheckbox  # noqa: E402
from ..models.human_prompt_dropdown import HumanPromptDropdown  # noqa: E402
from ..models.human_prompt_notification import HumanPromptNotification  # noqa: E402
from ..models.human_prompt_o_auth_consent import HumanPromptOAuthConsent  # noqa: E402
from ..models.human_prompt_other import HumanPromptOther  # noqa: E402
from ..models.human_prompt_radio import HumanPromptRadio  # noqa: E402
from ..models.human_prompt_text import HumanPromptText  # noqa: E402
