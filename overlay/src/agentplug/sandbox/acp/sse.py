"""Server-sent event framing of run output (``text/event-stream``)."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["EVENT_NAME", "encode_event", "parse_last_event_id"]

EVENT_NAME = "agent_event"


def encode_event(event_id: int, payload: dict[str, Any]) -> bytes:
    """One SSE event: ``id``, ``event: agent_event`` and the payload as one ``data`` line."""
    data = json.dumps(payload, ensure_ascii=True, separators=(",", ":"))
    return f"id: {event_id}\nevent: {EVENT_NAME}\ndata: {data}\n\n".encode()


def parse_last_event_id(header: str | None) -> int:
    """The event id a reconnecting client last saw (0: none, or not one of ours)."""
    if header is None:
        return 0
    text = header.strip()
    return int(text) if text.isdigit() and len(text) < 12 else 0
