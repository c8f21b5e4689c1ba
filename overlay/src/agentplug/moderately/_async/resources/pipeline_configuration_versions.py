"""Pipeline configuration versions: the blocks and connections a pipeline execution runs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentplug_moderately_client.models import (
    PipelineConfigurationValidation,
    PipelineConfigurationValidationRequest,
    PipelineConfigurationVersionClone,
    PipelineConfigurationVersionCreate,
    PipelineConfigurationVersionUpdate,
)
from typing_extensions import Unpack

from agentplug._core._async._pagination import AsyncPager
from agentplug._core._call_options import CallOptions
from agentplug._core._operations import given, lazy_operations

from ..._params import IdList, id_list, page_params, query
from ..models import AsyncPipelineConfigurationVersionModel, parser
from ._base import AsyncResource, check_page

(
    clone_pipeline_configuration_version,
    create_pipeline_configuration_version,
    delete_pipeline_configuration_version,
    get_pipeline_configuration_schema,
    get_pipeline_configuration_version,
    list_pipeline_configuration_versions,
    update_pipeline_configuration_version,
    validate_pipeline_configuration,
) = lazy_operations(
    "agentplug_moderately_client.api.pipeline_configuration_versions",
    "clone_pipeline_configuration_version",
    "create_pipeline_configuration_version",
    "delete_pipeline_configuration_version",
    "get_pipeline_configuration_schema",
    "get_pipeline_configuration_version",
    "list_pipeline_configuration_versions",
    "update_pipeline_configuration_version",
    "validate_pipeline_configuration",
)

__all__ = ["AsyncPipelineConfigurationVersions"]

_MODEL = "PipelineConfigurationVersion"


def _any_json(data: Any) -> Any:
    return data


class AsyncPipelineConfigurationVersions(AsyncResource):
    """Pipeline configuration versions (`client.pipeline_configuration_versions`)."""

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
        **extra: Any,
    ) -> AsyncPager[AsyncPipelineConfigurationVersionModel]:
        """Configuration versions of the team's pipelines, every page fetched as iteration reaches it.

        `status` narrows to one status (draft, current, archived), `statuses` to several.
        """
        check_page(page, page_size, 1000)
        params = query(
            pipeline_ids=id_list(pipeline_ids, "pipeline_ids"),
            pipeline_configuration_version_ids=id_list(
                pipeline_configuration_version_ids, "pipeline_configuration_version_ids"
            ),
            team_ids=self._team_id,
            status=status,
            statuses=id_list(statuses, "statuses"),
            **page_params(page, page_size, order_by, order_direction),
        )
        parse = parser(AsyncPipelineConfigurationVersionModel, self._client)
        return self._api.pager(
            list_pipeline_configuration_versions, {**params, **extra}, parse, page=page, page_size=page_size,
            max_items=max_items,
        )  # fmt: skip

    async def retrieve(
        self, pipeline_configuration_version_id: str, **extra: Any
    ) -> AsyncPipelineConfigurationVersionModel:
        """One configuration version by id, as a rich model (NotFoundError when there is none)."""
        parse = parser(AsyncPipelineConfigurationVersionModel, self._client)
        arguments = {"pipeline_configuration_version_id": pipeline_configuration_version_id, **extra}
        return await self._api.call(parse, get_pipeline_configuration_version, arguments, model=_MODEL)

    async def create(
        self,
        *,
        pipeline_id: str,
        configuration: Mapping[str, Any],
        status: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPipelineConfigurationVersionModel:
        """A new version (ConflictError when `status="current"` and the pipeline already has a current one)."""
        body = given(
            PipelineConfigurationVersionCreate,
            pipeline_id=pipeline_id,
            configuration=dict(configuration),
            status=status,
        )
        parse = parser(AsyncPipelineConfigurationVersionModel, self._client)
        return await self._api.call(parse, create_pipeline_configuration_version, {"body": body}, model=_MODEL)

    async def update(
        self,
        pipeline_configuration_version_id: str,
        *,
        configuration: Mapping[str, Any] | None = None,
        status: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPipelineConfigurationVersionModel:
        """Change a version's configuration (not allowed on the current one) or status."""
        body = given(
            PipelineConfigurationVersionUpdate,
            configuration=dict(configuration) if configuration is not None else None,
            status=status,
        )
        parse = parser(AsyncPipelineConfigurationVersionModel, self._client)
        arguments = {"pipeline_configuration_version_id": pipeline_configuration_version_id, "body": body}
        return await self._api.call(parse, update_pipeline_configuration_version, arguments, model=_MODEL)

    async def delete(self, pipeline_configuration_version_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a version (BadRequestError for the current one: archive it first)."""
        arguments = {"pipeline_configuration_version_id": pipeline_configuration_version_id}
        await self._api.send(delete_pipeline_configuration_version, arguments)

    async def clone(
        self, pipeline_configuration_version_id: str, **options: Unpack[CallOptions]
    ) -> AsyncPipelineConfigurationVersionModel:
        """A copy with a new id, the next version number and status draft."""
        parse = parser(AsyncPipelineConfigurationVersionModel, self._client)
        arguments = {
            "pipeline_configuration_version_id": pipeline_configuration_version_id,
            "body": PipelineConfigurationVersionClone(),
        }
        return await self._api.call(parse, clone_pipeline_configuration_version, arguments, model=_MODEL)

    async def validate(
        self, configuration: Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> PipelineConfigurationValidation:
        """Check a configuration without saving it: `valid`, block and connection `errors`, `warnings`."""
        body = PipelineConfigurationValidationRequest(configuration=dict(configuration))
        return await self._api.call(
            PipelineConfigurationValidation.from_dict, validate_pipeline_configuration, {"body": body}
        )

    async def get_schema(self, **options: Unpack[CallOptions]) -> Any:
        """The JSON Schema of a pipeline configuration (a JSON document)."""
        return await self._api.call(_any_json, get_pipeline_configuration_schema)
