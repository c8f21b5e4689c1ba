"""Representative ACP payloads for benchmarks and tests (built here, not captured from a server)."""

from __future__ import annotations

import json
from typing import Any

RUN_ID = "5b3c1e0a-8f43-4a8e-9d2b-2f7d1c6e4a10"
THREAD_ID = "0f6a2d4e-3b1c-4e8f-a9d7-6c5b4a3f2e1d"
AGENT_ID = "91b76349-cba0-4e3c-8252-e94fff20de4f"


def _message(i: int) -> dict[str, Any]:
    role = "human" if i % 2 == 0 else "assistant"
    blocks: list[dict[str, Any]] = [
        {"type": "text", "text": f"Step {i}: looking up order A-{4200 + i}."},
        {
            "type": "tool_use",
            "id": f"call_{i:04d}",
            "name": "lookup_order",
            "input": {"order_id": f"A-{4200 + i}", "include_history": True},
            "metadata": {"latency_ms": 12 + i},
        },
        {"type": "text", "text": "Found it.", "metadata": {"source": "orders-db"}},
    ]
    return {"role": role, "id": f"msg-{i}", "content": blocks}


def run_wait_response_stateful() -> dict[str, Any]:
    """A finished thread run and its result: about 3 KB of JSON."""
    messages = [_message(i) for i in range(6)]
    return {
        "run": {
            "run_id": RUN_ID,
            "thread_id": THREAD_ID,
            "agent_id": AGENT_ID,
            "created_at": "2026-11-23T13:04:40.803935",
            "updated_at": "2026-11-23T13:04:41.120551+00:00",
            "status": "success",
            "creation": {
                "agent_id": AGENT_ID,
                "input": {"messages": [{"role": "human", "content": "Where is order A-4200?"}]},
                "metadata": {"customer": "1000", "channel": "chat"},
                "config": {
                    "tags": ["support", "orders"],
                    "recursion_limit": 25,
                    "configurable": {"to_upper": False},
                },
                "webhook": "http://127.0.0.1:9000/hooks/acp",
                "stream_mode": None,
                "on_disconnect": "cancel",
                "multitask_strategy": "reject",
                "stream_subgraphs": False,
                "if_not_exists": "create",
            },
        },
        "output": {"type": "result", "values": {"messages": messages[-2:], "step": 6}, "messages": messages},
    }


def run_wait_response_stateful_bytes() -> bytes:
    return json.dumps(run_wait_response_stateful()).encode()
