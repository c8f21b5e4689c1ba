"""Handlers that ask the human in a terminal: `console_handler` for prompts, `console_oauth` for sign-ins.

    execution.wait_for_completion(on_interaction=console_handler, on_oauth=console_oauth)

Both take their input and output functions as arguments (`ConsoleHandler(ask=..., say=...)`),
so they can be driven by tests or wired to another text interface.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from typing import Any

from ._interactions import Interaction, OAuthRequest
from .answers import Answer, Choice, acknowledge, text

__all__ = ["ConsoleHandler", "ConsoleOAuthHandler", "console_handler", "console_oauth"]

_YES = {"y", "yes", "true", "1", "approve", "ok"}
_NO = {"n", "no", "false", "0", "reject"}


def _say(message: str) -> None:
    print(message, flush=True)


def _label(option: Any, number: int) -> str:
    label = getattr(option, "label", None)
    shown = label if isinstance(label, str) else str(getattr(option, "id", number))
    description = getattr(option, "description", None)
    return f"  {number}. {shown}" + (f" - {description}" if isinstance(description, str) and description else "")


class ConsoleHandler:
    """Asks each prompt on a terminal and returns the typed answer; asks again on an unusable reply."""

    def __init__(self, *, ask: Callable[[str], str] = input, say: Callable[[str], None] = _say) -> None:
        self._ask = ask
        self._say = say

    def __call__(self, interaction: Interaction) -> Answer:
        kind = interaction.input_type
        self._say(f"\n{interaction.text}")
        if interaction.timeout is not None:
            self._say(f"(answer within {interaction.timeout} s)")
        if kind == "text":
            while True:
                reply = self._ask("> ")
                required = getattr(interaction.prompt, "required", True)
                if reply.strip() or required is False:
                    return text(reply)
                self._say("An answer is required.")
        if kind == "notification":
            return acknowledge()
        options = list(interaction.options)
        if not options:
            raise NotImplementedError(f"the console cannot answer a {kind!r} prompt")
        for number, option in enumerate(options, start=1):
            self._say(_label(option, number))
        while True:
            reply = self._ask("choice> ").strip()
            found = self._pick(kind, options, reply)
            if found is not None:
                return found
            self._say(f"Type a number from 1 to {len(options)}, or an option's name.")

    @staticmethod
    def _pick(kind: str, options: list[Any], reply: str) -> Choice | None:
        if reply.isdigit() and 1 <= int(reply) <= len(options):
            return Choice(index=int(reply) - 1)
        lowered = reply.casefold()
        for index, option in enumerate(options):
            names = (getattr(option, "id", None), getattr(option, "label", None))
            if any(isinstance(name, str) and name.casefold() == lowered for name in names):
                return Choice(index=index)
        if kind == "binary_choice" and lowered in _YES | _NO:
            return Choice(value=lowered in _YES, fallback=0 if lowered in _YES else 1)
        return None


class ConsoleOAuthHandler:
    """Shows the sign-in URL (and opens it in a browser when `open_browser`); the server resumes by itself."""

    def __init__(self, *, open_browser: bool = True, say: Callable[[str], None] = _say) -> None:
        self._open_browser = open_browser
        self._say = say

    def __call__(self, request: OAuthRequest) -> None:
        self._say(f"\nSign in to continue: {request.auth_url}")
        if self._open_browser:
            webbrowser.open(request.auth_url)


console_handler = ConsoleHandler()
"""Asks on stdin / stdout."""

console_oauth = ConsoleOAuthHandler()
"""Prints the sign-in URL and opens it in the default browser."""
