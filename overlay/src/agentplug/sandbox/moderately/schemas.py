"""JSON Schemas of the request bodies the sandbox accepts (its own reading of the API)."""

from __future__ import annotations

from typing import Any

__all__ = ["BODIES", "KNOWN_BLOCK_CONFIGS"]

Schema = dict[str, Any]


def _obj(required: dict[str, Schema], optional: dict[str, Schema] | None = None) -> Schema:
    return {"type": "object", "properties": {**required, **(optional or {})}, "required": list(required)}


def _str(minimum: int = 0, maximum: int | None = None, **extra: Any) -> Schema:
    schema: Schema = {"type": "string", **extra}
    if minimum:
        schema["minLength"] = minimum
    if maximum is not None:
        schema["maxLength"] = maximum
    return schema


def _nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


def _int(minimum: int | None = 0, maximum: int | None = None) -> Schema:
    schema: Schema = {"type": "integer"}
    if minimum is not None:
        schema["minimum"] = minimum
    if maximum is not None:
        schema["maximum"] = maximum
    return schema


_ID = _str(1)
_NAME = _str(1, 255)
_BOOL: Schema = {"type": "boolean"}
_OBJECT: Schema = {"type": "object"}
_TIMESTAMP = _nullable(_str(format="date-time"))
_VERSION_STATUS: Schema = {"type": "string", "enum": ["draft", "current", "archived"]}
_EXECUTION_STATUS: Schema = {
    "type": "string",
    "enum": ["pending", "running", "completed", "failed", "cancelled", "paused"],
}

_LLM_SETTINGS = _obj(
    {
        "provider": {"type": "string", "enum": ["vertexai", "anthropic", "openai"]},
        "model_tier": {"type": "string", "enum": ["large", "medium", "small"]},
    },
    {"model": _str(), "enable_reasoning": _BOOL, "model_config": _OBJECT},
)
_LLM_CONFIG = _obj(
    {}, {"thought_llm": _LLM_SETTINGS, "fact_extraction_llm": _LLM_SETTINGS, "planner_llm": _LLM_SETTINGS}
)
# The tool list is long and grows; the sandbox accepts any tool name.
_TOOLS: Schema = {"type": "array", "items": _obj({"type": _str(1)}, {"config": _OBJECT})}
_EXECUTION_CONFIG = _obj(
    {},
    {"max_actions": _int(), "planning_interval": _int(), "feedback_rounds": _int(), "timeout_minutes": _int()},
)

_OPERATION = _obj({"type": _str()}, {"parameters": _OBJECT})
_COLUMN = _obj(
    {"name": _str(1), "type": _str(), "nullable": _BOOL},
    {
        "pos": _int(),
        "source": _str(),
        "transformExpr": _nullable(_str()),
        "description": _nullable(_str()),
        "operations": {"type": "array", "items": _OPERATION},
    },
)
_PARSING = _obj(
    {},
    {
        "skipRows": {"anyOf": [_int(), {"type": "array", "items": _int()}]},
        "headerRow": _int(),
        "delimiter": _str(),
        "encoding": _str(),
    },
)

# Config keys each known block type requires; other types are accepted as they come.
KNOWN_BLOCK_CONFIGS: dict[str, tuple[str, ...]] = {
    "constant": (),
    "input": ("json_schema",),
    "output": (),
    "dataset": ("dataset_id",),
    "file": (),
    "artifact": (),
    "identity": (),
    "zip": (),
    "map": ("target_block_type",),
    "join": ("base_dataset", "joins", "output_columns"),
    "llm": ("provider",),
    "embeddings": (),
    "semantic_filter": (),
    "clause_extraction_agent": ("instructions",),
    "string_template": ("template",),
    "text_splitter": (),
    "transform": ("operations",),
    "pdf_reader": (),
    "json_template": ("template",),
}
_BLOCK = _obj({"id": _str(), "type": _str(), "config": _OBJECT})
_CONFIGURATION = _obj(
    {"id": _str(), "name": _str(), "blocks": {"type": "object", "additionalProperties": _BLOCK}},
    {
        "description": _str(),
        "version": _str(),
        "connections": {
            "type": "array",
            "items": _obj(
                {"source_block_id": _str(), "source_port": _str(), "target_block_id": _str(), "target_port": _str()}
            ),
        },
        "metadata": _OBJECT,
    },
)

_ACV_FIELDS: dict[str, Schema] = {
    "instructions": _str(1),
    "inputSchema": {},
    "outputSchema": {},
    "systemPrompt": _nullable(_str()),
    "llmConfig": _LLM_CONFIG,
    "toolConfig": _TOOLS,
    "executionConfig": _EXECUTION_CONFIG,
}

