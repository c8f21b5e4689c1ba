# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Pipeline configuration versions: the blocks and connections a pipeline execution runs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentplug_moderately_client.models import PipelineConfigurationValidation

from agentplug._core._pagination import SyncPager

from ..._params import IdList, compact, id_list, page_params, query
from ..models import PipelineConfigurationVersionModel, parser
from ._base import Resource, check_page

__all__ = ["PipelineConfigurationVersions"]

_MODEL = "PipelineConfigurationVersion"


def _any_json(data: Any) -> Any:
    return data


class PipelineConfigurationVersions(Resource):
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
    ) -> SyncPager[PipelineConfigurationVersionModel]:
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
            parser(PipelineConfigurationVersionModel, self._client),
            page=page,
            page_size=page_size,
            max_items=max_items,
        )

    def _path(self, version_id: str, suffix: str = "") -> str:
        return self._api.path("/pipeline-configuration-versions/{id}" + suffix, ("id", version_id))

    def retrieve(self, pipeline_configuration_version_id: str) -> PipelineConfigurationVersionModel:
        return self._api.call(
            parser(PipelineConfigurationVersionModel, self._client),
            "GET",
            self._path(pipeline_configuration_version_id),
            model=_MODEL,
        )

    def create(
        self, *, pipeline_id: str, configuration: Mapping[str, Any], status: str | None = None
    ) -> PipelineConfigurationVersionModel:
        """A new version (ConflictError when `status="current"` and the pipeline already has a current one)."""
        body = compact(pipelineId=pipeline_id, configuration=dict(configuration), status=status)
        return self._api.call(
            parser(PipelineConfigurationVersionModel, self._client),
            "POST",
            "/pipeline-configuration-versions",
            body=body,
            model=_MODEL,
        )

    def update(
        self,
        pipeline_configuration_version_id: str,
        *,
        configuration: Mapping[str, Any] | None = None,
        status: str | None = None,
    ) -> PipelineConfigurationVersionModel:
        """Change a version's configuration (not allowed on the current one) or status."""
        body = compact(configuration=dict(configuration) if configuration is not None else None, status=status)
        return self._api.call(
            parser(PipelineConfigurationVersionModel, self._client),
            "PATCH",
            self._path(pipeline_configuration_version_id),
            body=body,
            model=_MODEL,
        )

    def delete(self, pipeline_configuration_version_id: str) -> None:
        """Delete a version (BadRequestError for the current one: archive it first)."""
        self._api.send("DELETE", self._path(pipeline_configuration_version_id))

    def clone(self, pipeline_configuration_version_id: str) -> PipelineConfigurationVersionModel:
        """A copy with a new id, the next version number and status draft."""
        return self._api.call(
            parser(PipelineConfigurationVersionModel, self._client),
            "POST",
            self._path(pipeline_configuration_version_id, "/clone"),
            body={},
            model=_MODEL,
        )

    def validate(self, configuration: Mapping[str, Any]) -> PipelineConfigurationValidation:
        """Check a configuration without saving it: `valid`, block and connection `errors`, `warnings`."""
        return self._api.call(
            PipelineConfigurationValidation.from_dict,
            "POST",
            "/pipeline-configuration-versions/validate",
            body={"configuration": dict(configuration)},
        )

    def get_schema(self) -> Any:
        """The JSON Schema of a pipeline configuration (a JSON document)."""
        return self._api.call(_any_json, "GET", "/pipeline-configuration-versions/schema")
