"""The Moderately AI client's settings and the environment variables they are read from."""

from __future__ import annotations

from agentplug._core._config import Setting
from agentplug._core._environment import EnvTable

__all__ = ["MODERATELY_DEFAULT_BASE_URL", "MODERATELY_ENV", "MODERATELY_SETTINGS"]

# The production base URL documented for the Moderately AI platform (its spec declares no servers).
MODERATELY_DEFAULT_BASE_URL = "https://api.moderately.ai"

MODERATELY_SETTINGS: tuple[Setting, ...] = (
    Setting("api_key", "MODERATELY_API_KEY", required=True, secret=True),
    Setting("team_id", "MODERATELY_TEAM_ID", required=True),
    Setting("base_url", "MODERATELY_BASE_URL", default=MODERATELY_DEFAULT_BASE_URL, url=True),
)

MODERATELY_ENV = EnvTable("MODERATELY_", MODERATELY_SETTINGS)
