"""ACP end to end: the agentplug client against the ACP sandbox, over real loopback sockets.

The tests are written once as async code in `_async/`; `_sync/` is generated from them
(scripts/unasync_overlay.py), so the blocking client runs the very same scenarios. Each runs
against both sandbox profiles: `reference` (the reference server's wire behaviour, deviations
included) and `spec` (strictly ACP 0.2.3).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from agentplug.sandbox import acp

API_KEY = "e2e-secret-key"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session", params=acp.PROFILES)
def acp_profile(request: pytest.FixtureRequest) -> acp.Profile:
    profile: acp.Profile = request.param
    return profile


@pytest.fixture(scope="session")
def acp_url(acp_profile: acp.Profile) -> Iterator[str]:
    # Keep-alives after 0.1 s of silence (the reference server's come after 10 s): the slow runs
    # of the scenarios then meet the bare ':' glued to the next event's id line, as in production.
    settings = acp.SandboxSettings(profile=acp_profile, wait_timeout=5.0, keepalive_interval=0.1)
    with acp.serve(settings=settings) as url:
        yield url


@pytest.fixture(scope="session")
def acp_key_url(acp_profile: acp.Profile) -> Iterator[str]:
    with acp.serve(API_KEY, profile=acp_profile) as url:
        yield url
