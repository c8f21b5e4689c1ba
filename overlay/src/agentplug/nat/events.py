"""Typed events of a workflow stream, and the sans-I/O decoding of one server-sent event.

    InteractionRequired   `event: interaction_required`: a prompt is waiting (the stream pauses)
    OAuthRequired         `event: oauth_required`: the user must sign in (the stream pauses)
    Output                a data-only block: `{"value": ...}`, or a chat completion chunk

`event: error` is terminal: the stream raises `OperationFailedError` after the events before it.
Lines named `intermediate_data:` / `observability_trace:` are not SSE fields and are skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeAlias

from agentplug._core._sse_decoder import ServerSentEvent
from agentplug.errors import OperationFailedError

from ._interactions import Interaction, OAuthRequest
from ._state import parse_prompt

__all__ = ["InteractionRequired", "OAuthRequired", "Output", "StreamEvent", "decode_event"]


@dataclass(frozen=True)
class InteractionRequired:
    """The workflow waits for `interaction` to be answered."""

    interaction: Interaction

    @property
    def execution_id(self) -> str:
        """The paused execution's id."""
        return self.interaction.execution_id


@dataclass(frozen=True)
class OAuthRequired:
    """The workflow waits for the user to sign in at `request.auth_url`."""

    request: OAuthRequest

    @property
    def execution_id(self) -> str:
        """The paused execution's id."""
        return self.request.execution_id


@dataclass(frozen=True)
class Output:
    """Output of the run: `data` is the JSON as sent."""

    data: Any

    @property
    def value(self) -> Any:
        """`data["value"]` on workflow routes; a chat chunk's text on chat routes; else `data`."""
        if isinstance(self.data, dict):
            if "value" in self.data:
                return self.data["value"]
            choices = self.data.get("choices")
            if isinstance(choices, list) and choices and isinstance(choices[0], dict):
                part = choices[0].get("delta") or choices[0].get("message")
                if isinstance(part, dict) and "content" in part:
                    return part["content"]
        return self.data


StreamEvent: TypeAlias = InteractionRequired | OAuthRequired | Output


def _text(data: dict[str, Any], name: str) -> str:
    value = data[name]
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    return value


def decode_event(event: ServerSentEvent) -> StreamEvent | None:
    """One server-sent event as a typed event (None: an event this client skips).

    Raises OperationFailedError for `event: error`; ValueError / LookupError / TypeError for a
    malformed payload (the stream reports those as ResponseValidationError).
    """
    if event.event == "message":
        if event.data.strip() == "[DONE]":  # the non-interactive chat completions terminator
            return None
        return Output(json.loads(event.data))
    if event.event == "interaction_required":
        data = json.loads(event.data)
        interaction = Interaction(
            _text(data, "execution_id"),
            _text(data, "interaction_id"),
            parse_prompt(data["prompt"]),
            _text(data, "response_url"),
        )
        return InteractionRequired(interaction)
    if event.event == "oauth_required":
        data = json.loads(event.data)
        request = OAuthRequest(_text(data, "execution_id"), _text(data, "auth_url"), _text(data, "oauth_state"))
        return OAuthRequired(request)
    if event.event == "error":
        try:
            data = json.loads(event.data)
        except ValueError:
            data = {"message": event.data}
        if not isinstance(data, dict):
            data = {"message": str(data)}
        message = str(data.get("message") or "the workflow failed")
        code = data.get("code") if isinstance(data.get("code"), str) else None
        raise OperationFailedError(f"the streamed workflow failed: {message}", code=code, details=data.get("details"))
    return None
