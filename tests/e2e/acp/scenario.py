"""What the scenarios share: the echo agent's id and inputs."""

from __future__ import annotations

from typing import Any

from agentplug.sandbox.acp import ECHO_AGENT_ID

AGENT = ECHO_AGENT_ID


def chat(text: str) -> dict[str, Any]:
    return {"messages": [{"type": "human", "content": text}]}


def last_message(values: Any) -> Any:
    return values["messages"][-1]["content"]


def configurable(**options: Any) -> dict[str, Any]:
    return {"configurable": options}
