"""The typed NAT wire models (generated from specs/nat.yaml), and the unions they form.

Unions dispatch on their discriminator: `ExecutionStatusResponse` and `ExecutionAcceptedResponse`
on `status`, `HumanPrompt` on `input_type`, `HumanResponse` on `type`. A status or prompt kind
newer than this client is kept as `ExecutionOtherStatus` / `HumanPromptOther` with every field as
sent. `ExecutionStatus` is the enum of the status values the reference names (a status field
stays a plain string, so a value newer than this client is kept rather than refused).
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TypeAlias

from agentplug_nat_client.models import (
    BinaryHumanPromptOption,
    Error,
    ExecutionAcceptedInteraction,
    ExecutionAcceptedOAuth,
    ExecutionCompletedStatus,
    ExecutionFailedStatus,
    ExecutionInteractionRequiredStatus,
    ExecutionOAuthRequiredStatus,
    ExecutionOtherStatus,
    ExecutionRunningStatus,
    HumanPromptBinary,
    HumanPromptCheckbox,
    HumanPromptDropdown,
    HumanPromptNotification,
    HumanPromptOAuthConsent,
    HumanPromptOther,
    HumanPromptRadio,
    HumanPromptText,
    HumanResponseBinary,
    HumanResponseCheckbox,
    HumanResponseDropdown,
    HumanResponseNotification,
    HumanResponseRadio,
    HumanResponseText,
    InteractionResponseRequest,
    MultipleChoiceOption,
)
from agentplug_nat_client.models import (
    StreamInteractionEvent as _StreamInteractionEvent,
)
from agentplug_nat_client.models import (
    StreamOAuthEvent as _StreamOAuthEvent,
)
from attrs import define

__all__ = [
    "BinaryHumanPromptOption",
    "ChoicePrompt",
    "Error",
    "ExecutionAcceptedInteraction",
    "ExecutionAcceptedOAuth",
    "ExecutionAcceptedResponse",
    "ExecutionCompletedStatus",
    "ExecutionFailedStatus",
    "ExecutionInteractionRequiredStatus",
    "ExecutionOAuthRequiredStatus",
    "ExecutionOtherStatus",
    "ExecutionRunningStatus",
    "ExecutionStatus",
    "ExecutionStatusResponse",
    "HumanPrompt",
    "HumanPromptBinary",
    "HumanPromptCheckbox",
    "HumanPromptDropdown",
    "HumanPromptNotification",
    "HumanPromptOAuthConsent",
    "HumanPromptOther",
    "HumanPromptRadio",
    "HumanPromptText",
    "HumanResponse",
    "HumanResponseBinary",
    "HumanResponseCheckbox",
    "HumanResponseDropdown",
    "HumanResponseNotification",
    "HumanResponseRadio",
    "HumanResponseText",
    "InteractionResponseRequest",
    "MultipleChoiceOption",
    "StreamInteractionEvent",
    "StreamOAuthEvent",
]


class ExecutionStatus(StrEnum):
    """The status values of an execution (compare with `status.status`; it equals these strings)."""

    RUNNING = "running"
    INTERACTION_REQUIRED = "interaction_required"
    OAUTH_REQUIRED = "oauth_required"
    COMPLETED = "completed"
    FAILED = "failed"


ExecutionStatusResponse: TypeAlias = (
    ExecutionRunningStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionOtherStatus
)


def _sse(event: str, data: dict[str, object]) -> str:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


@define
class StreamInteractionEvent(_StreamInteractionEvent):
    """`event: interaction_required` of a stream: a prompt waits for an answer."""

    def get_stream_data(self) -> str:
        """The event as the server writes it on the stream (`event:` and `data:` lines)."""
        return _sse("interaction_required", self.to_dict())


@define
class StreamOAuthEvent(_StreamOAuthEvent):
    """`event: oauth_required` of a stream: the user must sign in."""

    def get_stream_data(self) -> str:
        """The event as the server writes it on the stream (`event:` and `data:` lines)."""
        return _sse("oauth_required", self.to_dict())


ExecutionAcceptedResponse: TypeAlias = ExecutionAcceptedInteraction | ExecutionAcceptedOAuth

HumanPrompt: TypeAlias = (
    HumanPromptText
    | HumanPromptNotification
    | HumanPromptBinary
    | HumanPromptRadio
    | HumanPromptCheckbox
    | HumanPromptDropdown
    | HumanPromptOAuthConsent
    | HumanPromptOther
)

ChoicePrompt: TypeAlias = HumanPromptBinary | HumanPromptRadio | HumanPromptCheckbox | HumanPromptDropdown

HumanResponse: TypeAlias = (
    HumanResponseText
    | HumanResponseNotification
    | HumanResponseBinary
    | HumanResponseRadio
    | HumanResponseCheckbox
    | HumanResponseDropdown
)
