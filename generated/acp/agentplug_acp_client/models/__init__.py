"""Contains all the data models used in inputs/outputs

Loaded lazily (PEP 562): importing this package costs nothing until a model is used, and then
only that model's module (and the modules it refers to) are imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent import Agent
    from .agent_acp_descriptor import AgentACPDescriptor
    from .agent_acp_spec import AgentACPSpec
    from .agent_acp_spec_config import AgentACPSpecConfig
    from .agent_acp_spec_custom_streaming_update import (
        AgentACPSpecCustomStreamingUpdate,
    )
    from .agent_acp_spec_input import AgentACPSpecInput
    from .agent_acp_spec_output import AgentACPSpecOutput
    from .agent_acp_spec_thread_state import AgentACPSpecThreadState
    from .agent_capabilities import AgentCapabilities
    from .agent_interrupt_spec import AgentInterruptSpec
    from .agent_interrupt_spec_interrupt_payload import (
        AgentInterruptSpecInterruptPayload,
    )
    from .agent_interrupt_spec_resume_payload import AgentInterruptSpecResumePayload
    from .agent_metadata import AgentMetadata
    from .agent_ref import AgentRef
    from .agent_search_request import AgentSearchRequest
    from .cancel_stateless_run_action import CancelStatelessRunAction
    from .cancel_thread_run_action import CancelThreadRunAction
    from .custom_run_result_update import CustomRunResultUpdate
    from .error_response import ErrorResponse
    from .message import Message
    from .message_any_block import MessageAnyBlock
    from .message_any_block_metadata import MessageAnyBlockMetadata
    from .message_metadata import MessageMetadata
    from .message_text_block import MessageTextBlock
    from .message_text_block_metadata import MessageTextBlockMetadata
    from .run import Run
    from .run_config import RunConfig
    from .run_create import RunCreate
    from .run_create_metadata import RunCreateMetadata
    from .run_create_multitask_strategy import RunCreateMultitaskStrategy
    from .run_create_on_disconnect import RunCreateOnDisconnect
    from .run_create_stateful import RunCreateStateful
    from .run_create_stateful_if_not_exists import RunCreateStatefulIfNotExists
    from .run_create_stateless import RunCreateStateless
    from .run_create_stateless_on_completion import RunCreateStatelessOnCompletion
    from .run_error import RunError
    from .run_interrupt import RunInterrupt
    from .run_output_stream import RunOutputStream
    from .run_result import RunResult
    from .run_search_request import RunSearchRequest
    from .run_search_request_metadata import RunSearchRequestMetadata
    from .run_stateful import RunStateful
    from .run_stateless import RunStateless
    from .run_status import RunStatus
    from .run_wait_response_stateful import RunWaitResponseStateful
    from .run_wait_response_stateless import RunWaitResponseStateless
    from .stream_update_schema import StreamUpdateSchema
    from .streaming_capabilities import StreamingCapabilities
    from .streaming_mode import StreamingMode
    from .thread import Thread
    from .thread_checkpoint import ThreadCheckpoint
    from .thread_create import ThreadCreate
    from .thread_create_if_exists import ThreadCreateIfExists
    from .thread_create_metadata import ThreadCreateMetadata
    from .thread_metadata import ThreadMetadata
    from .thread_patch import ThreadPatch
    from .thread_patch_metadata import ThreadPatchMetadata
    from .thread_search_request import ThreadSearchRequest
    from .thread_search_request_metadata import ThreadSearchRequestMetadata
    from .thread_search_request_values import ThreadSearchRequestValues
    from .thread_state import ThreadState
    from .thread_state_metadata import ThreadStateMetadata
    from .thread_status import ThreadStatus
    from .validation_error_item import ValidationErrorItem
    from .value_run_error_update import ValueRunErrorUpdate
    from .value_run_interrupt_update import ValueRunInterruptUpdate
    from .value_run_result_update import ValueRunResultUpdate

_MODULES: dict[str, str] = {
    "Agent": ".agent",
    "AgentACPDescriptor": ".agent_acp_descriptor",
    "AgentACPSpec": ".agent_acp_spec",
    "AgentACPSpecConfig": ".agent_acp_spec_config",
    "AgentACPSpecCustomStreamingUpdate": ".agent_acp_spec_custom_streaming_update",
    "AgentACPSpecInput": ".agent_acp_spec_input",
    "AgentACPSpecOutput": ".agent_acp_spec_output",
    "AgentACPSpecThreadState": ".agent_acp_spec_thread_state",
    "AgentCapabilities": ".agent_capabilities",
    "AgentInterruptSpec": ".agent_interrupt_spec",
    "AgentInterruptSpecInterruptPayload": ".agent_interrupt_spec_interrupt_payload",
    "AgentInterruptSpecResumePayload": ".agent_interrupt_spec_resume_payload",
    "AgentMetadata": ".agent_metadata",
    "AgentRef": ".agent_ref",
    "AgentSearchRequest": ".agent_search_request",
    "CancelStatelessRunAction": ".cancel_stateless_run_action",
    "CancelThreadRunAction": ".cancel_thread_run_action",
    "CustomRunResultUpdate": ".custom_run_result_update",
    "ErrorResponse": ".error_response",
    "Message": ".message",
    "MessageAnyBlock": ".message_any_block",
    "MessageAnyBlockMetadata": ".message_any_block_metadata",
    "MessageMetadata": ".message_metadata",
    "MessageTextBlock": ".message_text_block",
    "MessageTextBlockMetadata": ".message_text_block_metadata",
    "Run": ".run",
    "RunConfig": ".run_config",
    "RunCreate": ".run_create",
    "RunCreateMetadata": ".run_create_metadata",
    "RunCreateMultitaskStrategy": ".run_create_multitask_strategy",
    "RunCreateOnDisconnect": ".run_create_on_disconnect",
    "RunCreateStateful": ".run_create_stateful",
    "RunCreateStatefulIfNotExists": ".run_create_stateful_if_not_exists",
    "RunCreateStateless": ".run_create_stateless",
    "RunCreateStatelessOnCompletion": ".run_create_stateless_on_completion",
    "RunError": ".run_error",
    "RunInterrupt": ".run_interrupt",
    "RunOutputStream": ".run_output_stream",
    "RunResult": ".run_result",
    "RunSearchRequest": ".run_search_request",
    "RunSearchRequestMetadata": ".run_search_request_metadata",
    "RunStateful": ".run_stateful",
    "RunStateless": ".run_stateless",
    "RunStatus": ".run_status",
    "RunWaitResponseStateful": ".run_wait_response_stateful",
    "RunWaitResponseStateless": ".run_wait_response_stateless",
    "StreamUpdateSchema": ".stream_update_schema",
    "StreamingCapabilities": ".streaming_capabilities",
    "StreamingMode": ".streaming_mode",
    "Thread": ".thread",
    "ThreadCheckpoint": ".thread_checkpoint",
    "ThreadCreate": ".thread_create",
    "ThreadCreateIfExists": ".thread_create_if_exists",
    "ThreadCreateMetadata": ".thread_create_metadata",
    "ThreadMetadata": ".thread_metadata",
    "ThreadPatch": ".thread_patch",
    "ThreadPatchMetadata": ".thread_patch_metadata",
    "ThreadSearchRequest": ".thread_search_request",
    "ThreadSearchRequestMetadata": ".thread_search_request_metadata",
    "ThreadSearchRequestValues": ".thread_search_request_values",
    "ThreadState": ".thread_state",
    "ThreadStateMetadata": ".thread_state_metadata",
    "ThreadStatus": ".thread_status",
    "ValidationErrorItem": ".validation_error_item",
    "ValueRunErrorUpdate": ".value_run_error_update",
    "ValueRunInterruptUpdate": ".value_run_interrupt_update",
    "ValueRunResultUpdate": ".value_run_result_update",
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
    "Agent",
    "AgentACPDescriptor",
    "AgentACPSpec",
    "AgentACPSpecConfig",
    "AgentACPSpecCustomStreamingUpdate",
    "AgentACPSpecInput",
    "AgentACPSpecOutput",
    "AgentACPSpecThreadState",
    "AgentCapabilities",
    "AgentInterruptSpec",
    "AgentInterruptSpecInterruptPayload",
    "AgentInterruptSpecResumePayload",
    "AgentMetadata",
    "AgentRef",
    "AgentSearchRequest",
    "CancelStatelessRunAction",
    "CancelThreadRunAction",
    "CustomRunResultUpdate",
    "ErrorResponse",
    "Message",
    "MessageAnyBlock",
    "MessageAnyBlockMetadata",
    "MessageMetadata",
    "MessageTextBlock",
    "MessageTextBlockMetadata",
    "Run",
    "RunConfig",
    "RunCreate",
    "RunCreateMetadata",
    "RunCreateMultitaskStrategy",
    "RunCreateOnDisconnect",
    "RunCreateStateful",
    "RunCreateStatefulIfNotExists",
    "RunCreateStateless",
    "RunCreateStatelessOnCompletion",
    "RunError",
    "RunInterrupt",
    "RunOutputStream",
    "RunResult",
    "RunSearchRequest",
    "RunSearchRequestMetadata",
    "RunStateful",
    "RunStateless",
    "RunStatus",
    "RunWaitResponseStateful",
    "RunWaitResponseStateless",
    "StreamingCapabilities",
    "StreamingMode",
    "StreamUpdateSchema",
    "Thread",
    "ThreadCheckpoint",
    "ThreadCreate",
    "ThreadCreateIfExists",
    "ThreadCreateMetadata",
    "ThreadMetadata",
    "ThreadPatch",
    "ThreadPatchMetadata",
    "ThreadSearchRequest",
    "ThreadSearchRequestMetadata",
    "ThreadSearchRequestValues",
    "ThreadState",
    "ThreadStateMetadata",
    "ThreadStatus",
    "ValidationErrorItem",
    "ValueRunErrorUpdate",
    "ValueRunInterruptUpdate",
    "ValueRunResultUpdate",
)
