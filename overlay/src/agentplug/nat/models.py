"""The typed NAT wire models (generated from specs/nat.yaml), and the unions they form.

Unions dispatch on their discriminator: `ExecutionStatus` on `status`, `HumanPrompt` on
`input_type`, `HumanResponse` on `type`. A status or prompt kind newer than this client is
kept as `ExecutionOtherStatus` / `HumanPromptOther` with every field as sent.
"""

from __future__ import annotations

from typing import TypeAlias

from agentplug_nat_client.models import (
    BinaryHumanPromptOption,
    Error,
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

__all__ = [
    "BinaryHumanPromptOption",
    "ChoicePrompt",
    "Error",
    "ExecutionCompletedStatus",
    "ExecutionFailedStatus",
    "ExecutionInteractionRequiredStatus",
    "ExecutionOAuthRequiredStatus",
    "ExecutionOtherStatus",
    "ExecutionRunningStatus",
    "ExecutionStatus",
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
]

ExecutionStatus: TypeAlias = (
    ExecutionRunningStatus
    | ExecutionInteractionRequiredStatus
    | ExecutionOAuthRequiredStatus
    | ExecutionCompletedStatus
    | ExecutionFailedStatus
    | ExecutionOtherStatus
)

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
