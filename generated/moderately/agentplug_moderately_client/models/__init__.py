"""Contains all the data models used in inputs/outputs

Loaded lazily (PEP 562): importing this package costs nothing until a model is used, and then
only that model's module (and the modules it refers to) are imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent import Agent
    from .agent_configuration_version import AgentConfigurationVersion
    from .agent_configuration_version_create import AgentConfigurationVersionCreate
    from .agent_configuration_version_update import AgentConfigurationVersionUpdate
    from .agent_create import AgentCreate
    from .agent_execution import AgentExecution
    from .agent_execution_config import AgentExecutionConfig
    from .agent_execution_create import AgentExecutionCreate
    from .agent_execution_page import AgentExecutionPage
    from .agent_page import AgentPage
    from .agent_thought import AgentThought
    from .agent_tool import AgentTool
    from .agent_tool_type import AgentToolType
    from .agent_update import AgentUpdate
    from .agent_with_run_stats import AgentWithRunStats
    from .api_token import ApiToken
    from .api_token_create import ApiTokenCreate
    from .api_token_creator import ApiTokenCreator
    from .api_token_details import ApiTokenDetails
    from .api_token_page import ApiTokenPage
    from .api_token_role import ApiTokenRole
    from .api_token_update import ApiTokenUpdate
    from .api_token_usage import ApiTokenUsage
    from .api_token_usage_requests_by_endpoint import ApiTokenUsageRequestsByEndpoint
    from .api_token_usage_requests_by_method import ApiTokenUsageRequestsByMethod
    from .api_token_usage_summary import ApiTokenUsageSummary
    from .artifact_block import ArtifactBlock
    from .artifact_block_config import ArtifactBlockConfig
    from .audit_action import AuditAction
    from .audit_log import AuditLog
    from .audit_log_metadata import AuditLogMetadata
    from .audit_log_page import AuditLogPage
    from .block_type_error import BlockTypeError
    from .clause_extraction_agent_block import ClauseExtractionAgentBlock
    from .clause_extraction_agent_block_config import ClauseExtractionAgentBlockConfig
    from .column_type import ColumnType
    from .compression_type import CompressionType
    from .connection_issue import ConnectionIssue
    from .constant_block import ConstantBlock
    from .constant_block_config import ConstantBlockConfig
    from .convert_dtype_operation import ConvertDtypeOperation
    from .convert_dtype_operation_parameters import ConvertDtypeOperationParameters
    from .created_api_token import CreatedApiToken
    from .custom_block import CustomBlock
    from .custom_operation import CustomOperation
    from .data_file_type import DataFileType
    from .data_version_download_link import DataVersionDownloadLink
    from .dataset import Dataset
    from .dataset_block import DatasetBlock
    from .dataset_block_config import DatasetBlockConfig
    from .dataset_create import DatasetCreate
    from .dataset_data_version import DatasetDataVersion
    from .dataset_data_version_completion import DatasetDataVersionCompletion
    from .dataset_data_version_create import DatasetDataVersionCreate
    from .dataset_data_version_page import DatasetDataVersionPage
    from .dataset_data_version_upload_ticket import DatasetDataVersionUploadTicket
    from .dataset_deletion import DatasetDeletion
    from .dataset_join import DatasetJoin
    from .dataset_join_join_type import DatasetJoinJoinType
    from .dataset_page import DatasetPage
    from .dataset_schema_version import DatasetSchemaVersion
    from .dataset_schema_version_create import DatasetSchemaVersionCreate
    from .dataset_schema_version_page import DatasetSchemaVersionPage
    from .dataset_schema_version_update import DatasetSchemaVersionUpdate
    from .dataset_summary import DatasetSummary
    from .dataset_update import DatasetUpdate
    from .download_link import DownloadLink
    from .email_authentication_start import EmailAuthenticationStart
    from .email_authentication_verification import EmailAuthenticationVerification
    from .embeddings_block import EmbeddingsBlock
    from .embeddings_block_config import EmbeddingsBlockConfig
    from .error_body import ErrorBody
    from .error_detail import ErrorDetail
    from .execution_status import ExecutionStatus
    from .execution_step import ExecutionStep
    from .extract_pattern_operation import ExtractPatternOperation
    from .extract_pattern_operation_parameters import ExtractPatternOperationParameters
    from .extract_pattern_operation_parameters_extract_type import (
        ExtractPatternOperationParametersExtractType,
    )
    from .file import File
    from .file_block import FileBlock
    from .file_block_config import FileBlockConfig
    from .file_page import FilePage
    from .file_upload_completion import FileUploadCompletion
    from .file_upload_request import FileUploadRequest
    from .file_upload_status import FileUploadStatus
    from .file_upload_ticket import FileUploadTicket
    from .final_answer import FinalAnswer
    from .health import Health
    from .identity_block import IdentityBlock
    from .identity_block_config import IdentityBlockConfig
    from .input_block import InputBlock
    from .input_block_config import InputBlockConfig
    from .join_block import JoinBlock
    from .join_block_config import JoinBlockConfig
    from .join_block_config_dataset_names import JoinBlockConfigDatasetNames
    from .join_conflict_resolution import JoinConflictResolution
    from .join_conflict_resolution_strategy import JoinConflictResolutionStrategy
    from .join_output_column import JoinOutputColumn
    from .join_output_column_type import JoinOutputColumnType
    from .json_object import JsonObject
    from .json_template_block import JsonTemplateBlock
    from .json_template_block_config import JsonTemplateBlockConfig
    from .list_agent_configuration_versions_is_current import (
        ListAgentConfigurationVersionsIsCurrent,
    )
    from .list_agent_execution_memory_states_order_by import (
        ListAgentExecutionMemoryStatesOrderBy,
    )
    from .list_agents_order_by import ListAgentsOrderBy
    from .list_api_tokens_order_by import ListApiTokensOrderBy
    from .list_audit_logs_order_by import ListAuditLogsOrderBy
    from .list_dataset_data_versions_order_by import ListDatasetDataVersionsOrderBy
    from .list_dataset_schema_versions_order_by import ListDatasetSchemaVersionsOrderBy
    from .list_datasets_order_by import ListDatasetsOrderBy
    from .list_entity_audit_logs_order_by import ListEntityAuditLogsOrderBy
    from .list_files_order_by import ListFilesOrderBy
    from .list_pipeline_configuration_versions_order_by import (
        ListPipelineConfigurationVersionsOrderBy,
    )
    from .list_pipeline_executions_order_by import ListPipelineExecutionsOrderBy
    from .list_pipelines_order_by import ListPipelinesOrderBy
    from .list_team_users_order_by import ListTeamUsersOrderBy
    from .list_teams_order_by import ListTeamsOrderBy
    from .list_user_audit_logs_order_by import ListUserAuditLogsOrderBy
    from .list_users_order_by import ListUsersOrderBy
    from .live_tail import LiveTail
    from .live_tail_execution import LiveTailExecution
    from .llm_block import LlmBlock
    from .llm_block_config import LlmBlockConfig
    from .llm_block_config_model import LlmBlockConfigModel
    from .llm_block_config_provider import LlmBlockConfigProvider
    from .llm_config import LlmConfig
    from .llm_provider import LlmProvider
    from .llm_settings import LlmSettings
    from .map_block import MapBlock
    from .map_block_config import MapBlockConfig
    from .memory_state import MemoryState
    from .memory_state_page import MemoryStatePage
    from .message_response import MessageResponse
    from .model_tier import ModelTier
    from .order_direction import OrderDirection
    from .output_block import OutputBlock
    from .output_block_config import OutputBlockConfig
    from .output_file_type import OutputFileType
    from .output_location import OutputLocation
    from .pagination import Pagination
    from .parsing_options import ParsingOptions
    from .password_login import PasswordLogin
    from .pdf_reader_block import PdfReaderBlock
    from .pdf_reader_block_config import PdfReaderBlockConfig
    from .pipeline import Pipeline
    from .pipeline_configuration import PipelineConfiguration
    from .pipeline_configuration_blocks import PipelineConfigurationBlocks
    from .pipeline_configuration_validation import PipelineConfigurationValidation
    from .pipeline_configuration_validation_request import (
        PipelineConfigurationValidationRequest,
    )
    from .pipeline_configuration_version import PipelineConfigurationVersion
    from .pipeline_configuration_version_clone import PipelineConfigurationVersionClone
    from .pipeline_configuration_version_create import (
        PipelineConfigurationVersionCreate,
    )
    from .pipeline_configuration_version_page import PipelineConfigurationVersionPage
    from .pipeline_configuration_version_update import (
        PipelineConfigurationVersionUpdate,
    )
    from .pipeline_connection import PipelineConnection
    from .pipeline_create import PipelineCreate
    from .pipeline_execution import PipelineExecution
    from .pipeline_execution_cancel import PipelineExecutionCancel
    from .pipeline_execution_create import PipelineExecutionCreate
    from .pipeline_execution_page import PipelineExecutionPage
    from .pipeline_execution_progress_data import PipelineExecutionProgressData
    from .pipeline_execution_update import PipelineExecutionUpdate
    from .pipeline_metadata import PipelineMetadata
    from .pipeline_output import PipelineOutput
    from .pipeline_page import PipelinePage
    from .pipeline_update import PipelineUpdate
    from .pipeline_with_run_stats import PipelineWithRunStats
    from .processing_status import ProcessingStatus
    from .run_statistics import RunStatistics
    from .schema_column import SchemaColumn
    from .semantic_filter_block import SemanticFilterBlock
    from .semantic_filter_block_config import SemanticFilterBlockConfig
    from .semantic_filter_block_config_filter_strategy import (
        SemanticFilterBlockConfigFilterStrategy,
    )
    from .session_token import SessionToken
    from .stored_output_metadata import StoredOutputMetadata
    from .string_template_block import StringTemplateBlock
    from .string_template_block_config import StringTemplateBlockConfig
    from .strip_whitespace_operation import StripWhitespaceOperation
    from .strip_whitespace_operation_parameters import (
        StripWhitespaceOperationParameters,
    )
    from .strip_whitespace_operation_parameters_sides import (
        StripWhitespaceOperationParametersSides,
    )
    from .team import Team
    from .team_create import TeamCreate
    from .team_page import TeamPage
    from .team_role import TeamRole
    from .team_update import TeamUpdate
    from .team_user import TeamUser
    from .team_user_page import TeamUserPage
    from .team_user_update import TeamUserUpdate
    from .text_splitter_block import TextSplitterBlock
    from .text_splitter_block_config import TextSplitterBlockConfig
    from .transform_block import TransformBlock
    from .transform_block_config import TransformBlockConfig
    from .user import User
    from .user_page import UserPage
    from .user_update import UserUpdate
    from .validate_range_operation import ValidateRangeOperation
    from .validate_range_operation_parameters import ValidateRangeOperationParameters
    from .version_status import VersionStatus
    from .who_am_i import WhoAmI
    from .zip_block import ZipBlock
    from .zip_block_config import ZipBlockConfig
    from .zip_block_config_combine_strategy import ZipBlockConfigCombineStrategy

_MODULES: dict[str, str] = {
    "Agent": ".agent",
    "AgentConfigurationVersion": ".agent_configuration_version",
    "AgentConfigurationVersionCreate": ".agent_configuration_version_create",
    "AgentConfigurationVersionUpdate": ".agent_configuration_version_update",
    "AgentCreate": ".agent_create",
    "AgentExecution": ".agent_execution",
    "AgentExecutionConfig": ".agent_execution_config",
    "AgentExecutionCreate": ".agent_execution_create",
    "AgentExecutionPage": ".agent_execution_page",
    "AgentPage": ".agent_page",
    "AgentThought": ".agent_thought",
    "AgentTool": ".agent_tool",
    "AgentToolType": ".agent_tool_type",
    "AgentUpdate": ".agent_update",
    "AgentWithRunStats": ".agent_with_run_stats",
    "ApiToken": ".api_token",
    "ApiTokenCreate": ".api_token_create",
    "ApiTokenCreator": ".api_token_creator",
    "ApiTokenDetails": ".api_token_details",
    "ApiTokenPage": ".api_token_page",
    "ApiTokenRole": ".api_token_role",
    "ApiTokenUpdate": ".api_token_update",
    "ApiTokenUsage": ".api_token_usage",
    "ApiTokenUsageRequestsByEndpoint": ".api_token_usage_requests_by_endpoint",
    "ApiTokenUsageRequestsByMethod": ".api_token_usage_requests_by_method",
    "ApiTokenUsageSummary": ".api_token_usage_summary",
    "ArtifactBlock": ".artifact_block",
    "ArtifactBlockConfig": ".artifact_block_config",
    "AuditAction": ".audit_action",
    "AuditLog": ".audit_log",
    "AuditLogMetadata": ".audit_log_metadata",
    "AuditLogPage": ".audit_log_page",
    "BlockTypeError": ".block_type_error",
    "ClauseExtractionAgentBlock": ".clause_extraction_agent_block",
    "ClauseExtractionAgentBlockConfig": ".clause_extraction_agent_block_config",
    "ColumnType": ".column_type",
    "CompressionType": ".compression_type",
    "ConnectionIssue": ".connection_issue",
    "ConstantBlock": ".constant_block",
    "ConstantBlockConfig": ".constant_block_config",
    "ConvertDtypeOperation": ".convert_dtype_operation",
    "ConvertDtypeOperationParameters": ".convert_dtype_operation_parameters",
    "CreatedApiToken": ".created_api_token",
    "CustomBlock": ".custom_block",
    "CustomOperation": ".custom_operation",
    "DataFileType": ".data_file_type",
    "DataVersionDownloadLink": ".data_version_download_link",
    "Dataset": ".dataset",
    "DatasetBlock": ".dataset_block",
    "DatasetBlockConfig": ".dataset_block_config",
    "DatasetCreate": ".dataset_create",
    "DatasetDataVersion": ".dataset_data_version",
    "DatasetDataVersionCompletion": ".dataset_data_version_completion",
    "DatasetDataVersionCreate": ".dataset_data_version_create",
    "DatasetDataVersionPage": ".dataset_data_version_page",
    "DatasetDataVersionUploadTicket": ".dataset_data_version_upload_ticket",
    "DatasetDeletion": ".dataset_deletion",
    "DatasetJoin": ".dataset_join",
    "DatasetJoinJoinType": ".dataset_join_join_type",
    "DatasetPage": ".dataset_page",
    "DatasetSchemaVersion": ".dataset_schema_version",
    "DatasetSchemaVersionCreate": ".dataset_schema_version_create",
    "DatasetSchemaVersionPage": ".dataset_schema_version_page",
    "DatasetSchemaVersionUpdate": ".dataset_schema_version_update",
    "DatasetSummary": ".dataset_summary",
    "DatasetUpdate": ".dataset_update",
    "DownloadLink": ".download_link",
    "EmailAuthenticationStart": ".email_authentication_start",
    "EmailAuthenticationVerification": ".email_authentication_verification",
    "EmbeddingsBlock": ".embeddings_block",
    "EmbeddingsBlockConfig": ".embeddings_block_config",
    "ErrorBody": ".error_body",
    "ErrorDetail": ".error_detail",
    "ExecutionStatus": ".execution_status",
    "ExecutionStep": ".execution_step",
    "ExtractPatternOperation": ".extract_pattern_operation",
    "ExtractPatternOperationParameters": ".extract_pattern_operation_parameters",
    "ExtractPatternOperationParametersExtractType": ".extract_pattern_operation_parameters_extract_type",
    "File": ".file",
    "FileBlock": ".file_block",
    "FileBlockConfig": ".file_block_config",
    "FilePage": ".file_page",
    "FileUploadCompletion": ".file_upload_completion",
    "FileUploadRequest": ".file_upload_request",
    "FileUploadStatus": ".file_upload_status",
    "FileUploadTicket": ".file_upload_ticket",
    "FinalAnswer": ".final_answer",
    "Health": ".health",
    "IdentityBlock": ".identity_block",
    "IdentityBlockConfig": ".identity_block_config",
    "InputBlock": ".input_block",
    "InputBlockConfig": ".input_block_config",
    "JoinBlock": ".join_block",
    "JoinBlockConfig": ".join_block_config",
    "JoinBlockConfigDatasetNames": ".join_block_config_dataset_names",
    "JoinConflictResolution": ".join_conflict_resolution",
    "JoinConflictResolutionStrategy": ".join_conflict_resolution_strategy",
    "JoinOutputColumn": ".join_output_column",
    "JoinOutputColumnType": ".join_output_column_type",
    "JsonObject": ".json_object",
    "JsonTemplateBlock": ".json_template_block",
    "JsonTemplateBlockConfig": ".json_template_block_config",
    "ListAgentConfigurationVersionsIsCurrent": ".list_agent_configuration_versions_is_current",
    "ListAgentExecutionMemoryStatesOrderBy": ".list_agent_execution_memory_states_order_by",
    "ListAgentsOrderBy": ".list_agents_order_by",
    "ListApiTokensOrderBy": ".list_api_tokens_order_by",
    "ListAuditLogsOrderBy": ".list_audit_logs_order_by",
    "ListDatasetDataVersionsOrderBy": ".list_dataset_data_versions_order_by",
    "ListDatasetSchemaVersionsOrderBy": ".list_dataset_schema_versions_order_by",
    "ListDatasetsOrderBy": ".list_datasets_order_by",
    "ListEntityAuditLogsOrderBy": ".list_entity_audit_logs_order_by",
    "ListFilesOrderBy": ".list_files_order_by",
    "ListPipelineConfigurationVersionsOrderBy": ".list_pipeline_configuration_versions_order_by",
    "ListPipelineExecutionsOrderBy": ".list_pipeline_executions_order_by",
    "ListPipelinesOrderBy": ".list_pipelines_order_by",
    "ListTeamUsersOrderBy": ".list_team_users_order_by",
    "ListTeamsOrderBy": ".list_teams_order_by",
    "ListUserAuditLogsOrderBy": ".list_user_audit_logs_order_by",
    "ListUsersOrderBy": ".list_users_order_by",
    "LiveTail": ".live_tail",
    "LiveTailExecution": ".live_tail_execution",
    "LlmBlock": ".llm_block",
    "LlmBlockConfig": ".llm_block_config",
    "LlmBlockConfigModel": ".llm_block_config_model",
    "LlmBlockConfigProvider": ".llm_block_config_provider",
    "LlmConfig": ".llm_config",
    "LlmProvider": ".llm_provider",
    "LlmSettings": ".llm_settings",
    "MapBlock": ".map_block",
    "MapBlockConfig": ".map_block_config",
    "MemoryState": ".memory_state",
    "MemoryStatePage": ".memory_state_page",
    "MessageResponse": ".message_response",
    "ModelTier": ".model_tier",
    "OrderDirection": ".order_direction",
    "OutputBlock": ".output_block",
    "OutputBlockConfig": ".output_block_config",
    "OutputFileType": ".output_file_type",
    "OutputLocation": ".output_location",
    "Pagination": ".pagination",
    "ParsingOptions": ".parsing_options",
    "PasswordLogin": ".password_login",
    "PdfReaderBlock": ".pdf_reader_block",
    "PdfReaderBlockConfig": ".pdf_reader_block_config",
    "Pipeline": ".pipeline",
    "PipelineConfiguration": ".pipeline_configuration",
    "PipelineConfigurationBlocks": ".pipeline_configuration_blocks",
    "PipelineConfigurationValidation": ".pipeline_configuration_validation",
    "PipelineConfigurationValidationRequest": ".pipeline_configuration_validation_request",
    "PipelineConfigurationVersion": ".pipeline_configuration_version",
    "PipelineConfigurationVersionClone": ".pipeline_configuration_version_clone",
    "PipelineConfigurationVersionCreate": ".pipeline_configuration_version_create",
    "PipelineConfigurationVersionPage": ".pipeline_configuration_version_page",
    "PipelineConfigurationVersionUpdate": ".pipeline_configuration_version_update",
    "PipelineConnection": ".pipeline_connection",
    "PipelineCreate": ".pipeline_create",
    "PipelineExecution": ".pipeline_execution",
    "PipelineExecutionCancel": ".pipeline_execution_cancel",
    "PipelineExecutionCreate": ".pipeline_execution_create",
    "PipelineExecutionPage": ".pipeline_execution_page",
    "PipelineExecutionProgressData": ".pipeline_execution_progress_data",
    "PipelineExecutionUpdate": ".pipeline_execution_update",
    "PipelineMetadata": ".pipeline_metadata",
    "PipelineOutput": ".pipeline_output",
    "PipelinePage": ".pipeline_page",
    "PipelineUpdate": ".pipeline_update",
    "PipelineWithRunStats": ".pipeline_with_run_stats",
    "ProcessingStatus": ".processing_status",
    "RunStatistics": ".run_statistics",
    "SchemaColumn": ".schema_column",
    "SemanticFilterBlock": ".semantic_filter_block",
    "SemanticFilterBlockConfig": ".semantic_filter_block_config",
    "SemanticFilterBlockConfigFilterStrategy": ".semantic_filter_block_config_filter_strategy",
    "SessionToken": ".session_token",
    "StoredOutputMetadata": ".stored_output_metadata",
    "StringTemplateBlock": ".string_template_block",
    "StringTemplateBlockConfig": ".string_template_block_config",
    "StripWhitespaceOperation": ".strip_whitespace_operation",
    "StripWhitespaceOperationParameters": ".strip_whitespace_operation_parameters",
    "StripWhitespaceOperationParametersSides": ".strip_whitespace_operation_parameters_sides",
    "Team": ".team",
    "TeamCreate": ".team_create",
    "TeamPage": ".team_page",
    "TeamRole": ".team_role",
    "TeamUpdate": ".team_update",
    "TeamUser": ".team_user",
    "TeamUserPage": ".team_user_page",
    "TeamUserUpdate": ".team_user_update",
    "TextSplitterBlock": ".text_splitter_block",
    "TextSplitterBlockConfig": ".text_splitter_block_config",
    "TransformBlock": ".transform_block",
    "TransformBlockConfig": ".transform_block_config",
    "User": ".user",
    "UserPage": ".user_page",
    "UserUpdate": ".user_update",
    "ValidateRangeOperation": ".validate_range_operation",
    "ValidateRangeOperationParameters": ".validate_range_operation_parameters",
    "VersionStatus": ".version_status",
    "WhoAmI": ".who_am_i",
    "ZipBlock": ".zip_block",
    "ZipBlockConfig": ".zip_block_config",
    "ZipBlockConfigCombineStrategy": ".zip_block_config_combine_strategy",
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
    "AgentConfigurationVersion",
    "AgentConfigurationVersionCreate",
    "AgentConfigurationVersionUpdate",
    "AgentCreate",
    "AgentExecution",
    "AgentExecutionConfig",
    "AgentExecutionCreate",
    "AgentExecutionPage",
    "AgentPage",
    "AgentThought",
    "AgentTool",
    "AgentToolType",
    "AgentUpdate",
    "AgentWithRunStats",
    "ApiToken",
    "ApiTokenCreate",
    "ApiTokenCreator",
    "ApiTokenDetails",
    "ApiTokenPage",
    "ApiTokenRole",
    "ApiTokenUpdate",
    "ApiTokenUsage",
    "ApiTokenUsageRequestsByEndpoint",
    "ApiTokenUsageRequestsByMethod",
    "ApiTokenUsageSummary",
    "ArtifactBlock",
    "ArtifactBlockConfig",
    "AuditAction",
    "AuditLog",
    "AuditLogMetadata",
    "AuditLogPage",
    "BlockTypeError",
    "ClauseExtractionAgentBlock",
    "ClauseExtractionAgentBlockConfig",
    "ColumnType",
    "CompressionType",
    "ConnectionIssue",
    "ConstantBlock",
    "ConstantBlockConfig",
    "ConvertDtypeOperation",
    "ConvertDtypeOperationParameters",
    "CreatedApiToken",
    "CustomBlock",
    "CustomOperation",
    "DataFileType",
    "Dataset",
    "DatasetBlock",
    "DatasetBlockConfig",
    "DatasetCreate",
    "DatasetDataVersion",
    "DatasetDataVersionCompletion",
    "DatasetDataVersionCreate",
    "DatasetDataVersionPage",
    "DatasetDataVersionUploadTicket",
    "DatasetDeletion",
    "DatasetJoin",
    "DatasetJoinJoinType",
    "DatasetPage",
    "DatasetSchemaVersion",
    "DatasetSchemaVersionCreate",
    "DatasetSchemaVersionPage",
    "DatasetSchemaVersionUpdate",
    "DatasetSummary",
    "DatasetUpdate",
    "DataVersionDownloadLink",
    "DownloadLink",
    "EmailAuthenticationStart",
    "EmailAuthenticationVerification",
    "EmbeddingsBlock",
    "EmbeddingsBlockConfig",
    "ErrorBody",
    "ErrorDetail",
    "ExecutionStatus",
    "ExecutionStep",
    "ExtractPatternOperation",
    "ExtractPatternOperationParameters",
    "ExtractPatternOperationParametersExtractType",
    "File",
    "FileBlock",
    "FileBlockConfig",
    "FilePage",
    "FileUploadCompletion",
    "FileUploadRequest",
    "FileUploadStatus",
    "FileUploadTicket",
    "FinalAnswer",
    "Health",
    "IdentityBlock",
    "IdentityBlockConfig",
    "InputBlock",
    "InputBlockConfig",
    "JoinBlock",
    "JoinBlockConfig",
    "JoinBlockConfigDatasetNames",
    "JoinConflictResolution",
    "JoinConflictResolutionStrategy",
    "JoinOutputColumn",
    "JoinOutputColumnType",
    "JsonObject",
    "JsonTemplateBlock",
    "JsonTemplateBlockConfig",
    "ListAgentConfigurationVersionsIsCurrent",
    "ListAgentExecutionMemoryStatesOrderBy",
    "ListAgentsOrderBy",
    "ListApiTokensOrderBy",
    "ListAuditLogsOrderBy",
    "ListDatasetDataVersionsOrderBy",
    "ListDatasetSchemaVersionsOrderBy",
    "ListDatasetsOrderBy",
    "ListEntityAuditLogsOrderBy",
    "ListFilesOrderBy",
    "ListPipelineConfigurationVersionsOrderBy",
    "ListPipelineExecutionsOrderBy",
    "ListPipelinesOrderBy",
    "ListTeamsOrderBy",
    "ListTeamUsersOrderBy",
    "ListUserAuditLogsOrderBy",
    "ListUsersOrderBy",
    "LiveTail",
    "LiveTailExecution",
    "LlmBlock",
    "LlmBlockConfig",
    "LlmBlockConfigModel",
    "LlmBlockConfigProvider",
    "LlmConfig",
    "LlmProvider",
    "LlmSettings",
    "MapBlock",
    "MapBlockConfig",
    "MemoryState",
    "MemoryStatePage",
    "MessageResponse",
    "ModelTier",
    "OrderDirection",
    "OutputBlock",
    "OutputBlockConfig",
    "OutputFileType",
    "OutputLocation",
    "Pagination",
    "ParsingOptions",
    "PasswordLogin",
    "PdfReaderBlock",
    "PdfReaderBlockConfig",
    "Pipeline",
    "PipelineConfiguration",
    "PipelineConfigurationBlocks",
    "PipelineConfigurationValidation",
    "PipelineConfigurationValidationRequest",
    "PipelineConfigurationVersion",
    "PipelineConfigurationVersionClone",
    "PipelineConfigurationVersionCreate",
    "PipelineConfigurationVersionPage",
    "PipelineConfigurationVersionUpdate",
    "PipelineConnection",
    "PipelineCreate",
    "PipelineExecution",
    "PipelineExecutionCancel",
    "PipelineExecutionCreate",
    "PipelineExecutionPage",
    "PipelineExecutionProgressData",
    "PipelineExecutionUpdate",
    "PipelineMetadata",
    "PipelineOutput",
    "PipelinePage",
    "PipelineUpdate",
    "PipelineWithRunStats",
    "ProcessingStatus",
    "RunStatistics",
    "SchemaColumn",
    "SemanticFilterBlock",
    "SemanticFilterBlockConfig",
    "SemanticFilterBlockConfigFilterStrategy",
    "SessionToken",
    "StoredOutputMetadata",
    "StringTemplateBlock",
    "StringTemplateBlockConfig",
    "StripWhitespaceOperation",
    "StripWhitespaceOperationParameters",
    "StripWhitespaceOperationParametersSides",
    "Team",
    "TeamCreate",
    "TeamPage",
    "TeamRole",
    "TeamUpdate",
    "TeamUser",
    "TeamUserPage",
    "TeamUserUpdate",
    "TextSplitterBlock",
    "TextSplitterBlockConfig",
    "TransformBlock",
    "TransformBlockConfig",
    "User",
    "UserPage",
    "UserUpdate",
    "ValidateRangeOperation",
    "ValidateRangeOperationParameters",
    "VersionStatus",
    "WhoAmI",
    "ZipBlock",
    "ZipBlockConfig",
    "ZipBlockConfigCombineStrategy",
)
