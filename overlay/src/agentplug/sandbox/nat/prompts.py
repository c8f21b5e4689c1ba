"""Prompts a scripted workflow asks, and the checks an answer body goes through.

Prompts are plain JSON dicts built here (never with the generated client's models): the sandbox
is an independent implementation of specs/nat.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "ANSWER_KINDS",
    "EXPIRED_MESSAGE",
    "WorkflowFailure",
    "binary_prompt",
    "choice_prompt",
    "notification_prompt",
    "option",
    "selected_value",
    "text_prompt",
    "validate_answer_body",
]

EXPIRED_MESSAGE = "This prompt is no longer available."
ANSWER_KINDS = ("text", "notification", "binary_choice", "radio", "checkbox", "dropdown")
_RESPONSE_CLASS = {
    "text": "HumanResponseText",
    "notification": "HumanResponseNotification",
    "binary_choice": "HumanResponseBinary",
    "radio": "HumanResponseRadio",
    "checkbox": "HumanResponseCheckbox",
    "dropdown": "HumanResponseDropdown",
}


class WorkflowFailure(Exception):
    """A scripted workflow failed; `details` names the kind of failure (like an exception class)."""

    def __init__(self, message: str, details: str = "RuntimeError") -> None:
        super().__init__(message)
        self.message = message
        self.details = details


def _base(input_type: str, text: str, timeout: int | None) -> dict[str, Any]:
    return {"text": text, "timeout": timeout, "error": EXPIRED_MESSAGE, "input_type": input_type}


def text_prompt(
    text: str, *, placeholder: str | None = None, required: bool = True, timeout: int | None = None
) -> dict[str, Any]:
    return {**_base("text", text, timeout), "placeholder": placeholder, "required": required}


def notification_prompt(text: str) -> dict[str, Any]:
    return _base("notification", text, None)


def binary_prompt(text: str, options: Sequence[dict[str, Any]], *, timeout: int | None = None) -> dict[str, Any]:
    if len(options) != 2:
        raise ValueError("a binary choice has exactly two options")
    return {**_base("binary_choice", text, timeout), "options": [dict(o) for o in options]}


def choice_prompt(
    kind: str, text: str, options: Sequence[dict[str, Any]], *, timeout: int | None = None
) -> dict[str, Any]:
    if kind not in ("radio", "checkbox", "dropdown"):
        raise ValueError(f"not a multiple-choice prompt kind: {kind!r}")
    return {**_base(kind, text, timeout), "options": [dict(o) for o in options]}


def option(id: str, label: str, value: Any, description: str | None = None) -> dict[str, Any]:
    found = {"id": id, "label": label, "value": value}
    if description is not None:
        found["description"] = description
    return found


def selected_value(prompt: dict[str, Any], answer: dict[str, Any]) -> Any:
    """What the workflow reads from an answer, failing the way the real toolkit does on a mismatch.

    The server accepts any answer kind for any prompt; the workflow then trips over a missing
    attribute (e.g. reading `.text` from a radio answer).
    """
    kind = answer.get("type")
    expected = prompt["input_type"]
    if kind != expected:
        attribute = "text" if expected == "text" else "selected_option"
        cls = _RESPONSE_CLASS.get(str(kind), "HumanResponse")
        raise WorkflowFailure(f"'{cls}' object has no attribute '{attribute}'", "AttributeError")
    if kind == "text":
        return answer["text"]
    chosen = answer["selected_option"]
    return chosen.get("value", "default")


# ------------------------------------------------------------------------------ answer bodies


def _issue(kind: str, loc: Sequence[str | int], msg: str, value: Any) -> dict[str, Any]:
    return {"type": kind, "loc": ["body", *loc], "msg": msg, "input": value}


def _check_option(kind: str, value: Any, issues: list[dict[str, Any]]) -> None:
    loc = ["response", kind, "selected_option"]
    if not isinstance(value, dict):
        issues.append(_issue("model_type", loc, "Input should be a valid dictionary or object", value))
        return
    text_fields = ("id", "label") if kind == "binary_choice" else ("id", "label", "value", "description")
    for name in text_fields:
        if name in value and not isinstance(value[name], str):
            issues.append(_issue("string_type", [*loc, name], "Input should be a valid string", value[name]))


def validate_answer_body(body: Any) -> list[dict[str, Any]]:
    """The validation issues of an answer body (FastAPI's 422 `detail` items); empty when valid."""
    if not isinstance(body, dict):
        return [_issue("model_attributes_type", [], "Input should be a valid dictionary or object", body)]
    if "response" not in body:
        return [_issue("missing", ["response"], "Field required", body)]
    response = body["response"]
    if not isinstance(response, dict):
        return [_issue("model_attributes_type", ["response"], "Input should be a valid dictionary or object", response)]
    if "type" not in response:
        return [
            _issue("union_tag_not_found", ["response"], "Unable to extract tag using discriminator 'type'", response)
        ]
    kind = response["type"]
    if kind not in ANSWER_KINDS:
        expected = ", ".join(f"'{k}'" for k in ANSWER_KINDS)
        message = f"Input tag '{kind}' found using 'type' does not match any of the expected tags: {expected}"
        return [_issue("union_tag_invalid", ["response"], message, response)]
    issues: list[dict[str, Any]] = []
    if kind == "text":
        if "text" not in response:
            issues.append(_issue("missing", ["response", "text", "text"], "Field required", response))
        elif not isinstance(response["text"], str):
            issues.append(_issue("string_type", ["response", "text", "text"], "Input should be a valid string", None))
    elif kind == "notification":
        if "text" in response and not isinstance(response["text"], str):
            issues.append(_issue("string_type", ["response", kind, "text"], "Input should be a valid string", None))
    elif "selected_option" not in response:
        issues.append(_issue("missing", ["response", kind, "selected_option"], "Field required", response))
    else:
        _check_option(kind, response["selected_option"], issues)
    return issues
