"""Pipeline executions: start, follow, wait, cancel, and fetch outputs (inline or from storage)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from agentplug_moderately_client.models import PipelineExecutionCancel, PipelineExecutionCreate, PipelineExecutionUpdate
from typing_extensions import Unpack

from agentplug._core._async._download import async_download_to_bytes
from agentplug._core._async._pagination import AsyncPager
from agentplug._core._async._polling import async_wait_until
from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug._core._operations import given, lazy_operations
from agentplug.errors import OperationFailedError

from ..._output import InlineOutput, decode_stored_output, read_output_location
from ..._params import IdList, id_list, page_params, query, summarize
from ..._status import FAILED_STATUSES, is_terminal
from ..models import AsyncPipelineExecutionModel, parser
from ._base import AsyncResource, check_page

(
    cancel_pipeline_execution,
    create_pipeline_execution,
    get_pipeline_execution,
    get_pipeline_execution_output,
    list_pipeline_executions,
    update_pipeline_execution,
) = lazy_operations(
    "agentplug_moderately_client.api.pipeline_executions",
    "cancel_pipeline_execution",
    "create_pipeline_execution",
    "get_pipeline_execution",
    "get_pipeline_execution_output",
    "list_pipeline_executions",
    "update_pipeline_execution",
)

__all__ = ["AsyncPipelineExecutions"]

_MODEL = "PipelineExecution"
_SUMMARY_LIMIT = 1000


def _timestamp(value: datetime.datetime | str | None) -> str | None:
    return value.isoformat() if isinstance(value, datetime.datetime) else value


def _failure_message(execution: AsyncPipelineExecutionModel) -> str:
    progress = execution.progress_data if isinstance(execution.progress_data, dict) else {}
    errors = progress.get("errors")
    detail = "; ".join(str(error) for error in errors) if isinstance(errors, list) and errors else progress.get("error")
    suffix = f": {detail}" if detail else ""
    return f"Pipeline execution {execution.pipeline_execution_id} ended {execution.status}{suffix}"


class AsyncPipelineExecutions(AsyncResource):
    """Pipeline executions of the client's team (`client.pipeline_executions`)."""

    def list(
        self,
        *,
        pipeline_ids: IdList | None = None,
        pipeline_configuration_version_ids: IdList | None = None,
        pipeline_execution_ids: IdList | None = None,
        status: str | None = None,
        statuses: IdList | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> AsyncPager[AsyncPipelineExecutionModel]:
        """Executions of the team's pipelines, every page fetched as iteration reaches it.

        `status` narrows to one status, `statuses` to several.
        """
        check_page(page, page_size, 1000)
        params = query(
            pipeline_ids=id_list(pipeline_ids, "pipeline_ids"),
            pipeline_configuration_version_ids=id_list(
                pipeline_configuration_version_ids, "pipeline_configuration_version_ids"
            ),
            pipeline_execution_ids=id_list(pipeline_execution_ids, "pipeline_execution_ids"),
            team_ids=self._team_id,
            status=status,
            statuses=id_list(statuses, "statuses"),
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            list_pipeline_executions,
            {**params, **extra},
            parser(AsyncPipelineExecutionModel, self._client),
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    async def retrieve(self, pipeline_execution_id: str, **extra: Any) -> AsyncPipelineExecutionModel:
        """One execution by id, as a rich model (NotFoundError when there is none)."""
        parse = parser(AsyncPipelineExecutionModel, self._client)
        arguments = {"pipeline_execution_id": pipeline_execution_id, **extra}
        return await self._api.call(parse, get_pipeline_execution, arguments, model=_MODEL)

    async def create(
        self,
        *,
        pipeline_configuration_version_id: str,
        pipeline_input: Mapping[str, Any],
        pipeline_input_summary: str | None = None,
        current_step: int | None = None,
        total_steps: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPipelineExecutionModel:
        """Start an execution (status pending); the summary defaults to a one-line rendering of the input."""
        body = given(
            PipelineExecutionCreate,
            pipeline_configuration_version_id=pipeline_configuration_version_id,
            pipeline_input=dict(pipeline_input),
            pipeline_input_summary=pipeline_input_summary or summarize(dict(pipeline_input), _SUMMARY_LIMIT),
            current_step=current_step,
            total_steps=total_steps,
        )
        parse = parser(AsyncPipelineExecutionModel, self._client)
        return await self._api.call(parse, create_pipeline_execution, {"body": body}, model=_MODEL)

    async def update(
        self,
        pipeline_execution_id: str,
        *,
        pipeline_output: Mapping[str, Any] | None = None,
        pipeline_output_summary: str | None = None,
        status: str | None = None,
        progress_data: Mapping[str, Any] | None = None,
        current_step: int | None = None,
        total_steps: int | None = None,
        started_at: datetime.datetime | str | None = None,
        completed_at: datetime.datetime | str | None = None,
        failed_at: datetime.datetime | str | None = None,
        cancelled_at: datetime.datetime | str | None = None,
        paused_at: datetime.datetime | str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPipelineExecutionModel:
        """Report progress or results (what workers running the pipeline do)."""
        body = given(
            PipelineExecutionUpdate,
            pipeline_output=dict(pipeline_output) if pipeline_output is not None else None,
            pipeline_output_summary=pipeline_output_summary,
            status=status,
            progress_data=dict(progress_data) if progress_data is not None else None,
            current_step=current_step,
            total_steps=total_steps,
            started_at=_timestamp(started_at),
            completed_at=_timestamp(completed_at),
            failed_at=_timestamp(failed_at),
            cancelled_at=_timestamp(cancelled_at),
            paused_at=_timestamp(paused_at),
        )
        parse = parser(AsyncPipelineExecutionModel, self._client)
        arguments = {"pipeline_execution_id": pipeline_execution_id, "body": body}
        return await self._api.call(parse, update_pipeline_execution, arguments, model=_MODEL)

    async def cancel(
        self, pipeline_execution_id: str, *, reason: str | None = None, **options: Unpack[CallOptions]
    ) -> AsyncPipelineExecutionModel:
        """Cancel a pending, running or paused execution (BadRequestError once it has finished)."""
        parse = parser(AsyncPipelineExecutionModel, self._client)
        arguments = {
            "pipeline_execution_id": pipeline_execution_id,
            "body": given(PipelineExecutionCancel, reason=reason),
        }
        return await self._api.call(parse, cancel_pipeline_execution, arguments, model=_MODEL)

    async def wait_for_completion(
        self,
        pipeline_execution_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        raise_on_failure: bool = True,
        on_progress: Callable[[AsyncPipelineExecutionModel], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> AsyncPipelineExecutionModel:
        """Poll until completed, failed or cancelled (`paused` keeps waiting); answers the final execution.

        Polls at once, then backs off (0.1 s growing to 5 s) unless `poll_interval` fixes the delay;
        prints nothing (pass `on_progress` to follow). Raises WaitTimeoutError (with the last
        state) after `timeout` seconds, and OperationFailedError (with `.result`) for a failed or
        cancelled execution unless `raise_on_failure=False`.
        """
        final = await async_wait_until(
            lambda: self.retrieve(pipeline_execution_id),
            lambda execution: is_terminal(execution.status),
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            describe=f"pipeline execution {pipeline_execution_id}",
        )
        if raise_on_failure and final.status in FAILED_STATUSES:
            progress = final.progress_data if isinstance(final.progress_data, dict) else {}
            raise OperationFailedError(
                _failure_message(final), code=str(final.status), details=progress or None, result=final
            )
        return final

    async def get_output(self, pipeline_execution_id: str, **options: Unpack[CallOptions]) -> Any:
        """The execution's output: inline data as sent, or a stored output fetched and decoded.

        Stored outputs are fetched from their presigned URL without credentials, decompressed
        (gzip; brotli and lz4 when their packages are installed) and decoded by file type (JSON
        to Python values, CSV to row dicts, other types as bytes). None when the server gives
        no URL for a stored output. NotFoundError when there is no output (yet).
        """
        arguments = {"pipeline_execution_id": pipeline_execution_id}
        body = await self._api.call(read_output_location, get_pipeline_execution_output, arguments)
        if isinstance(body, InlineOutput):
            return body.data
        if body.download_url is None:
            return None
        content = await async_download_to_bytes(self._api.storage, body.download_url)
        return decode_stored_output(content, body.compression, body.file_type)
