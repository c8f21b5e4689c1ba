# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""A client of the session's sandbox for each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from agentplug.moderately import ModeratelyAI

from ..conftest import API_KEY


@pytest.fixture
def client(sandbox_url: str, team_id: str) -> Iterator[ModeratelyAI]:
    with ModeratelyAI(api_key=API_KEY, team_id=team_id, base_url=sandbox_url, timeout=30.0) as client:
        yield client
