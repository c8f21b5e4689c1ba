"""The Prefactor client: the API, and telemetry batched onto its bulk endpoint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

import httpx2
from typing_extensions import Unpack

from agentplug._core._async._calls import AsyncOperations
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._resource import AsyncClientBase
from agentplug._core._call_options import CallOptions
from agentplug._core._config import ClientConfig, Secret, resolve
from agentplug._core._contract import ClientContract, one_base_url, with_transport
from agentplug._core._http import HTTPSettings
from agentplug._core._operations import lazy_operations

from .._inputs import AgentVersionInput, SchemaVersionInput
from .._settings import PREFACTOR_ENV, PREFACTOR_SETTINGS
from .._telemetry import TelemetryBuffer, TelemetryConfig, TelemetryStats
from .._tracing import InstanceState, trace
from .._wire import PLATFORM, envelope_of
from .._workers import AsyncWorker
from .agent_instances import AsyncAgentInstances
from .agent_spans import AsyncAgentSpans
from .agents import AsyncAgents
from .bulk import AsyncBulk
from .exporter import AsyncExporter
from .instance import AsyncInstanceRun

(ping,) = lazy_operations("agentplug_prefactor_client.api.health", "ping")

__all__ = ["AsyncPrefactor"]

P = ParamSpec("P")
R = TypeVar("R")


def _ping(response: httpx2.Response) -> dict[str, Any]:
    return envelope_of(response)


class AsyncPrefactor(ClientContract, AsyncClientBase):
    """The Prefactor client.

    Args:
        api_url: the API's base URL (env `PREFACTOR_API_URL`), e.g. `https://app.prefactorai.com`.
        api_token: an account- or deployment-scoped token (env `PREFACTOR_API_TOKEN`).
        timeout: seconds per connect / read / write (or an `httpx2.Timeout`).
        max_retries: retries of a direct call (connection errors, 408, 429, 5xx), with backoff and
            Retry-After; mutating calls carry an idempotency key, so a retry never acts twice.
        headers: extra headers for every request.
        telemetry: batching of spans (`TelemetryConfig`); `strict=True` is a shortcut for
            `TelemetryConfig(strict=True)`.
        strict: raise telemetry failures into your code (see `TelemetryConfig.strict`).
        base_url: another name for `api_url` (the name every client takes).
        http_settings: TLS, proxy, pool limits or a custom transport.
        transport: an inner httpx2 transport (replaces the one of `http_settings`).
        http_client: an httpx2 client of your own, never modified: the token and `headers` go on
            each request (the token only to `api_url`'s origin).
    """

    _environment = PREFACTOR_ENV

    def __init__(
        self,
        api_url: str | None = None,
        api_token: str | Secret | None = None,
        *,
        timeout: float | httpx2.Timeout | None = 60.0,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        telemetry: TelemetryConfig | None = None,
        strict: bool = False,
        http_settings: HTTPSettings | None = None,
        http_client: httpx2.AsyncClient | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
        base_url: str | None = None,
    ) -> None:
        api_url = one_base_url("api_url", api_url, base_url)  # type: ignore[assignment]
        http_settings = with_transport(http_settings, transport)
        values = resolve(PREFACTOR_SETTINGS, {"api_url": api_url, "api_token": api_token})
        token = values["api_token"] or ""
        config = ClientConfig(
            api=PLATFORM,
            base_url=values["api_url"] or "",
            credential=Secret(token),
            headers=dict(headers or {}),
            timeout=timeout,
            max_retries=max_retries,
        )
        auth = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        self._http = AsyncHTTP(config, auth_headers=auth, settings=http_settings, http_client=http_client)
        self._operations = AsyncOperations(self._http, "agentplug_prefactor_client")
        self.config = config
        self.agents = AsyncAgents(self._http)
        self.agent_instances = AsyncAgentInstances(self._http)
        self.agent_spans = AsyncAgentSpans(self._http)
        self.bulk = AsyncBulk(self._http)
        self.telemetry_config = telemetry or TelemetryConfig(strict=strict)
        self._worker = AsyncWorker("agentplug-prefactor-telemetry")
        self._buffer = TelemetryBuffer(self.telemetry_config, self._worker.wake)
        self._exporter = AsyncExporter(self.bulk, self._buffer, self.telemetry_config, self._worker)

    async def ping(self, **options: Unpack[CallOptions]) -> dict[str, Any]:
        """Check the token (AuthenticationError when it is not accepted)."""
        response = await self._http.send_operation(ping)
        return _ping(response)

    def instance(
        self,
        agent_id: str | None = None,
        *,
        agent_version: AgentVersionInput = None,
        schema: SchemaVersionInput = None,
        environment_id: str | None = None,
        purpose: str | None = None,
        external_identifier: str | None = None,
        instance_id: str | None = None,
        update_current_version: bool | None = None,
        on_terminate: Callable[[str | None], None] | None = None,
        raise_on_terminate: bool = True,
    ) -> AsyncInstanceRun:
        """A run of an agent as a context manager: `with client.instance(agent_id=...) as run:` (`async with`).

        `schema` declares the span types (a `SchemaVersionBuilder`, a model or a mapping). When the
        platform terminates the instance, `on_terminate(reason)` is called (from the telemetry
        worker) and, unless `raise_on_terminate=False`, the next span raises InstanceTerminatedError.
        """
        state = InstanceState(self._buffer, on_terminate=on_terminate, raise_on_terminate=raise_on_terminate)
        register = {
            "agent_version": agent_version,
            "agent_schema_version": schema,
            "agent_id": agent_id,
            "environment_id": environment_id,
            "purpose": purpose,
            "external_identifier": external_identifier,
            "id": instance_id,
            "update_current_version": update_current_version,
        }
        return AsyncInstanceRun(
            self.agent_instances, self.agent_spans, self._exporter, state, register, strict=self.telemetry_config.strict
        )

    def trace(self, schema_name: str | None = None, **options: Any) -> Callable[[Callable[P, R]], Callable[P, R]]:
        """Decorator: each call (sync or async function) is a span of the instance running it."""
        return trace(schema_name, **options)

    def telemetry_stats(self) -> TelemetryStats:
        """Counters: items queued, sent, rejected, dropped, failed; bulk requests made."""
        return self._buffer.stats()

    async def flush(self, timeout: float | None = None) -> bool:
        """Send every queued item now; False when `timeout` seconds passed first."""
        return await self._exporter.flush(timeout)

    def _operation_index(self) -> AsyncOperations:
        return self._operations

    async def aclose(self) -> None:
        """Send what is queued (up to `TelemetryConfig.shutdown_timeout`), then close the connections."""
        try:
            await self._exporter.aclose()
        finally:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncPrefactor:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_url={self.config.base_url!r})"
