# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The client of the Moderately AI platform: configuration, the resources, closing."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType

import httpx2
from agentplug_moderately_client.models import Health
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._config import ClientConfig, Secret, resolve
from agentplug._core._contract import ClientContract, with_transport
from agentplug._core._http import HTTPSettings
from agentplug._core._logging import redact_url
from agentplug._core._sync._calls import Operations
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._resource import ClientBase

from .._settings import MODERATELY_ENV, MODERATELY_SETTINGS
from ._api import API, PLATFORM
from .resources.agent_configuration_versions import AgentConfigurationVersions
from .resources.agent_executions import AgentExecutions
from .resources.agents import Agents
from .resources.api_tokens import ApiTokens
from .resources.audit_logs import AuditLogs
from .resources.authentication import Authentication
from .resources.dataset_versions import DatasetDataVersions, DatasetSchemaVersions
from .resources.datasets import Datasets
from .resources.files import Files
from .resources.pipeline_configuration_versions import PipelineConfigurationVersions
from .resources.pipeline_executions import PipelineExecutions
from .resources.pipelines import Pipelines
from .resources.team_users import TeamUsers
from .resources.teams import Teams
from .resources.users import Users

__all__ = ["ModeratelyAI"]


class ModeratelyAI(ClientContract, ClientBase):
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
        http_client: httpx2.Client | None = None,
        transport: httpx2.BaseTransport | None = None,
        storage_client: httpx2.Client | None = None,
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
        http = HTTP(config, auth_headers=auth, settings=http_settings, http_client=http_client)
        self._http = http
        self._api = API(http, team_id=team, storage=storage_client)
        self._operations = Operations(http, "agentplug_moderately_client")

        self.users = Users(self, self._api)
        self.teams = Teams(self, self._api)
        self.team_users = TeamUsers(self, self._api)
        self.api_tokens = ApiTokens(self, self._api)
        self.agents = Agents(self, self._api)
        self.agent_configuration_versions = AgentConfigurationVersions(self, self._api)
        self.agent_executions = AgentExecutions(self, self._api)
        self.files = Files(self, self._api)
        self.datasets = Datasets(self, self._api)
        self.dataset_schema_versions = DatasetSchemaVersions(self, self._api)
        self.dataset_data_versions = DatasetDataVersions(self, self._api)
        self.pipelines = Pipelines(self, self._api)
        self.pipeline_configuration_versions = PipelineConfigurationVersions(self, self._api)
        self.pipeline_executions = PipelineExecutions(self, self._api)
        self.audit_logs = AuditLogs(self, self._api)
        self.authentication = Authentication(self, self._api)

    def health(self, **options: Unpack[CallOptions]) -> Health:
        """The API's health and version."""
        from agentplug_moderately_client.api.health import get_health

        return self._api.call(Health.from_dict, get_health)

    def _operation_index(self) -> Operations:
        return self._operations

    def close(self) -> None:
        """Close the connection pools (the API's and, when created here, the storage client's)."""
        self._api.close()

    def __enter__(self) -> ModeratelyAI:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r}, team_id={self.team_id!r})"
