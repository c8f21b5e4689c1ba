"""What a handler is given: a pending prompt (`Interaction`) or an OAuth consent request (`OAuthRequest`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from agentplug._core._logging import redact_url

if TYPE_CHECKING:
    from .models import HumanPrompt

__all__ = ["Interaction", "OAuthRequest"]


@dataclass(frozen=True)
class Interaction:
    """A prompt the workflow is waiting on. Every prompt has a new `interaction_id`.

    Attributes:
        execution_id: the paused execution.
        interaction_id: this prompt's id.
        prompt: the typed prompt (`HumanPromptText`, `HumanPromptBinary`, ...), by `input_type`.
        response_url: where the answer goes (relative to the server root).
    """

    execution_id: str
    interaction_id: str
    prompt: HumanPrompt
    response_url: str

    def __hash__(self) -> int:
        # The prompt model is mutable (unhashable); the ids name the interaction on their own.
        return hash((self.execution_id, self.interaction_id))

    @property
    def input_type(self) -> str:
        """`text`, `binary_choice`, `radio`, `checkbox`, `dropdown`, ... (unknown kinds as sent)."""
        return str(getattr(self.prompt, "input_type", ""))

    @property
    def text(self) -> str:
        """The question."""
        value = getattr(self.prompt, "text", "")
        return value if isinstance(value, str) else ""

    @property
    def options(self) -> Sequence[Any]:
        """The options of a choice prompt (`BinaryHumanPromptOption` / `MultipleChoiceOption`); empty otherwise."""
        value = getattr(self.prompt, "options", None)
        return list(value) if isinstance(value, list) else []

    @property
    def timeout(self) -> int | None:
        """Seconds the workflow waits for the answer (None: forever)."""
        value = getattr(self.prompt, "timeout", None)
        return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class OAuthRequest:
    """The workflow needs the user to sign in: open `auth_url` in a browser.

    The identity provider then sends the browser to the server's callback with `oauth_state`,
    and the execution resumes by itself.
    """

    execution_id: str
    auth_url: str
    oauth_state: str

    def __repr__(self) -> str:
        # Shown through the same redaction as every URL agentplug prints (credentials masked).
        return f"OAuthRequest(execution_id={self.execution_id!r}, auth_url={redact_url(self.auth_url)!r})"
