"""A client of the session's sandbox for each test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from agentplug.moderately import AsyncModeratelyAI

from ..conftest import API_KEY


@pytest.fixture
async def client(sandbox_url: str, team_id: str) -> AsyncIterator[AsyncModeratelyAI]:
    async with AsyncModeratelyAI(api_key=API_KEY, team_id=team_id, base_url=sandbox_url, timeout=30.0) as client:
        yield client
