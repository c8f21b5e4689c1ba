# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Pipelines: named containers of configuration versions and executions."""

from __future__ import annotations

from agentplug._core._pagination import SyncPager
from agentplug.errors import NotFoundError

from ..._params import IdList, compact, id_list, page_params, query
from ..models import PipelineModel, PipelineSummaryModel, parser
from ._base import Resource, check_page

__all__ = ["Pipelines"]


class Pipelines(Resource):
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
    ) -> SyncPager[PipelineModel]:
        check_page(page, page_size, 1000)
        params = query(
            teamIds=self._team_id,
            pipelineIds=id_list(pipeline_ids, "pipeline_ids"),
            nameLike=name_like,
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            "/pipelines",
            params,
            parser(PipelineModel, self._client),
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    def retrieve(self, pipeline_id: str) -> PipelineModel:
        path = self._api.path("/pipelines/{pipelineId}", ("pipelineId", pipeline_id))
        return self._api.call(parser(PipelineModel, self._client), "GET", path, model="PipelineWithRunStats")

    def create(self, *, name: str, description: str | None = None) -> PipelineSummaryModel:
        """Create a pipeline in the client's team (ConflictError when the name is taken)."""
        body = compact(teamId=self._team_id, name=name, description=description)
        return self._api.call(
            parser(PipelineSummaryModel, self._client), "POST", "/pipelines", body=body, model="Pipeline"
        )

    def update(
        self, pipeline_id: str, *, name: str | None = None, description: str | None = None
    ) -> PipelineSummaryModel:
        path = self._api.path("/pipelines/{pipelineId}", ("pipelineId", pipeline_id))
        return self._api.call(
            parser(PipelineSummaryModel, self._client),
            "PATCH",
            path,
            body=compact(name=name, description=description),
            model="Pipeline",
        )

    def delete(self, pipeline_id: str) -> None:
        """Delete a pipeline with its configuration versions and executions."""
        self._api.send("DELETE", self._api.path("/pipelines/{pipelineId}", ("pipelineId", pipeline_id)))

    def _current_configuration_version_id(self, pipeline_id: str) -> str:
        page = self._client.pipeline_configuration_versions.list(
            pipeline_ids=pipeline_id, status="current", page_size=1
        ).first_page()
        if not page.items:
            raise NotFoundError(f"Pipeline {pipeline_id!r} has no current configuration version", status_code=404)
        return page.items[0].pipeline_configuration_version_id
