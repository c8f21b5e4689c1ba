"""The Prefactor client's settings and the environment variables they are read from."""

from __future__ import annotations

from agentplug._core._config import Setting
from agentplug._core._environment import EnvTable

__all__ = ["PREFACTOR_ENV", "PREFACTOR_SETTINGS"]

PREFACTOR_SETTINGS: tuple[Setting, ...] = (
    Setting("api_url", "PREFACTOR_API_URL", required=True, url=True),
    Setting("api_token", "PREFACTOR_API_TOKEN", required=True, secret=True),
)

PREFACTOR_ENV = EnvTable("PREFACTOR_", PREFACTOR_SETTINGS)
