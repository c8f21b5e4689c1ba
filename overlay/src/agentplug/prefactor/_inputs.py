"""Typed inputs to request bodies: models, builders or plain mappings, checked before sending."""

from __future__ import annotations

import platform
import sys
from collections.abc import Mapping
from typing import Any, TypeAlias

from agentplug import __version__
from agentplug.errors import ConfigurationError

from ._builders import SchemaVersionBuilder
from ._models import AgentSchemaVersionForRegister, AgentVersionForRegister

__all__ = ["AgentVersionInput", "SchemaVersionInput", "agent_version_body", "object_body", "schema_version_body"]

AgentVersionInput: TypeAlias = AgentVersionForRegister | Mapping[str, Any] | str | None
SchemaVersionInput: TypeAlias = AgentSchemaVersionForRegister | SchemaVersionBuilder | Mapping[str, Any] | None


def runtime_environment() -> dict[str, Any]:
    implementation = platform.python_implementation().lower()
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    return {"os": sys.platform, "runtime": f"{implementation}@{version}", "prefactor_sdk": [f"agentplug@{__version__}"]}


def object_body(value: Any, name: str) -> dict[str, Any]:
    """A JSON object from a generated model (`to_dict`) or a mapping."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, dict):
            return data
    if isinstance(value, Mapping):
        return dict(value)
    raise ConfigurationError(f"{name} must be a model or a mapping, got {type(value).__name__}")


def agent_version_body(value: AgentVersionInput) -> dict[str, Any]:
    """`agent_version`: a model, a mapping, a name, or None (named "default"); runtime filled in."""
    if value is None:
        body: dict[str, Any] = {"name": "default"}
    elif isinstance(value, str):
        body = {"name": value}
    else:
        body = object_body(value, "agent_version")
    body.setdefault("runtime_environment", runtime_environment())
    return body


def schema_version_body(value: SchemaVersionInput) -> dict[str, Any]:
    """`agent_schema_version`: a model, a builder, a mapping or None (an empty, stable schema version)."""
    if value is None:
        return SchemaVersionBuilder().to_dict()
    if isinstance(value, SchemaVersionBuilder):
        return value.to_dict()
    return object_body(value, "agent_schema_version")
