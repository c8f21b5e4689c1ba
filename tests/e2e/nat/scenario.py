"""Handlers and expectations shared by the sync and async scenarios."""

from __future__ import annotations

import httpx2
from agentplug.nat import Interaction, OAuthRequest, answers
from agentplug.nat.models import HumanPromptBinary, HumanPromptText


class Recorder:
    """An interaction handler answering note + approval prompts, remembering every prompt it saw."""

    def __init__(self, note: str = "my note", approve: bool = True) -> None:
        self.note = note
        self.approve = approve
        self.seen: list[Interaction] = []

    def __call__(self, interaction: Interaction) -> object:
        self.seen.append(interaction)
        if isinstance(interaction.prompt, HumanPromptText):
            return self.note
        assert isinstance(interaction.prompt, HumanPromptBinary)
        return answers.binary(self.approve)


def expected(message: str, note: str = "my note", approved: bool = True) -> dict[str, str]:
    return {"value": f"input={message!r}; note={note!r}; approved={approved!r}"}


class Browser:
    """An OAuth handler playing the user's browser: opens the sign-in URL and follows the redirects."""

    def __init__(self, *, deny: bool = False) -> None:
        self.deny = deny
        self.requests: list[OAuthRequest] = []

    def __call__(self, request: OAuthRequest) -> None:
        self.requests.append(request)
        url = request.auth_url + ("&deny=1" if self.deny else "")
        response = httpx2.get(url, follow_redirects=True, timeout=10)
        assert response.status_code == 200, response.text
