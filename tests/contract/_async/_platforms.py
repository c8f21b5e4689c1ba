"""The four clients and one authenticated call per platform, for the contract tests."""

from __future__ import annotations

from typing import Any

from agentplug.acp import AsyncACP
from agentplug.moderately import AsyncModeratelyAI
from agentplug.nat import AsyncNAT
from agentplug.prefactor import AsyncPrefactor

CLIENTS: dict[str, Any] = {
    "acp": AsyncACP,
    "nat": AsyncNAT,
    "prefactor": AsyncPrefactor,
    "moderately": AsyncModeratelyAI,
}


async def probe(platform: str, client: Any) -> None:
    """One call that reaches the sandbox (and is refused without the right credential)."""
    if platform == "acp":
        await client.call("search_agents", body={"name": "agentplug.sandbox.echo"})
    elif platform == "nat":
        await client.call("health")
    elif platform == "prefactor":
        await client.ping()
    else:
        await client.call("list_teams")
