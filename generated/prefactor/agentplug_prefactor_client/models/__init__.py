"""Contains all the data models used in inputs/outputs

Loaded lazily (PEP 562): importing this package costs nothing until a model is used, and then
only that model's module (and the modules it refers to) are imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_permission import ActionPermission
    from .action_profile import ActionProfile
    from .agent import Agent
    from .agent_action_request import AgentActionRequest
    from .agent_available_actions import AgentAvailableActions
    from .agent_create_request import AgentCreateRequest
    from .agent_envelope import AgentEnvelope
    from .agent_for_create import AgentForCreate
    from .agent_for_update import AgentForUpdate
    from .agent_instance import AgentInstance
    from .agent_instance_counts import AgentInstanceCounts
    from .agent_instance_envelope import AgentInstanceEnvelope
    from .agent_instance_for_update import AgentInstanceForUpdate
    from .agent_instance_list_envelope import AgentInstanceListEnvelope
    from .agent_instance_record_quality import AgentInstanceRecordQuality
    from .agent_instance_span_counts import AgentInstanceSpanCounts
    from .agent_instance_type import AgentInstanceType
    from .agent_instance_update_request import AgentInstanceUpdateRequest
    from .agent_lifecycle_status import AgentLifecycleStatus
    from .agent_list_envelope import AgentListEnvelope
    from .agent_schema_version_for_register import AgentSchemaVersionForRegister
    from .agent_span import AgentSpan
    from .agent_span_envelope import AgentSpanEnvelope
    from .agent_span_for_create import AgentSpanForCreate
    from .agent_span_list_envelope import AgentSpanListEnvelope
    from .agent_span_type import AgentSpanType
    from .agent_status import AgentStatus
    from .agent_summary import AgentSummary
    from .agent_summary_type import AgentSummaryType
    from .agent_type import AgentType
    from .agent_update_request import AgentUpdateRequest
    from .agent_version_for_register import AgentVersionForRegister
    from .bulk_item import BulkItem
    from .bulk_output import BulkOutput
    from .bulk_output_status import BulkOutputStatus
    from .bulk_outputs import BulkOutputs
    from .bulk_request import BulkRequest
    from .bulk_response import BulkResponse
    from .control_signal import ControlSignal
    from .cost_breakdown import CostBreakdown
    from .create_agent_span_request import CreateAgentSpanRequest
    from .data_categories import DataCategories
    from .data_category_presence import DataCategoryPresence
    from .data_classification import DataClassification
    from .data_risk import DataRisk
    from .error_envelope import ErrorEnvelope
    from .error_envelope_errors import ErrorEnvelopeErrors
    from .error_envelope_status import ErrorEnvelopeStatus
    from .finish_instance_request import FinishInstanceRequest
    from .finish_span_request import FinishSpanRequest
    from .finish_status import FinishStatus
    from .instance_purpose import InstancePurpose
    from .json_schema import JsonSchema
    from .pagination import Pagination
    from .ping_response import PingResponse
    from .quality_payload import QualityPayload
    from .quality_payloads import QualityPayloads
    from .quality_schema_for_create import QualitySchemaForCreate
    from .quality_summaries import QualitySummaries
    from .register_agent_instance_request import RegisterAgentInstanceRequest
    from .runtime_environment import RuntimeEnvironment
    from .sorting import Sorting
    from .sorting_direction import SortingDirection
    from .span_payload import SpanPayload
    from .span_schema_map import SpanSchemaMap
    from .span_type_schema_for_create import SpanTypeSchemaForCreate
    from .success_status import SuccessStatus
    from .terminate_agent_instance_request import TerminateAgentInstanceRequest
    from .timestamp_request import TimestampRequest

_MODULES: dict[str, str] = {
    "ActionPermission": ".action_permission",
    "ActionProfile": ".action_profile",
    "Agent": ".agent",
    "AgentActionRequest": ".agent_action_request",
    "AgentAvailableActions": ".agent_available_actions",
    "AgentCreateRequest": ".agent_create_request",
    "AgentEnvelope": ".agent_envelope",
    "AgentForCreate": ".agent_for_create",
    "AgentForUpdate": ".agent_for_update",
    "AgentInstance": ".agent_instance",
    "AgentInstanceCounts": ".agent_instance_counts",
    "AgentInstanceEnvelope": ".agent_instance_envelope",
    "AgentInstanceForUpdate": ".agent_instance_for_update",
    "AgentInstanceListEnvelope": ".agent_instance_list_envelope",
    "AgentInstanceRecordQuality": ".agent_instance_record_quality",
    "AgentInstanceSpanCounts": ".agent_instance_span_counts",
    "AgentInstanceType": ".agent_instance_type",
    "AgentInstanceUpdateRequest": ".agent_instance_update_request",
    "AgentLifecycleStatus": ".agent_lifecycle_status",
    "AgentListEnvelope": ".agent_list_envelope",
    "AgentSchemaVersionForRegister": ".agent_schema_version_for_register",
    "AgentSpan": ".agent_span",
    "AgentSpanEnvelope": ".agent_span_envelope",
    "AgentSpanForCreate": ".agent_span_for_create",
    "AgentSpanListEnvelope": ".agent_span_list_envelope",
    "AgentSpanType": ".agent_span_type",
    "AgentStatus": ".agent_status",
    "AgentSummary": ".agent_summary",
    "AgentSummaryType": ".agent_summary_type",
    "AgentType": ".agent_type",
    "AgentUpdateRequest": ".agent_update_request",
    "AgentVersionForRegister": ".agent_version_for_register",
    "BulkItem": ".bulk_item",
    "BulkOutput": ".bulk_output",
    "BulkOutputStatus": ".bulk_output_status",
    "BulkOutputs": ".bulk_outputs",
    "BulkRequest": ".bulk_request",
    "BulkResponse": ".bulk_response",
    "ControlSignal": ".control_signal",
    "CostBreakdown": ".cost_breakdown",
    "CreateAgentSpanRequest": ".create_agent_span_request",
    "DataCategories": ".data_categories",
    "DataCategoryPresence": ".data_category_presence",
    "DataClassification": ".data_classification",
    "DataRisk": ".data_risk",
    "ErrorEnvelope": ".error_envelope",
    "ErrorEnvelopeErrors": ".error_envelope_errors",
    "ErrorEnvelopeStatus": ".error_envelope_status",
    "FinishInstanceRequest": ".finish_instance_request",
    "FinishSpanRequest": ".finish_span_request",
    "FinishStatus": ".finish_status",
    "InstancePurpose": ".instance_purpose",
    "JsonSchema": ".json_schema",
    "Pagination": ".pagination",
    "PingResponse": ".ping_response",
    "QualityPayload": ".quality_payload",
    "QualityPayloads": ".quality_payloads",
    "QualitySchemaForCreate": ".quality_schema_for_create",
    "QualitySummaries": ".quality_summaries",
    "RegisterAgentInstanceRequest": ".register_agent_instance_request",
    "RuntimeEnvironment": ".runtime_environment",
    "Sorting": ".sorting",
    "SortingDirection": ".sorting_direction",
    "SpanPayload": ".span_payload",
    "SpanSchemaMap": ".span_schema_map",
    "SpanTypeSchemaForCreate": ".span_type_schema_for_create",
    "SuccessStatus": ".success_status",
    "TerminateAgentInstanceRequest": ".terminate_agent_instance_request",
    "TimestampRequest": ".timestamp_request",
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
    "ActionPermission",
    "ActionProfile",
    "Agent",
    "AgentActionRequest",
    "AgentAvailableActions",
    "AgentCreateRequest",
    "AgentEnvelope",
    "AgentForCreate",
    "AgentForUpdate",
    "AgentInstance",
    "AgentInstanceCounts",
    "AgentInstanceEnvelope",
    "AgentInstanceForUpdate",
    "AgentInstanceListEnvelope",
    "AgentInstanceRecordQuality",
    "AgentInstanceSpanCounts",
    "AgentInstanceType",
    "AgentInstanceUpdateRequest",
    "AgentLifecycleStatus",
    "AgentListEnvelope",
    "AgentSchemaVersionForRegister",
    "AgentSpan",
    "AgentSpanEnvelope",
    "AgentSpanForCreate",
    "AgentSpanListEnvelope",
    "AgentSpanType",
    "AgentStatus",
    "AgentSummary",
    "AgentSummaryType",
    "AgentType",
    "AgentUpdateRequest",
    "AgentVersionForRegister",
    "BulkItem",
    "BulkOutput",
    "BulkOutputs",
    "BulkOutputStatus",
    "BulkRequest",
    "BulkResponse",
    "ControlSignal",
    "CostBreakdown",
    "CreateAgentSpanRequest",
    "DataCategories",
    "DataCategoryPresence",
    "DataClassification",
    "DataRisk",
    "ErrorEnvelope",
    "ErrorEnvelopeErrors",
    "ErrorEnvelopeStatus",
    "FinishInstanceRequest",
    "FinishSpanRequest",
    "FinishStatus",
    "InstancePurpose",
    "JsonSchema",
    "Pagination",
    "PingResponse",
    "QualityPayload",
    "QualityPayloads",
    "QualitySchemaForCreate",
    "QualitySummaries",
    "RegisterAgentInstanceRequest",
    "RuntimeEnvironment",
    "Sorting",
    "SortingDirection",
    "SpanPayload",
    "SpanSchemaMap",
    "SpanTypeSchemaForCreate",
    "SuccessStatus",
    "TerminateAgentInstanceRequest",
    "TimestampRequest",
)
