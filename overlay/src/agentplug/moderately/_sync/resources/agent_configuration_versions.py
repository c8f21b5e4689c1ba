# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Agent configuration versions: what an agent execution runs (instructions, schemas, LLM and tools)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from agentplug_moderately_client.models import (
    AgentConfigurationVersion,
    AgentConfigurationVersionCreate,
    AgentConfigurationVersionUpdate,
)
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations

from ..._params import IdList, id_list, query
from ._base import Resource

(
    create_agent_configuration_version,
    get_agent_configuration_version,
    list_agent_configuration_versions,
    update_agent_configuration_version,
) = lazy_operations(
    "agentplug_moderately_client.api.agent_configuration_versions",
    "create_agent_configuration_version",
    "get_agent_configuration_version",
    "list_agent_configuration_versions",
    "update_agent_configuration_version",
)

__all__ = ["AgentConfigurationVersions"]

_OBJECT_SCHEMA: dict[str, Any] = {"type": "object"}


def _version_list(data: Any) -> builtins.list[AgentConfigurationVersion]:
    # This list answers a bare JSON array (no pagination).
    if not isinstance(data, builtins.list):
        raise TypeError(f"expected a JSON array, got {type(data).__name__}")
    return [AgentConfigurationVersion.from_dict(item) for item in data]


class AgentConfigurationVersions(Resource):
    """Agent configuration versions (`client.agent_configuration_versions`)."""

    def list(
        self,
        *,
        agent_ids: IdList | None = None,
        agent_configuration_version_ids: IdList | None = None,
        version_numbers: IdList | Sequence[int] | None = None,
        is_current: bool | None = None,
        **extra: Any,
    ) -> builtins.list[AgentConfigurationVersion]:
        """Every matching version (this list is not paged)."""
        numbers = version_numbers
        if numbers is not None and not isinstance(numbers, str):
            numbers = [str(number) for number in numbers]
        params = query(
            agent_ids=id_list(agent_ids, "agent_ids"),
            agent_configuration_version_ids=id_list(agent_configuration_version_ids, "agent_configuration_version_ids"),
            version_numbers=id_list(numbers, "version_numbers"),
            is_current=is_current,
        )
        return self._api.call(_version_list, list_agent_configuration_versions, {**params, **extra})

    def retrieve(self, agent_configuration_version_id: str, **extra: Any) -> AgentConfigurationVersion:
        """One configuration version by id (NotFoundError when there is none)."""
        arguments = {"agent_configuration_version_id": agent_configuration_version_id, **extra}
        return self._api.call(AgentConfigurationVersion.from_dict, get_agent_configuration_version, arguments)

    def create(
        self,
        *,
        agent_id: str,
        instructions: str,
        input_schema: Any = None,
        output_schema: Any = None,
        system_prompt: str | None = None,
        llm_config: Mapping[str, Any] | None = None,
        tool_config: Sequence[Mapping[str, Any]] = (),
        execution_config: Mapping[str, Any] | None = None,
        version_number: int | None = None,
        is_current: bool = True,
        **options: Unpack[CallOptions],
    ) -> AgentConfigurationVersion:
        """A new configuration version; `version_number` defaults to one past the agent's highest."""
        if version_number is None:
            existing = self.list(agent_ids=agent_id)
            version_number = max((int(version.version_number) for version in existing), default=-1) + 1
        body = AgentConfigurationVersionCreate(
            agent_id=agent_id,
            instructions=instructions,
            input_schema=_OBJECT_SCHEMA if input_schema is None else input_schema,
            output_schema=_OBJECT_SCHEMA if output_schema is None else output_schema,
            system_prompt=system_prompt,
            llm_config=dict(llm_config or {}),  # type: ignore[arg-type]  # a JSON object passes as it is
            tool_config=[dict(tool) for tool in tool_config],  # type: ignore[misc]
            execution_config=dict(execution_config or {}),  # type: ignore[arg-type]
            version_number=version_number,
            is_current=is_current,
        )
        return self._api.call(AgentConfigurationVersion.from_dict, create_agent_configuration_version, {"body": body})

    def update(
        self,
        agent_configuration_version_id: str,
        *,
        instructions: str | None = None,
        input_schema: Any = None,
        output_schema: Any = None,
        system_prompt: str | None = None,
        llm_config: Mapping[str, Any] | None = None,
        tool_config: Sequence[Mapping[str, Any]] | None = None,
        execution_config: Mapping[str, Any] | None = None,
        is_current: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> AgentConfigurationVersion:
        """Change a version; answers it as stored (the API's PATCH answers no body)."""
        body = given(
            AgentConfigurationVersionUpdate,
            instructions=instructions,
            input_schema=input_schema,
            output_schema=output_schema,
            system_prompt=system_prompt,
            llm_config=dict(llm_config) if llm_config is not None else None,
            tool_config=[dict(tool) for tool in tool_config] if tool_config is not None else None,
            execution_config=dict(execution_config) if execution_config is not None else None,
            is_current=is_current,
        )
        arguments = {"agent_configuration_version_id": agent_configuration_version_id, "body": body}
        self._api.send(update_agent_configuration_version, arguments)
        return self.retrieve(agent_configuration_version_id)
