"""The User-Agent every agentplug request carries: `agentplug/<version> <api>`."""

from __future__ import annotations

from agentplug import __version__

__all__ = ["user_agent"]


def user_agent(api: str) -> str:
    """E.g. `agentplug/0.1.0 acp`: lets a server's operators tell SDK versions and platforms apart."""
    return f"agentplug/{__version__} {api}"
