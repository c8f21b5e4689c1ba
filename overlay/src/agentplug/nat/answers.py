"""Building answers to prompts: typed builders, and the reading of plain values a handler returns.

    from agentplug.nat import answers

    answers.text("my note")              # a text prompt
    answers.choose("email")              # an option by id, else label, else value
    answers.choose(label="SMS")          # ... or explicitly by one of them, or by index=
    answers.approve() / answers.reject() # a binary choice (option valued True / False)
    answers.binary(True)                 # the same, from a bool
    answers.acknowledge()                # a notification

A handler may also return plain values: a string (text, or an option id / label / value), a
bool (binary choice), an int (option index), None (acknowledge), an option object taken from
the prompt, a `HumanResponse*` model, or the answer's JSON as a dict. `to_response` turns any of
these into the `HumanResponse` the server expects for the prompt at hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from ._errors import InvalidAnswerError

if TYPE_CHECKING:
    from .models import HumanPrompt, HumanResponse

__all__ = [
    "Answer",
    "Choice",
    "acknowledge",
    "approve",
    "binary",
    "choose",
    "reject",
    "text",
    "to_response",
]

_CHOICE_KINDS = ("binary_choice", "radio", "checkbox", "dropdown")
_UNSET_KEY = object()


@dataclass(frozen=True)
class Choice:
    """An option to pick, resolved against the prompt's options when the answer is sent.

    Exactly one of the criteria is set; `key` matches an option's id, then its label, then its
    value (compared as text); `fallback` is the index used for a binary choice whose options
    carry no such value.
    """

    key: Any = _UNSET_KEY
    id: str | None = None
    label: str | None = None
    value: Any = _UNSET_KEY
    index: int | None = None
    fallback: int | None = None


Answer: TypeAlias = Any
"""Whatever a handler may return (see the module docstring)."""


def text(value: str) -> HumanResponse:
    """The answer to a text prompt."""
    from .models import HumanResponseText

    if not isinstance(value, str):
        raise InvalidAnswerError(f"a text answer must be a str, got {type(value).__name__}")
    return HumanResponseText(text=value, type_="text")


def acknowledge(message: str = "Notification acknowledgement.") -> HumanResponse:
    """The answer to a notification."""
    from .models import HumanResponseNotification

    return HumanResponseNotification(type_="notification", text=message)


def choose(
    key: Any = _UNSET_KEY,
    *,
    id: str | None = None,
    label: str | None = None,
    value: Any = _UNSET_KEY,
    index: int | None = None,
) -> Choice:
    """Pick one option of a choice prompt (binary, radio, checkbox or dropdown): give exactly one criterion."""
    given = [key is not _UNSET_KEY, id is not None, label is not None, value is not _UNSET_KEY, index is not None]
    if sum(given) != 1:
        raise InvalidAnswerError("choose() takes exactly one of: a key, id=, label=, value=, index=")
    return Choice(key=key, id=id, label=label, value=value, index=index)


def binary(decision: bool) -> Choice:
    """Pick the option of a binary choice whose value is `decision` (else the first / second option)."""
    if not isinstance(decision, bool):
        raise InvalidAnswerError(f"a binary answer must be a bool, got {type(decision).__name__}")
    return Choice(value=decision, fallback=0 if decision else 1)


def approve() -> Choice:
    """`binary(True)`: the approving option."""
    return binary(True)


def reject() -> Choice:
    """`binary(False)`: the rejecting option."""
    return binary(False)


# --------------------------------------------------------------------------------- resolving


def _describe(option: Any) -> str:
    parts = [
        f"{name}={getattr(option, name)!r}" for name in ("id", "label", "value") if _is_set(getattr(option, name, None))
    ]
    return "(" + ", ".join(parts) + ")"


def _is_set(value: Any) -> bool:
    from agentplug_nat_client.types import Unset

    return not isinstance(value, Unset)


def _select(prompt: HumanPrompt, options: list[Any], choice: Choice) -> Any:
    def matching(name: str, wanted: Any, *, as_text: bool = False) -> list[Any]:
        found = []
        for option in options:
            have = getattr(option, name, None)
            if not _is_set(have):
                continue
            if (have == wanted and type(have) is type(wanted)) or (as_text and str(have) == str(wanted)):
                found.append(option)
        return found

    if choice.index is not None:
        if not isinstance(choice.index, int) or isinstance(choice.index, bool) or not 0 <= choice.index < len(options):
            raise InvalidAnswerError(f"option index {choice.index!r} is out of range (the prompt has {len(options)})")
        return options[choice.index]
    if choice.id is not None:
        candidates = matching("id", choice.id)
    elif choice.label is not None:
        candidates = matching("label", choice.label)
    elif choice.value is not _UNSET_KEY:
        candidates = matching("value", choice.value)
        if not candidates and choice.fallback is not None and len(options) == 2:
            candidates = [options[choice.fallback]]
    else:
        key = choice.key
        candidates = matching("id", key) or matching("label", key) or matching("value", key, as_text=True)
        if not candidates and isinstance(key, str):
            lowered = key.casefold()
            candidates = [
                o for o in options if any(str(getattr(o, n, "")).casefold() == lowered for n in ("id", "label"))
            ]
    if not candidates:
        offered = ", ".join(_describe(o) for o in options) or "none"
        raise InvalidAnswerError(
            f"no option of the {prompt_kind(prompt)} prompt matches {choice!r}; options: {offered}"
        )
    return candidates[0]


def prompt_kind(prompt: HumanPrompt) -> str:
    return str(getattr(prompt, "input_type", "unknown"))


def _choice_response(prompt: HumanPrompt, option: Any) -> HumanResponse:
    from .models import (
        BinaryHumanPromptOption,
        HumanResponseBinary,
        HumanResponseCheckbox,
        HumanResponseDropdown,
        HumanResponseRadio,
        MultipleChoiceOption,
    )

    kind = prompt_kind(prompt)
    if kind == "binary_choice":
        selected = option if isinstance(option, BinaryHumanPromptOption) else BinaryHumanPromptOption.from_dict(option)
        return HumanResponseBinary(selected_option=selected, type_="binary_choice")
    multiple = option if isinstance(option, MultipleChoiceOption) else MultipleChoiceOption.from_dict(option)
    if kind == "radio":
        return HumanResponseRadio(selected_option=multiple, type_="radio")
    if kind == "checkbox":
        return HumanResponseCheckbox(selected_option=multiple, type_="checkbox")
    return HumanResponseDropdown(selected_option=multiple, type_="dropdown")


def _from_dict(data: Mapping[str, Any]) -> HumanResponse:
    from . import models

    classes: dict[str, Any] = {
        "text": models.HumanResponseText,
        "notification": models.HumanResponseNotification,
        "binary_choice": models.HumanResponseBinary,
        "radio": models.HumanResponseRadio,
        "checkbox": models.HumanResponseCheckbox,
        "dropdown": models.HumanResponseDropdown,
    }
    cls = classes.get(str(data.get("type")))
    if cls is None:
        raise InvalidAnswerError(f"an answer dict needs a 'type' among {', '.join(classes)}, got {data.get('type')!r}")
    try:
        response: HumanResponse = cls.from_dict(data)
    except (LookupError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidAnswerError(f"not a valid {data.get('type')!r} answer: {type(exc).__name__}: {exc}") from None
    return response


def to_response(prompt: HumanPrompt, answer: Answer) -> HumanResponse:
    """The `HumanResponse` for `prompt` from whatever a handler returned.

    Raises:
        InvalidAnswerError: the answer does not fit the prompt (the message says why and lists
            the options of a choice prompt).
    """
    from . import models

    if isinstance(answer, models.HumanResponse):
        return answer
    if isinstance(answer, Mapping):
        return _from_dict(answer)
    kind = prompt_kind(prompt)
    options = list(getattr(prompt, "options", None) or [])
    if kind in _CHOICE_KINDS:
        if isinstance(answer, (models.BinaryHumanPromptOption, models.MultipleChoiceOption)):
            return _choice_response(prompt, answer)
        if isinstance(answer, Choice):
            return _choice_response(prompt, _select(prompt, options, answer))
        if isinstance(answer, bool):
            if kind != "binary_choice":
                raise InvalidAnswerError(f"a bool answers a binary choice, not a {kind} prompt")
            return _choice_response(prompt, _select(prompt, options, binary(answer)))
        if isinstance(answer, int):
            return _choice_response(prompt, _select(prompt, options, Choice(index=answer)))
        if isinstance(answer, str):
            return _choice_response(prompt, _select(prompt, options, Choice(key=answer)))
        raise InvalidAnswerError(f"cannot answer a {kind} prompt with a {type(answer).__name__}")
    if kind == "text":
        if isinstance(answer, str):
            return text(answer)
        raise InvalidAnswerError(f"a text prompt needs a str answer, got {type(answer).__name__}")
    if kind == "notification":
        if answer is None or answer is True:
            return acknowledge()
        if isinstance(answer, str):
            return acknowledge(answer)
        raise InvalidAnswerError(f"a notification is acknowledged with None, got {type(answer).__name__}")
    raise InvalidAnswerError(
        f"a {kind!r} prompt has no answer this client can build: return a HumanResponse model or its JSON as a dict"
    )
