"""The sandbox's own statement of the ACP 0.2.3 request bodies, as JSON Schema.

Written from the protocol's documentation rather than loaded from the project's spec file,
so that the sandbox stays an independent implementation (the tests check its responses
against the spec).
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AGENT_SEARCH",
    "ANY_VALUE",
    "RESUME_PAYLOAD",
    "RUN_CREATE_STATEFUL",
    "RUN_CREATE_STATELESS",
    "RUN_SEARCH",
    "THREAD_CREATE",
    "THREAD_PATCH",
    "THREAD_SEARCH",
]

Schema = dict[str, Any]

ANY_VALUE: Schema = {"not": {"type": "null"}}
_OBJECT: Schema = {"type": "object"}
_UUID: Schema = {"type": "string", "format": "uuid"}
_LIMIT: Schema = {"type": "integer", "minimum": 1, "maximum": 1000}
_OFFSET: Schema = {"type": "integer", "minimum": 0}
_RUN_STATUS: Schema = {"type": "string", "enum": ["pending", "error", "success", "timeout", "interrupted"]}
_THREAD_STATUS: Schema = {"type": "string", "enum": ["idle", "busy", "interrupted", "error"]}
_STREAM_MODE: Schema = {"type": "string", "enum": ["values", "custom"]}

_CONTENT_BLOCK: Schema = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string"}}}
MESSAGE: Schema = {
    "type": "object",
    "required": ["role", "content"],
    "properties": {
        "role": {"type": "string"},
        "content": {"anyOf": [{"type": "string"}, {"type": "array", "items": _CONTENT_BLOCK}]},
        "id": {"type": "string"},
        "metadata": _OBJECT,
    },
}

AGENT_SEARCH: Schema = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "version": {"type": "string"}, "limit": _LIMIT, "offset": _OFFSET},
}

_RUN_CREATE_PROPERTIES: Schema = {
    "agent_id": {"type": "string"},
    "input": ANY_VALUE,
    "metadata": _OBJECT,
    "config": {
        "type": "object",
        "properties": {
            "tags": {"type": "array", "items": {"type": "string"}},
            "recursion_limit": {"type": "integer"},
            "configurable": ANY_VALUE,
        },
    },
    "webhook": {"type": "string", "format": "uri", "minLength": 1, "maxLength": 65536},
    "stream_mode": {"anyOf": [{"type": "array", "items": _STREAM_MODE}, _STREAM_MODE, {"type": "null"}]},
    "on_disconnect": {"type": "string", "enum": ["cancel", "continue"]},
    "multitask_strategy": {"type": "string", "enum": ["reject", "rollback", "interrupt", "enqueue"]},
    "after_seconds": {"type": "integer"},
}

RUN_CREATE_STATELESS: Schema = {
    "type": "object",
    "properties": {**_RUN_CREATE_PROPERTIES, "on_completion": {"type": "string", "enum": ["delete", "keep"]}},
}

RUN_CREATE_STATEFUL: Schema = {
    "type": "object",
    "properties": {
        **_RUN_CREATE_PROPERTIES,
        "stream_subgraphs": {"type": "boolean"},
        "if_not_exists": {"type": "string", "enum": ["create", "reject"]},
    },
}

RUN_SEARCH: Schema = {
    "type": "object",
    "properties": {
        "agent_id": _UUID,
        "status": _RUN_STATUS,
        "metadata": _OBJECT,
        "limit": _LIMIT,
        "offset": _OFFSET,
    },
}

RESUME_PAYLOAD: Schema = ANY_VALUE

_CHECKPOINT: Schema = {"type": "object", "required": ["checkpoint_id"], "properties": {"checkpoint_id": _UUID}}

THREAD_CREATE: Schema = {
    "type": "object",
    "properties": {
        "thread_id": _UUID,
        "metadata": _OBJECT,
        "if_exists": {"type": "string", "enum": ["raise", "do_nothing"]},
    },
}

THREAD_PATCH: Schema = {
    "type": "object",
    "properties": {
        "checkpoint": _CHECKPOINT,
        "metadata": _OBJECT,
        "values": ANY_VALUE,
        "messages": {"type": "array", "items": MESSAGE},
    },
}

THREAD_SEARCH: Schema = {
    "type": "object",
    "properties": {
        "metadata": _OBJECT,
        "values": _OBJECT,
        "status": _THREAD_STATUS,
        "limit": _LIMIT,
        "offset": _OFFSET,
    },
}
