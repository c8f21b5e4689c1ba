"""Prefactor agent observability: agents, instances, spans, bulk, data risk.

    from agentplug.prefactor import Prefactor

    with Prefactor() as client:                      # PREFACTOR_API_URL, PREFACTOR_API_TOKEN
        with client.instance(agent_id="agent_...") as run:
            with run.span("tool_call", {"tool": "search"}) as span:
                span.result = {"hits": 3}

`AsyncPrefactor` is the same client for asyncio (`async with`).
"""

from __future__ import annotations

from ._api_response import ApiResponse
from ._async.client import AsyncPrefactor
from ._async.instance import AsyncInstanceRun
from ._async.span_feed import AsyncSpanFeed
from ._builders import SchemaVersionBuilder, data_risk
from ._errors import InstanceTerminatedError, TelemetryError
from ._models import *  # noqa: F403
from ._models import __all__ as _models
from ._sync.client import Prefactor
from ._sync.instance import InstanceRun
from ._sync.span_feed import SpanFeed
from ._telemetry import DropPolicy, TelemetryConfig, TelemetryStats
from ._tracing import Span, current_span, trace
from ._wire import NOT_GIVEN

__all__ = [
    "NOT_GIVEN",
    "ApiResponse",
    "AsyncInstanceRun",
    "AsyncPrefactor",
    "AsyncSpanFeed",
    "DropPolicy",
    "InstanceRun",
    "InstanceTerminatedError",
    "Prefactor",
    "SchemaVersionBuilder",
    "Span",
    "SpanFeed",
    "TelemetryConfig",
    "TelemetryError",
    "TelemetryStats",
    "current_span",
    "data_risk",
    "trace",
    *_models,
]
