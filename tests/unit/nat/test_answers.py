"""Answers: typed builders and the plain values a handler may return, resolved against each prompt kind."""

from __future__ import annotations

from typing import Any

import pytest
from agentplug.errors import AgentplugError
from agentplug.nat import InvalidAnswerError, answers
from agentplug.nat._state import parse_prompt
from agentplug.nat.models import HumanPrompt

OPTIONS = [
    {"id": "email", "label": "Email", "value": "email", "description": "send by email"},
    {"id": "sms", "label": "SMS", "value": "sms", "description": "send by sms"},
]
BINARY = [{"id": "approve", "label": "Approve", "value": True}, {"id": "reject", "label": "Reject", "value": False}]


def prompt(input_type: str, **fields: Any) -> HumanPrompt:
    return parse_prompt({"input_type": input_type, "text": "?", **fields})


def wire(p: HumanPrompt, answer: object) -> dict[str, Any]:
    return answers.to_response(p, answer).to_dict()


def test_text_answers() -> None:
    assert wire(prompt("text"), "note") == {"type": "text", "text": "note"}
    assert wire(prompt("text"), answers.text("built")) == {"type": "text", "text": "built"}
    assert wire(prompt("text"), {"type": "text", "text": "raw"}) == {"type": "text", "text": "raw"}
    with pytest.raises(InvalidAnswerError, match="needs a str"):
        answers.to_response(prompt("text"), True)


@pytest.mark.parametrize("kind", ["radio", "checkbox", "dropdown"])
def test_one_option_is_picked_by_id_label_value_or_index(kind: str) -> None:
    p = prompt(kind, options=OPTIONS)
    expected = {"type": kind, "selected_option": OPTIONS[1]}
    for answer in ("sms", "SMS", "sms ".strip(), 1, answers.choose(id="sms"), answers.choose(label="SMS")):
        assert wire(p, answer) == expected
    assert wire(p, answers.choose(value="sms")) == expected
    assert wire(p, answers.choose(index=0))["selected_option"] == OPTIONS[0]
    assert wire(p, p.options[1]) == expected  # type: ignore[union-attr]
    assert wire(p, "email")["selected_option"]["description"] == "send by email"  # the option goes back whole


def test_binary_choices_take_bools_and_builders() -> None:
    p = prompt("binary_choice", options=BINARY)
    assert wire(p, True)["selected_option"] == BINARY[0]
    assert wire(p, False)["selected_option"] == BINARY[1]
    assert wire(p, answers.approve())["selected_option"] == BINARY[0]
    assert wire(p, answers.reject())["selected_option"] == BINARY[1]
    assert wire(p, "reject")["selected_option"] == BINARY[1]
    # Options valued otherwise: approve / reject fall back to the first / second option.
    other = prompt("binary_choice", options=[{"id": "go", "value": "yes"}, {"id": "stop", "value": "no"}])
    assert wire(other, answers.approve())["selected_option"]["id"] == "go"
    assert wire(other, answers.reject())["selected_option"]["id"] == "stop"


def test_a_bool_never_matches_a_number_value() -> None:
    p = prompt("binary_choice", options=[{"id": "one", "value": 1}, {"id": "zero", "value": 0}])
    # True == 1 in Python, but the answer is about the option valued True: none here, so the fallback.
    assert wire(p, True)["selected_option"]["id"] == "one"
    assert wire(p, answers.choose(value=0))["selected_option"]["id"] == "zero"


def test_answers_that_do_not_fit_are_invalid_answer_errors() -> None:
    radio = prompt("radio", options=OPTIONS)
    with pytest.raises(InvalidAnswerError, match=r"no option of the radio prompt.*options: \(id='email'"):
        answers.to_response(radio, "fax")
    with pytest.raises(InvalidAnswerError, match="out of range"):
        answers.to_response(radio, 5)
    with pytest.raises(InvalidAnswerError, match="out of range"):
        answers.to_response(radio, answers.choose(index="first"))  # type: ignore[arg-type]
    with pytest.raises(InvalidAnswerError, match="binary choice"):
        answers.to_response(radio, True)
    with pytest.raises(InvalidAnswerError, match="exactly one"):
        answers.choose("a", id="b")
    with pytest.raises(InvalidAnswerError, match="'type'"):
        answers.to_response(radio, {"selected_option": {}})
    with pytest.raises(InvalidAnswerError, match="not a valid 'radio' answer"):
        answers.to_response(radio, {"type": "radio"})
    with pytest.raises(InvalidAnswerError, match="must be a bool"):
        answers.binary("yes")  # type: ignore[arg-type]
    assert issubclass(InvalidAnswerError, AgentplugError)


def test_notifications_and_unknown_prompt_kinds() -> None:
    assert wire(prompt("notification"), None) == {"type": "notification", "text": "Notification acknowledgement."}
    assert wire(prompt("notification"), answers.acknowledge("seen"))["text"] == "seen"
    future = prompt("signature", pad="big")
    assert type(future).__name__ == "HumanPromptOther" and future["pad"] == "big"
    with pytest.raises(InvalidAnswerError, match="'signature' prompt"):
        answers.to_response(future, "scribble")
    assert wire(future, {"type": "text", "text": "raw"}) == {"type": "text", "text": "raw"}