BODIES: dict[str, Schema] = {
    "user_update": _obj({"fullName": _NAME}),
    "team_create": _obj({"name": _NAME}),
    "team_update": _obj({}, {"name": _NAME}),
    "team_user_update": _obj({}, {"isDefault": _BOOL, "role": {"type": "string", "enum": ["admin", "member"]}}),
    "agent_create": _obj({"teamId": _ID, "name": _NAME}, {"description": _nullable(_str(0, 1000))}),
    "agent_update": _obj({}, {"name": _NAME, "description": _nullable(_str(0, 1000))}),
    "acv_create": _obj({"agentId": _ID, **_ACV_FIELDS, "versionNumber": _int(), "isCurrent": _BOOL}),
    "acv_update": _obj({}, {**_ACV_FIELDS, "isCurrent": _nullable(_BOOL)}),
    "agent_execution_create": _obj(
        {"agentConfigurationVersionId": _ID, "agentInput": _OBJECT, "agentInputSummary": _str(1, 500)},
        {
            "agentInputSchema": {},
            "agentOutputSchema": {},
            "maxActions": _nullable(_int(1, 100)),
            "planningInterval": _nullable(_int(1, 50)),
        },
    ),
    "file_upload": _obj(
        {
            "fileName": _str(1, 1000),
            "fileSize": _int(),
            "fileHash": _str(1, 255),
            "mimeType": _str(1, 255),
            "teamId": _ID,
        },
        {"metadata": _OBJECT},
    ),
    "file_complete": _obj({"fileSize": _int(), "fileHash": _str(1, 255)}),
    "dataset_create": _obj({"teamId": _ID, "name": _NAME}, {"description": _nullable(_str(0, 10000))}),
    "dataset_update": _obj({}, {"name": _NAME, "description": _str(0, 10000), "shouldProcess": _BOOL}),
    "schema_version_create": _obj(
        {"datasetId": _ID, "columns": {"type": "array", "items": _COLUMN}},
        {"status": _VERSION_STATUS, "parsingOptions": _PARSING},
    ),
    "schema_version_update": _obj(
        {}, {"status": _VERSION_STATUS, "columns": {"type": "array", "items": _COLUMN}, "parsingOptions": _PARSING}
    ),
    "data_version_create": _obj(
        {"datasetId": _ID, "fileType": {"type": "string", "enum": ["csv", "xlsx"]}, "fileName": _str(1, 255)},
        {"status": _VERSION_STATUS},
    ),
    "empty": _OBJECT,
    "pipeline_create": _obj({"teamId": _ID, "name": _NAME}, {"description": _nullable(_str(0, 1000))}),
    "pipeline_update": _obj({}, {"name": _NAME, "description": _nullable(_str(0, 1000))}),
    "pcv_create": _obj({"pipelineId": _ID, "configuration": _CONFIGURATION}, {"status": _VERSION_STATUS}),
    "pcv_update": _obj({}, {"configuration": _CONFIGURATION, "status": _VERSION_STATUS}),
    "pcv_validate": _obj({"configuration": _OBJECT}),
    "pipeline_execution_create": _obj(
        {"pipelineConfigurationVersionId": _ID, "pipelineInput": _OBJECT, "pipelineInputSummary": _str(0, 1000)},
        {"currentStep": _int(), "totalSteps": _int()},
    ),
    "pipeline_execution_update": _obj(
        {},
        {
            "pipelineOutput": _nullable(_OBJECT),
            "pipelineOutputSummary": _nullable(_str(0, 1000)),
            "status": _EXECUTION_STATUS,
            "progressData": _OBJECT,
            "currentStep": _int(),
            "totalSteps": _int(),
            "startedAt": _TIMESTAMP,
            "completedAt": _TIMESTAMP,
            "failedAt": _TIMESTAMP,
            "cancelledAt": _TIMESTAMP,
            "pausedAt": _TIMESTAMP,
        },
    ),
    "pipeline_execution_cancel": _obj({}, {"reason": _str(0, 500)}),
    "token_create": _obj(
        {"teamId": _ID, "name": _NAME},
        {"role": {"type": "string", "enum": ["member", "admin", "readonly"]}, "expiresAt": _TIMESTAMP},
    ),
    "token_update": _obj({}, {"name": _NAME, "expiresAt": _TIMESTAMP, "isActive": _BOOL}),
    "email_start": _obj({"email": _str(format="email")}),
    "email_verify": _obj({"token": _str(1)}),
    "login": _obj({"email": _str(format="email"), "password": _str(1)}),
}
