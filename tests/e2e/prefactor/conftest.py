"""Prefactor end to end: the agentplug client against the Prefactor sandbox over loopback sockets.

Scenarios are written once as async code in `_async/`; `_sync/` is generated from them
(scripts/unasync_overlay.py), so the blocking client runs the very same ones. Thread-, task- and
fault-specific tests sit next to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from agentplug.sandbox import prefactor

TOKEN = "e2e-token"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def prefactor_url() -> Iterator[str]:
    with prefactor.serve(api_token=TOKEN) as url:
        yield url


def stored_spans(base_url: str, instance_id: str) -> list[dict[str, Any]]:
    """What the server holds for an instance, read through the sandbox's inspection route."""
    spans: list[dict[str, Any]] = httpx2.get(f"{base_url}/_sandbox/agent_instance/{instance_id}/spans").json()
    return spans


def terminate(base_url: str, instance_id: str, reason: str) -> None:
    """The platform stops a run (an operator, from outside the agent's process), through the real endpoint."""
    response = httpx2.post(
        f"{base_url}/api/v1/agent_instance/{instance_id}/terminate",
        json={"reason": reason},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    response.raise_for_status()
