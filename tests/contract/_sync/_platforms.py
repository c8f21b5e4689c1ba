# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The four clients and one authenticated call per platform, for the contract tests."""

from __future__ import annotations

from typing import Any

from agentplug.acp import ACP
from agentplug.moderately import ModeratelyAI
from agentplug.nat import NAT
from agentplug.prefactor import Prefactor

CLIENTS: dict[str, Any] = {
    "acp": ACP,
    "nat": NAT,
    "prefactor": Prefactor,
    "moderately": ModeratelyAI,
}


def probe(platform: str, client: Any) -> None:
    """One call that reaches the sandbox (and is refused without the right credential)."""
    if platform == "acp":
        client.call("search_agents", body={"name": "agentplug.sandbox.echo"})
    elif platform == "nat":
        client.call("health")
    elif platform == "prefactor":
        client.ping()
    else:
        client.call("list_teams")
