"""The NAT client's settings and the environment variables they are read from."""

from __future__ import annotations

from agentplug._core._config import Setting
from agentplug._core._environment import EnvTable

__all__ = ["NAT_ENV", "NAT_SETTINGS"]

NAT_SETTINGS: tuple[Setting, ...] = (Setting("base_url", "NAT_BASE_URL", required=True, url=True),)

NAT_ENV = EnvTable("NAT_", NAT_SETTINGS)
