"""A Moderately sandbox per test module on loopback ports (API and storage).

The tests are written once, async, in `_async/`; `_sync/` is their generated blocking twin
(see `twins.py`), so every operation is exercised through `AsyncModeratelyAI` and `ModeratelyAI`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from agentplug.sandbox import moderately as sandbox

API_KEY = "mod-e2e-key"


@pytest.fixture(scope="module")
def sandbox_url() -> Iterator[str]:
    # One per module: the sync and async twins of a module each get a fresh server.
    settings = sandbox.SandboxSettings(
        api_keys=frozenset({API_KEY}), step_seconds=0.02, processing_seconds=0.02, inline_output_limit=4096
    )
    with sandbox.serve(settings=settings) as url:
        yield url


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def team_id() -> str:
    return sandbox.DEFAULT_TEAM_ID
