# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Agent executions: start, follow (status, live tail, memory states), wait."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from agentplug_moderately_client.models import LiveTail, MemoryState

from agentplug._core._pagination import SyncPager
from agentplug._core._polling import wait_until
from agentplug.errors import ConfigurationError, NotFoundError, OperationFailedError

from ..._params import IdList, compact, id_list, page_params, query, summarize
from ..._status import FAILED_STATUSES, is_terminal
from ..._unsupported import unsupported
from ..models import AgentExecutionModel, parser
from ._base import Resource, check_page

__all__ = ["AgentExecutions"]

_SUMMARY_LIMIT = 500


class AgentExecutions(Resource):
    def list(
        self,
        *,
        agent_id: IdList | None = None,
        status: IdList | None = None,
        agent_execution_ids: IdList | None = None,
        agent_configuration_version_ids: IdList | None = None,
        has_agent_output: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> SyncPager[AgentExecutionModel]:
        """Executions of the team's agents (`agent_id`, `status`: one value or several)."""
        check_page(page, page_size, 100)
        params = query(
            agentExecutionIds=id_list(agent_execution_ids, "agent_execution_ids"),
            agentIds=id_list(agent_id, "agent_id"),
            teamIds=self._team_id,
            agentConfigurationVersionIds=id_list(agent_configuration_version_ids, "agent_configuration_version_ids"),
            statuses=id_list(status, "status"),
            hasAgentOutput=has_agent_output,
            **page_params(page, page_size, None, None),
        )
        return self._api.pager(
            "/agent-executions",
            params,
            parser(AgentExecutionModel, self._client),
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    def retrieve(self, execution_id: str) -> AgentExecutionModel:
        path = self._api.path("/agent-executions/{id}", ("id", execution_id))
        return self._api.call(parser(AgentExecutionModel, self._client), "GET", path, model="AgentExecution")

    def create(
        self,
        *,
        agent_id: str | None = None,
        input_data: Mapping[str, Any] | None = None,
        agent_configuration_version_id: str | None = None,
        input_summary: str | None = None,
        input_schema: Any = None,
        output_schema: Any = None,
        max_actions: int | None = None,
        planning_interval: int | None = None,
    ) -> AgentExecutionModel:
        """Start an execution of an agent's current configuration version (or of the version given).

        `input_summary` defaults to a one-line rendering of `input_data` (the API requires one).
        """
        version_id = agent_configuration_version_id
        if version_id is None:
            if agent_id is None:
                raise ConfigurationError(
                    "Pass agent_id (its current configuration runs) or agent_configuration_version_id"
                )
            current = self._client.agent_configuration_versions.list(agent_ids=agent_id, is_current=True)
            if not current:
                raise NotFoundError(
                    f"Agent {agent_id!r} has no current configuration version to execute", status_code=404
                )
            version_id = current[0].agent_configuration_version_id
        agent_input = dict(input_data or {})
        body = compact(
            agentConfigurationVersionId=version_id,
            agentInput=agent_input,
            agentInputSummary=input_summary or summarize(agent_input, _SUMMARY_LIMIT),
            agentInputSchema=input_schema,
            agentOutputSchema=output_schema,
            maxActions=max_actions,
            planningInterval=planning_interval,
        )
        return self._api.call(
            parser(AgentExecutionModel, self._client),
            "POST",
            "/agent-executions",
            body=body,
            model="AgentExecution",
        )

    def cancel(self, execution_id: str) -> AgentExecutionModel:
        """Not offered by the API: raises UnsupportedOperationError (no request is sent)."""
        raise unsupported(
            "agent_executions.cancel",
            "Agent executions run to completion; wait_for_completion(timeout=...) bounds a wait.",
        )

    def wait_for_completion(
        self,
        execution_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        raise_on_failure: bool = False,
        on_progress: Callable[[AgentExecutionModel], None] | None = None,
    ) -> AgentExecutionModel:
        """Poll until completed, failed or cancelled (`paused` keeps waiting); answers the final execution.

        Polls at once, then backs off (0.1 s growing to 5 s) unless `poll_interval` fixes the delay.
        Raises WaitTimeoutError (with the last state) after `timeout` seconds, and
        OperationFailedError for a failed or cancelled execution when `raise_on_failure`.
        """
        final = wait_until(
            lambda: self.retrieve(execution_id),
            lambda execution: is_terminal(execution.status),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            describe=f"agent execution {execution_id}",
        )
        if raise_on_failure and final.status in FAILED_STATUSES:
            raise OperationFailedError(
                f"Agent execution {execution_id} ended {final.status}", code=str(final.status), result=final
            )
        return final

    def live_tail(self, execution_id: str) -> LiveTail:
        """The execution's recent steps and latest memory state."""
        path = self._api.path("/agent-executions/{id}/live-tail", ("id", execution_id))
        return self._api.call(LiveTail.from_dict, "GET", path)

    def list_memory_states(
        self,
        execution_id: str,
        *,
        version: int | None = None,
        latest: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
    ) -> SyncPager[MemoryState]:
        check_page(page, page_size, 1000)
        path = self._api.path("/agent-executions/{id}/memory-states", ("id", execution_id))
        params = query(version=version, latest=latest, **page_params(page, page_size, order_by, order_direction))
        return self._api.pager(path, params, MemoryState.from_dict, page=page, page_size=page_size, max_items=max_items)

    def get_memory_state(self, execution_id: str, version: int) -> MemoryState:
        path = self._api.path(
            "/agent-executions/{id}/memory-states/{version}", ("id", execution_id), ("version", str(version))
        )
        return self._api.call(MemoryState.from_dict, "GET", path)
