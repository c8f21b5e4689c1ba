"""Shared fixtures for the tests of the generated ACP client and of its generator pipeline."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
