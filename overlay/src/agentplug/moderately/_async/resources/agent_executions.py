"""Agent executions: start, follow (status, live tail, memory states), wait."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from agentplug_moderately_client.models import AgentExecutionCreate, LiveTail, MemoryState
from typing_extensions import Unpack

from agentplug._core._async._pagination import AsyncPager
from agentplug._core._async._polling import async_wait_until
from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug._core._operations import given, lazy_operations
from agentplug.errors import ConfigurationError, NotFoundError, OperationFailedError

from ..._params import IdList, id_list, page_params, query, summarize
from ..._status import FAILED_STATUSES, is_terminal
from ..._unsupported import unsupported
from ..models import AsyncAgentExecutionModel, parser
from ._base import AsyncResource, check_page

(
    create_agent_execution,
    get_agent_execution,
    get_agent_execution_live_tail,
    get_agent_execution_memory_state,
    list_agent_execution_memory_states,
    list_agent_executions,
) = lazy_operations(
    "agentplug_moderately_client.api.agent_executions",
    "create_agent_execution",
    "get_agent_execution",
    "get_agent_execution_live_tail",
    "get_agent_execution_memory_state",
    "list_agent_execution_memory_states",
    "list_agent_executions",
)

__all__ = ["AsyncAgentExecutions"]

_SUMMARY_LIMIT = 500


class AsyncAgentExecutions(AsyncResource):
    """Agent executions of the client's team (`client.agent_executions`)."""

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
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> AsyncPager[AsyncAgentExecutionModel]:
        """Executions of the team's agents (`agent_id`, `status`: one value or several).

        `order_by` / `order_direction` are the vendor SDK's keywords; the published API lists
        executions in its own order, so a value raises UnsupportedOperationError.
        """
        if order_by is not None or order_direction is not None:
            raise unsupported(
                "agent_executions.list(order_by=..., order_direction=...)",
                "The published API lists agent executions in its own order; sort the items you fetch.",
            )
        check_page(page, page_size, 100)
        params = query(
            agent_execution_ids=id_list(agent_execution_ids, "agent_execution_ids"),
            agent_ids=id_list(agent_id, "agent_id"),
            team_ids=self._team_id,
            agent_configuration_version_ids=id_list(agent_configuration_version_ids, "agent_configuration_version_ids"),
            statuses=id_list(status, "status"),
            has_agent_output=has_agent_output,
            **page_params(page, page_size, None, None),
        )
        return self._api.pager(
            list_agent_executions,
            {**params, **extra},
            parser(AsyncAgentExecutionModel, self._client),
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    async def retrieve(self, execution_id: str, **extra: Any) -> AsyncAgentExecutionModel:
        """One execution by id, as a rich model (NotFoundError when there is none)."""
        parse = parser(AsyncAgentExecutionModel, self._client)
        arguments = {"agent_execution_id": execution_id, **extra}
        return await self._api.call(parse, get_agent_execution, arguments, model="AgentExecution")

    async def create(
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
        **options: Unpack[CallOptions],
    ) -> AsyncAgentExecutionModel:
        """Start an execution of an agent's current configuration version (or of the version given).

        `input_summary` defaults to a one-line rendering of `input_data` (the API requires one).
        """
        version_id = agent_configuration_version_id
        if version_id is None:
            if agent_id is None:
                raise ConfigurationError(
                    "Pass agent_id (its current configuration runs) or agent_configuration_version_id"
                )
            current = await self._client.agent_configuration_versions.list(agent_ids=agent_id, is_current=True)
            if not current:
                raise NotFoundError(
                    f"Agent {agent_id!r} has no current configuration version to execute", status_code=404
                )
            version_id = current[0].agent_configuration_version_id
        agent_input = dict(input_data or {})
        body = given(
            AgentExecutionCreate,
            agent_configuration_version_id=version_id,
            agent_input=agent_input,
            agent_input_summary=input_summary or summarize(agent_input, _SUMMARY_LIMIT),
            agent_input_schema=input_schema,
            agent_output_schema=output_schema,
            max_actions=max_actions,
            planning_interval=planning_interval,
        )
        parse = parser(AsyncAgentExecutionModel, self._client)
        return await self._api.call(parse, create_agent_execution, {"body": body}, model="AgentExecution")

    async def cancel(self, execution_id: str, **options: Unpack[CallOptions]) -> AsyncAgentExecutionModel:
        """Not offered by the API: raises UnsupportedOperationError (no request is sent)."""
        raise unsupported(
            "agent_executions.cancel",
            "Agent executions run to completion; wait_for_completion(timeout=...) bounds a wait.",
        )

    async def wait_for_completion(
        self,
        execution_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        raise_on_failure: bool = False,
        on_progress: Callable[[AsyncAgentExecutionModel], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> AsyncAgentExecutionModel:
        """Poll until completed, failed or cancelled (`paused` keeps waiting); answers the final execution.

        Polls at once, then backs off (0.1 s growing to 5 s) unless `poll_interval` fixes the delay.
        Raises WaitTimeoutError (with the last state) after `timeout` seconds, and
        OperationFailedError for a failed or cancelled execution when `raise_on_failure`.
        """
        final = await async_wait_until(
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

    async def live_tail(self, execution_id: str, **options: Unpack[CallOptions]) -> LiveTail:
        """The execution's recent steps and latest memory state."""
        arguments = {"agent_execution_id": execution_id}
        return await self._api.call(LiveTail.from_dict, get_agent_execution_live_tail, arguments)

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
        **extra: Any,
    ) -> AsyncPager[MemoryState]:
        """The memory states an execution recorded, every page fetched as iteration reaches it.

        `version` narrows to one state version; `latest=True` to the most recent.
        """
        check_page(page, page_size, 1000)
        params = query(version=version, latest=latest, **page_params(page, page_size, order_by, order_direction))
        arguments = {"agent_execution_id": execution_id, **params, **extra}
        return self._api.pager(
            list_agent_execution_memory_states, arguments, MemoryState.from_dict, page=page, page_size=page_size,
            max_items=max_items,
        )  # fmt: skip

    async def get_memory_state(self, execution_id: str, version: int, **options: Unpack[CallOptions]) -> MemoryState:
        """One memory state of an execution by its version number (NotFoundError when there is none)."""
        arguments = {"agent_execution_id": execution_id, "version": version}
        return await self._api.call(MemoryState.from_dict, get_agent_execution_memory_state, arguments)
