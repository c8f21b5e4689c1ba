"""The client contract: what every platform client promises, checked against each sandbox.

Tests are written once as async code in `_async/`; `_sync/` is generated from them
(scripts/unasync_overlay.py), so the blocking clients meet the same contract.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from agentplug.sandbox import acp, nat


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def acp_url() -> Iterator[str]:
    with acp.serve() as url:
        yield url


@pytest.fixture(scope="session")
def nat_url() -> Iterator[str]:
    # The `slow` workflow works 1.5 s before its first prompt (its POST blocks meanwhile).
    with nat.serve(nat.SandboxSettings(pre_delay=1.5)) as url:
        yield url
