"""Pipeline configuration versions: the blocks and connections a pipeline execution runs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentplug_moderately_client.models import PipelineConfigurationValidation

from agentplug._core._pagination import AsyncPager

from ..._params import IdList, compact, id_list, page_params, query
from ..models import AsyncPipelineConfigurationVersionModel, parser
from ._base import AsyncResource, check_page

__all__ = ["AsyncPipelineConfigurationVersions"]

_MODEL = "PipelineConfigurationVersion"


def _any_json(data: Any) -> Any:
    return data


class AsyncPipelineConfigurationVersions(AsyncResource):
    def list(
        self,
        *,
        pipeline_ids: IdList | None = None,
        pipeline_configuration_version_ids: IdList | None = None,
        status: str | None = None,
        statuses: IdList | None = None,
        page: int | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        order_direction: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[AsyncPipelineConfigurationVersionModel]:
        check_page(page, page_size, 1000)
        params = query(
            pipelineIds=id_list(pipeline_ids, "pipeline_ids"),
            pipelineConfigurationVersionIds=id_list(
                pipeline_configuration_version_ids, "pipeline_configuration_version_ids"
            ),
            teamIds=self._team_id,
            status=status,
            statuses=id_list(statuses, "statuses"),
            **page_params(page, page_size, order_by, order_direction),
        )
        return self._api.pager(
            "/pipeline-configuration-versions",
            params,
            parser(AsyncPipelineConfigurationVersionModel, self._client),
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    def _path(self, version_id: str, suffix: str = "") -> str:
        return self._api.path("/pipeline-configuration-versions/{id}" + suffix, ("id", version_id))

    async def retrieve(self, pipeline_configuration_version_id: str) -> AsyncPipelineConfigurationVersionModel:
        return await self._api.call(
            parser(AsyncPipelineConfigurationVersionModel, self._client),
            "GET",
            self._path(pipeline_configuration_version_id),
            model=_MODEL,
        )

    async def create(
        self, *, pipeline_id: str, configuration: Mapping[str, Any], status: str | None = None
    ) -> AsyncPipelineConfigurationVersionModel:
        """A new version (ConflictError when `status="current"` and the pipeline already has a current one)."""
        body = compact(pipelineId=pipeline_id, configuration=dict(configuration), status=status)
        return await self._api.call(
            parser(AsyncPipelineConfigurationVersionModel, self._client),
            "POST",
            "/pipeline-configuration-versions",
            body=body,
            model=_MODEL,
        )

    async def update(
        self,
        pipeline_configuration_version_id: str,
        *,
        configuration: Mapping[str, Any] | None = None,
        status: str | None = None,
    ) -> AsyncPipelineConfigurationVersionModel:
        """Change a version's configuration (not allowed on the current one) or status."""
        body = compact(configuration=dict(configuration) if configuration is not None else None, status=status)
        return await self._api.call(
            parser(AsyncPipelineConfigurationVersionModel, self._client),
            "PATCH",
            self._path(pipeline_configuration_version_id),
            body=body,
            model=_MODEL,
        )

    async def delete(self, pipeline_configuration_version_id: str) -> None:
        """Delete a version (BadRequestError for the current one: archive it first)."""
        await self._api.send("DELETE", self._path(pipeline_configuration_version_id))

    async def clone(self, pipeline_configuration_version_id: str) -> AsyncPipelineConfigurationVersionModel:
        """A copy with a new id, the next version number and status draft."""
        return await self._api.call(
            parser(AsyncPipelineConfigurationVersionModel, self._client),
            "POST",
            self._path(pipeline_configuration_version_id, "/clone"),
            body={},
            model=_MODEL,
        )

    async def validate(self, configuration: Mapping[str, Any]) -> PipelineConfigurationValidation:
        """Check a configuration without saving it: `valid`, block and connection `errors`, `warnings`."""
        return await self._api.call(
            PipelineConfigurationValidation.from_dict,
            "POST",
            "/pipeline-configuration-versions/validate",
            body={"configuration": dict(configuration)},
        )

    async def get_schema(self) -> Any:
        """The JSON Schema of a pipeline configuration (a JSON document)."""
        return await self._api.call(_any_json, "GET", "/pipeline-configuration-versions/schema")
