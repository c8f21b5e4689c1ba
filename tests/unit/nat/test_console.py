"""The console handlers, driven by scripted input."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agentplug.nat import Interaction, OAuthRequest, answers
from agentplug.nat._state import parse_prompt
from agentplug.nat.console import ConsoleHandler, ConsoleOAuthHandler


def scripted(*replies: str) -> tuple[ConsoleHandler, list[str]]:
    said: list[str] = []
    queue: Iterator[str] = iter(replies)
    return ConsoleHandler(ask=lambda _prompt: next(queue), say=said.append), said


def interaction(input_type: str, **fields: Any) -> Interaction:
    return Interaction("e", "i", parse_prompt({"input_type": input_type, "text": "Question?", **fields}), "/r")


def wire(item: Interaction, answer: object) -> dict[str, Any]:
    return answers.to_response(item.prompt, answer).to_dict()


def test_text_is_asked_again_when_required_and_empty() -> None:
    handler, said = scripted("", "a note")
    item = interaction("text", timeout=30)
    assert wire(item, handler(item)) == {"type": "text", "text": "a note"}
    assert said == ["\nQuestion?", "(answer within 30 s)", "An answer is required."]


def test_choices_by_number_or_name_and_yes_no_for_binary() -> None:
    options = [{"id": "email", "label": "Email", "value": "email"}, {"id": "sms", "label": "SMS", "value": "sms"}]
    handler, said = scripted("9", "sms")
    item = interaction("radio", options=options)
    assert wire(item, handler(item))["selected_option"]["id"] == "sms"
    assert "  1. Email" in said and any("Type a number" in line for line in said)
    handler, _ = scripted("2")
    assert wire(item, handler(item))["selected_option"]["id"] == "sms"
    binary = interaction("binary_choice", options=[{"id": "ok", "value": True}, {"id": "no", "value": False}])
    handler, _ = scripted("y")
    assert wire(binary, handler(binary))["selected_option"]["id"] == "ok"
    handler, _ = scripted("no")
    assert wire(binary, handler(binary))["selected_option"]["id"] == "no"


def test_the_oauth_console_prints_the_url_without_a_browser() -> None:
    said: list[str] = []
    ConsoleOAuthHandler(open_browser=False, say=said.append)(OAuthRequest("e", "http://idp/authorize?state=s", "s"))
    assert said == ["\nSign in to continue: http://idp/authorize?state=s"]
