"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .agent_acp_descriptor import AgentACPDescriptor
from .agent_acp_spec import AgentACPSpec
from .agent_acp_spec_config import AgentACPSpecConfig
from .agent_acp_spec_custom_streaming_update import AgentACPSpecCustomStreamingUpdate
from .agent_acp_spec_input import AgentACPSpecInput
from .agent_acp_spec_output import AgentACPSpecOutput
from .agent_acp_spec_thread_state import AgentACPSpecThreadState
from .agent_capabilities import AgentCapabilities
from .agent_interrupt_spec import AgentInterruptSpec
from .agent_interrupt_spec_interrupt_payload import AgentInterruptSpecInterruptPayload
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
