"""The client of the Moderately AI platform: configuration, the resources, closing."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType

import httpx2
from agentplug_moderately_client.models import Health
from typing_extensions import Unpack

from agentplug._core._async._calls import AsyncOperations
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._resource import AsyncClientBase
from agentplug._core._call_options import CallOptions
from agentplug._core._config import ClientConfig, Secret, resolve
from agentplug._core._contract import ClientContract, with_transport
from agentplug._core._http import HTTPSettings
from agentplug._core._logging import redact_url

from .._settings import MODERATELY_ENV, MODERATELY_SETTINGS
from ._api import PLATFORM, AsyncAPI
from .resources.agent_configuration_versions import AsyncAgentConfigurationVersions
from .resources.agent_executions import AsyncAgentExecutions
from .resources.agents import AsyncAgents
from .resources.api_tokens import AsyncApiTokens
from .resources.audit_logs import AsyncAuditLogs
from .resources.authentication import AsyncAuthentication
from .resources.dataset_versions import AsyncDatasetDataVersions, AsyncDatasetSchemaVersions
from .resources.datasets import AsyncDatasets
from .resources.files import AsyncFiles
from .resources.pipeline_configuration_versions import AsyncPipelineConfigurationVersions
from .resources.pipeline_executions import AsyncPipelineExecutions
from .resources.pipelines import AsyncPipelines
from .resources.team_users import AsyncTeamUsers
from .resources.teams import AsyncTeams
from .resources.users import AsyncUsers

__all__ = ["AsyncModeratelyAI"]


class AsyncModeratelyAI(ClientContract, AsyncClientBase):
    """The Moderately AI platform: users, teams, agents, files, datasets, pipelines.

    Args:
        api_key: a team-scoped API token (default: MODERATELY_API_KEY); required.
        team_id: the team every call is scoped to (default: MODERATELY_TEAM_ID); required.
        base_url: default MODERATELY_BASE_URL, else https://api.moderately.ai.
        timeout: seconds per network operation (or an httpx2.Timeout); None waits forever.
        max_retries: retries after the first attempt, on connection errors, 408, 429 and 5xx
            (honouring Retry-After); POST and PATCH are never retried, the API having no
            idempotency keys.
        headers: extra headers sent with every API request (never to storage URLs).
        http_settings: TLS, proxy, pool limits, or a custom transport.
        transport: an inner httpx2 transport (replaces the one of `http_settings`).
        http_client: your own httpx2 client for API calls, never modified: the credentials and
            `headers` go on each request (credentials only to `base_url`'s origin).
        storage_client: your own httpx2 client for presigned storage URLs (it should carry
            no credentials; by default a bare one is created).

    Use it as a context manager, or close it when done.
    """

    _environment = MODERATELY_ENV

    def __init__(
        self,
        *,
        api_key: str | Secret | None = None,
        team_id: str | None = None,
        base_url: str | httpx2.URL | None = None,
        timeout: float | httpx2.Timeout | None = 60.0,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_settings: HTTPSettings | None = None,
        http_client: httpx2.AsyncClient | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
        storage_client: httpx2.AsyncClient | None = None,
    ) -> None:
        http_settings = with_transport(http_settings, transport)
        values = resolve(MODERATELY_SETTINGS, {"api_key": api_key, "team_id": team_id, "base_url": base_url})
        key, team, url = values["api_key"], values["team_id"], values["base_url"]
        assert key is not None and team is not None and url is not None  # required, or defaulted
        self.team_id = team
        self.base_url = url
        config = ClientConfig(
            api=PLATFORM,
            base_url=url,
            credential=Secret(key),
            headers=dict(headers or {}),
            timeout=timeout,
            max_retries=max_retries,
        )
        auth = {"Authorization": f"Bearer {key}", "Accept": "application/json"}
        http = AsyncHTTP(config, auth_headers=auth, settings=http_settings, http_client=http_client)
        self._http = http
        self._api = AsyncAPI(http, team_id=team, storage=storage_client)
        self._operations = AsyncOperations(http, "agentplug_moderately_client")

        self.users = AsyncUsers(self, self._api)
        self.teams = AsyncTeams(self, self._api)
        self.team_users = AsyncTeamUsers(self, self._api)
        self.api_tokens = AsyncApiTokens(self, self._api)
        self.agents = AsyncAgents(self, self._api)
        self.agent_configuration_versions = AsyncAgentConfigurationVersions(self, self._api)
        self.agent_executions = AsyncAgentExecutions(self, self._api)
        self.files = AsyncFiles(self, self._api)
        self.datasets = AsyncDatasets(self, self._api)
        self.dataset_schema_versions = AsyncDatasetSchemaVersions(self, self._api)
        self.dataset_data_versions = AsyncDatasetDataVersions(self, self._api)
        self.pipelines = AsyncPipelines(self, self._api)
        self.pipeline_configuration_versions = AsyncPipelineConfigurationVersions(self, self._api)
        self.pipeline_executions = AsyncPipelineExecutions(self, self._api)
        self.audit_logs = AsyncAuditLogs(self, self._api)
        self.authentication = AsyncAuthentication(self, self._api)

    async def health(self, **options: Unpack[CallOptions]) -> Health:
        """The API's health and version."""
        from agentplug_moderately_client.api.health import get_health

        return await self._api.call(Health.from_dict, get_health)

    def _operation_index(self) -> AsyncOperations:
        return self._operations

    async def aclose(self) -> None:
        """Close the connection pools (the API's and, when created here, the storage client's)."""
        await self._api.aclose()

    async def __aenter__(self) -> AsyncModeratelyAI:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}, team_id={self.team_id!r})"
