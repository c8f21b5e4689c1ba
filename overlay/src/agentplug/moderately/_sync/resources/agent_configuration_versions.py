# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Agent configuration versions: what an agent execution runs (instructions, schemas, LLM and tools)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from agentplug_moderately_client.models import AgentConfigurationVersion

from ..._params import IdList, compact, id_list, query
from ._base import Resource

__all__ = ["AgentConfigurationVersions"]

_OBJECT_SCHEMA: dict[str, Any] = {"type": "object"}


def _version_list(data: Any) -> builtins.list[AgentConfigurationVersion]:
    # This list answers a bare JSON array (no pagination).
    if not isinstance(data, builtins.list):
        raise TypeError(f"expected a JSON array, got {type(data).__name__}")
    return [AgentConfigurationVersion.from_dict(item) for item in data]


class AgentConfigurationVersions(Resource):
    def list(
        self,
        *,
        agent_ids: IdList | None = None,
        agent_configuration_version_ids: IdList | None = None,
        version_numbers: IdList | Sequence[int] | None = None,
        is_current: bool | None = None,
    ) -> builtins.list[AgentConfigurationVersion]:
        """Every matching version (this list is not paged)."""
        numbers = version_numbers
        if numbers is not None and not isinstance(numbers, str):
            numbers = [str(number) for number in numbers]
        params = query(
            agentIds=id_list(agent_ids, "agent_ids"),
            agentConfigurationVersionIds=id_list(agent_configuration_version_ids, "agent_configuration_version_ids"),
            versionNumbers=id_list(numbers, "version_numbers"),
            isCurrent=is_current,
        )
        return self._api.call(_version_list, "GET", "/agent-configuration-versions", params=params)

    def retrieve(self, agent_configuration_version_id: str) -> AgentConfigurationVersion:
        path = self._api.path("/agent-configuration-versions/{id}", ("id", agent_configuration_version_id))
        return self._api.call(AgentConfigurationVersion.from_dict, "GET", path)

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
    ) -> AgentConfigurationVersion:
        """A new configuration version; `version_number` defaults to one past the agent's highest."""
        if version_number is None:
            existing = self.list(agent_ids=agent_id)
            version_number = max((int(version.version_number) for version in existing), default=-1) + 1
        body = {
            "agentId": agent_id,
            "instructions": instructions,
            "inputSchema": _OBJECT_SCHEMA if input_schema is None else input_schema,
            "outputSchema": _OBJECT_SCHEMA if output_schema is None else output_schema,
            "systemPrompt": system_prompt,
            "llmConfig": dict(llm_config or {}),
            "toolConfig": [dict(tool) for tool in tool_config],
            "executionConfig": dict(execution_config or {}),
            "versionNumber": version_number,
            "isCurrent": is_current,
        }
        return self._api.call(AgentConfigurationVersion.from_dict, "POST", "/agent-configuration-versions", body=body)

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
    ) -> AgentConfigurationVersion:
        """Change a version; answers it as stored (the API's PATCH answers no body)."""
        path = self._api.path("/agent-configuration-versions/{id}", ("id", agent_configuration_version_id))
        body = compact(
            instructions=instructions,
            inputSchema=input_schema,
            outputSchema=output_schema,
            systemPrompt=system_prompt,
            llmConfig=dict(llm_config) if llm_config is not None else None,
            toolConfig=[dict(tool) for tool in tool_config] if tool_config is not None else None,
            executionConfig=dict(execution_config) if execution_config is not None else None,
            isCurrent=is_current,
        )
        self._api.send("PATCH", path, body=body)
        return self.retrieve(agent_configuration_version_id)
