"""Contains all the data models used in inputs/outputs

Loaded lazily (PEP 562): importing this package costs nothing until a model is used, and then
only that model's module (and the modules it refers to) are imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .binary_human_prompt_option import BinaryHumanPromptOption
    from .chat_choice import ChatChoice
    from .chat_choice_message import ChatChoiceMessage
    from .chat_message import ChatMessage
    from .chat_message_content_type_1_item import ChatMessageContentType1Item
    from .chat_request import ChatRequest
    from .chat_response import ChatResponse
    from .chat_response_usage import ChatResponseUsage
    from .error import Error
    from .error_detail import ErrorDetail
    from .execution_accepted_interaction import ExecutionAcceptedInteraction
    from .execution_accepted_o_auth import ExecutionAcceptedOAuth
    from .execution_completed_status import ExecutionCompletedStatus
    from .execution_failed_status import ExecutionFailedStatus
    from .execution_interaction_required_status import (
        ExecutionInteractionRequiredStatus,
    )
    from .execution_o_auth_required_status import ExecutionOAuthRequiredStatus
    from .execution_other_status import ExecutionOtherStatus
    from .execution_running_status import ExecutionRunningStatus
    from .failure_body import FailureBody
    from .health_response import HealthResponse
    from .http_validation_error import HTTPValidationError
    from .human_prompt_binary import HumanPromptBinary
    from .human_prompt_checkbox import HumanPromptCheckbox
    from .human_prompt_dropdown import HumanPromptDropdown
    from .human_prompt_notification import HumanPromptNotification
    from .human_prompt_o_auth_consent import HumanPromptOAuthConsent
    from .human_prompt_other import HumanPromptOther
    from .human_prompt_radio import HumanPromptRadio
    from .human_prompt_text import HumanPromptText
    from .human_response_binary import HumanResponseBinary
    from .human_response_checkbox import HumanResponseCheckbox
    from .human_response_dropdown import HumanResponseDropdown
    from .human_response_notification import HumanResponseNotification
    from .human_response_radio import HumanResponseRadio
    from .human_response_text import HumanResponseText
    from .interaction_response_request import InteractionResponseRequest
    from .multiple_choice_option import MultipleChoiceOption
    from .stream_interaction_event import StreamInteractionEvent
    from .stream_o_auth_event import StreamOAuthEvent
    from .stream_output import StreamOutput
    from .validation_issue import ValidationIssue
    from .workflow_input import WorkflowInput
    from .workflow_output import WorkflowOutput
    from .workflow_stream_event import WorkflowStreamEvent

_MODULES: dict[str, str] = {
    "BinaryHumanPromptOption": ".binary_human_prompt_option",
    "ChatChoice": ".chat_choice",
    "ChatChoiceMessage": ".chat_choice_message",
    "ChatMessage": ".chat_message",
    "ChatMessageContentType1Item": ".chat_message_content_type_1_item",
    "ChatRequest": ".chat_request",
    "ChatResponse": ".chat_response",
    "ChatResponseUsage": ".chat_response_usage",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "ExecutionAcceptedInteraction": ".execution_accepted_interaction",
    "ExecutionAcceptedOAuth": ".execution_accepted_o_auth",
    "ExecutionCompletedStatus": ".execution_completed_status",
    "ExecutionFailedStatus": ".execution_failed_status",
    "ExecutionInteractionRequiredStatus": ".execution_interaction_required_status",
    "ExecutionOAuthRequiredStatus": ".execution_o_auth_required_status",
    "ExecutionOtherStatus": ".execution_other_status",
    "ExecutionRunningStatus": ".execution_running_status",
    "FailureBody": ".failure_body",
    "HealthResponse": ".health_response",
    "HTTPValidationError": ".http_validation_error",
    "HumanPromptBinary": ".human_prompt_binary",
    "HumanPromptCheckbox": ".human_prompt_checkbox",
    "HumanPromptDropdown": ".human_prompt_dropdown",
    "HumanPromptNotification": ".human_prompt_notification",
    "HumanPromptOAuthConsent": ".human_prompt_o_auth_consent",
    "HumanPromptOther": ".human_prompt_other",
    "HumanPromptRadio": ".human_prompt_radio",
    "HumanPromptText": ".human_prompt_text",
    "HumanResponseBinary": ".human_response_binary",
    "HumanResponseCheckbox": ".human_response_checkbox",
    "HumanResponseDropdown": ".human_response_dropdown",
    "HumanResponseNotification": ".human_response_notification",
    "HumanResponseRadio": ".human_response_radio",
    "HumanResponseText": ".human_response_text",
    "InteractionResponseRequest": ".interaction_response_request",
    "MultipleChoiceOption": ".multiple_choice_option",
    "StreamInteractionEvent": ".stream_interaction_event",
    "StreamOAuthEvent": ".stream_o_auth_event",
    "StreamOutput": ".stream_output",
    "ValidationIssue": ".validation_issue",
    "WorkflowInput": ".workflow_input",
    "WorkflowOutput": ".workflow_output",
    "WorkflowStreamEvent": ".workflow_stream_event",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "BinaryHumanPromptOption",
    "ChatChoice",
    "ChatChoiceMessage",
    "ChatMessage",
    "ChatMessageContentType1Item",
    "ChatRequest",
    "ChatResponse",
    "ChatResponseUsage",
    "Error",
    "ErrorDetail",
    "ExecutionAcceptedInteraction",
    "ExecutionAcceptedOAuth",
    "ExecutionCompletedStatus",
    "ExecutionFailedStatus",
    "ExecutionInteractionRequiredStatus",
    "ExecutionOAuthRequiredStatus",
    "ExecutionOtherStatus",
    "ExecutionRunningStatus",
    "FailureBody",
    "HealthResponse",
    "HTTPValidationError",
    "HumanPromptBinary",
    "HumanPromptCheckbox",
    "HumanPromptDropdown",
    "HumanPromptNotification",
    "HumanPromptOAuthConsent",
    "HumanPromptOther",
    "HumanPromptRadio",
    "HumanPromptText",
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
    "StreamOutput",
    "ValidationIssue",
    "WorkflowInput",
    "WorkflowOutput",
    "WorkflowStreamEvent",
)
