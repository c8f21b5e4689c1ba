"""Checking a pipeline configuration without saving it, and the JSON Schema configurations follow."""

from __future__ import annotations

from typing import Any

from .schemas import KNOWN_BLOCK_CONFIGS

__all__ = ["CONFIGURATION_SCHEMA", "validate_configuration"]


def _block_error(block_id: str, block_type: str, error_type: str, message: str) -> dict[str, Any]:
    return {
        "type": "block_type_error",
        "blockId": block_id,
        "blockType": block_type,
        "errorType": error_type,
        "message": message,
    }


def _connection_issue(index: int, link: dict[str, Any], error_type: str, message: str) -> dict[str, Any]:
    return {
        "type": "connection_error",
        "connectionId": f"connection-{index}",
        "sourceBlockId": str(link.get("source_block_id", "")),
        "sourcePort": str(link.get("source_port", "")),
        "targetBlockId": str(link.get("target_block_id", "")),
        "targetPort": str(link.get("target_port", "")),
        "errorType": error_type,
        "message": message,
    }


def _blocks(configuration: dict[str, Any], errors: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    raw = configuration.get("blocks")
    if not isinstance(raw, dict):
        errors.append(_block_error("", "", "missing_blocks", "the configuration has no blocks object"))
        return {}
    blocks: dict[str, dict[str, Any]] = {}
    for block_id, block in raw.items():
        if not isinstance(block, dict):
            errors.append(_block_error(str(block_id), "", "invalid_block", "a block must be an object"))
            continue
        block_type = str(block.get("type", ""))
        config = block.get("config")
        if block_type not in KNOWN_BLOCK_CONFIGS:
            errors.append(_block_error(block_id, block_type, "unknown_block_type", f"unknown type {block_type!r}"))
        elif not isinstance(config, dict):
            errors.append(_block_error(block_id, block_type, "invalid_config", "config must be an object"))
        else:
            for name in KNOWN_BLOCK_CONFIGS[block_type]:
                if name not in config:
                    errors.append(_block_error(block_id, block_type, "missing_config", f"config.{name} is required"))
        blocks[str(block_id)] = block
    return blocks


def _schema_of(blocks: dict[str, dict[str, Any]], block_type: str, key: str) -> dict[str, Any] | None:
    for block in blocks.values():
        config = block.get("config")
        if block.get("type") == block_type and isinstance(config, dict) and isinstance(config.get(key), dict):
            found: dict[str, Any] = config[key]
            return found
    return None


def validate_configuration(configuration: dict[str, Any]) -> dict[str, Any]:
    """Findings for a configuration: unknown or incomplete blocks, dangling or unused connections."""
    errors: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    blocks = _blocks(configuration, errors)
    links = configuration.get("connections") or []
    connected: set[str] = set()
    for index, link in enumerate(links if isinstance(links, list) else []):
        if not isinstance(link, dict):
            continue
        for end in ("source_block_id", "target_block_id"):
            if link.get(end) not in blocks:
                errors.append(_connection_issue(index, link, "unknown_block", f"{end} names no block"))
        if link.get("source_block_id") == link.get("target_block_id"):
            warnings.append(_connection_issue(index, link, "self_loop", "a block feeds itself"))
        connected.update(str(link.get(end)) for end in ("source_block_id", "target_block_id"))
    if len(blocks) > 1:
        for block_id in blocks:
            if block_id not in connected:
                warnings.append(_connection_issue(-1, {"source_block_id": block_id}, "unconnected", "block is unused"))
    return {
        "valid": not errors,
        "errors": errors,
        "warnings": warnings,
        "inputSchema": _schema_of(blocks, "input", "json_schema"),
        "outputSchema": _schema_of(blocks, "output", "json_schema"),
    }


CONFIGURATION_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "PipelineConfiguration",
    "type": "object",
    "required": ["id", "name", "blocks"],
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "version": {"type": "string", "default": "1.0.0"},
        "blocks": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "required": ["id", "type", "config"],
                "properties": {
                    "id": {"type": "string"},
                    "type": {"enum": sorted(KNOWN_BLOCK_CONFIGS)},
                    "config": {"type": "object"},
                },
            },
        },
        "connections": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["source_block_id", "source_port", "target_block_id", "target_port"],
                "properties": {
                    name: {"type": "string"}
                    for name in ("source_block_id", "source_port", "target_block_id", "target_port")
                },
            },
        },
        "metadata": {"type": "object"},
    },
}
