# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Pipelines: named containers of configuration versions and executions."""

from __future__ import annotations

from typing import Any

from agentplug_moderately_client.models import PipelineCreate, PipelineUpdate
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations
from agentplug._core._sync._pagination import Pager
from agentplug.errors import NotFoundError

from ..._params import IdList, id_list, page_params, query
from ..models import PipelineModel, PipelineSummaryModel, parser
from ._base import Resource, check_page

create_pipeline, delete_pipeline, get_pipeline, list_pipelines, update_pipeline = lazy_operations(
    "agentplug_moderately_client.api.pipelines",
    "create_pipeline",
    "delete_pipeline",
    "get_pipeline",
    "list_pipelines",
    "update_pipeline",
)

__all__ = ["Pipelines"]


class Pipelines(Resource):
    """Pipelines of the client's team (`client.pipelines`)."""

    def list(
        self,
        *,
        pipeline_ids: IdList | None = None,
        name_like: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
        **extra: Any,
    ) -> Pager[PipelineModel]:
        """Pipelines of the client's team with their run statistics, every page fetched as iteration reaches it."""
        check_page(page, page_size, 1000)
        params = query(
            team_ids=self._team_id,
            pipeline_ids=id_list(pipeline_ids, "pipeline_ids"),
            name_like=name_like,
            **page_params(page, page_size, order_by, order_direction),
        )
        parse = parser(PipelineModel, self._client)
        return self._api.pager(
            list_pipelines, {**params, **extra}, parse, page=page, page_size=page_size, max_items=max_items
        )

    def retrieve(self, pipeline_id: str, **extra: Any) -> PipelineModel:
        """One pipeline with its run statistics, as a rich model (NotFoundError when there is none)."""
        parse = parser(PipelineModel, self._client)
        arguments = {"pipeline_id": pipeline_id, **extra}
        return self._api.call(parse, get_pipeline, arguments, model="PipelineWithRunStats")

    def create(
        self, *, name: str, description: str | None = None, **options: Unpack[CallOptions]
    ) -> PipelineSummaryModel:
        """Create a pipeline in the client's team (ConflictError when the name is taken)."""
        body = given(PipelineCreate, team_id=self._team_id, name=name, description=description)
        parse = parser(PipelineSummaryModel, self._client)
        return self._api.call(parse, create_pipeline, {"body": body}, model="Pipeline")

    def update(
        self,
        pipeline_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        **options: Unpack[CallOptions],
    ) -> PipelineSummaryModel:
        """Rename a pipeline or change its description; sends only what is set."""
        body = given(PipelineUpdate, name=name, description=description)
        parse = parser(PipelineSummaryModel, self._client)
        arguments = {"pipeline_id": pipeline_id, "body": body}
        return self._api.call(parse, update_pipeline, arguments, model="Pipeline")

    def delete(self, pipeline_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a pipeline with its configuration versions and executions."""
        self._api.send(delete_pipeline, {"pipeline_id": pipeline_id})

    def current_configuration_version_id(self, pipeline_id: str, **options: Unpack[CallOptions]) -> str:
        """The id of the pipeline's `current` configuration version (NotFoundError when it has none)."""
        page = self._client.pipeline_configuration_versions.list(
            pipeline_ids=pipeline_id, status="current", page_size=1
        ).first_page()
        if not page.items:
            raise NotFoundError(f"Pipeline {pipeline_id!r} has no current configuration version", status_code=404)
        return page.items[0].pipeline_configuration_version_id
