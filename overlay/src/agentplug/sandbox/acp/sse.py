"""Server-sent event framing of run output (``text/event-stream``)."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["EVENT_NAME", "KEEPALIVE", "encode_event", "parse_last_event_id"]

EVENT_NAME = "agent_event"
# The reference server's keep-alive: a comment colon with no line end, so the next chunk's first
# line joins it (and, per the SSE rules, is read as part of the comment).
KEEPALIVE = b":"


def encode_event(event_id: int, payload: dict[str, Any], *, spaced: bool = False) -> bytes:
    """One SSE event: ``id``, ``event: agent_event`` and the payload as one ``data`` line.

    spaced: JSON with Python's default separators (``", "``, ``": "``), as the reference server writes.
    """
    data = json.dumps(payload, ensure_ascii=True, separators=(", ", ": ") if spaced else (",", ":"))
    return f"id: {event_id}\nevent: {EVENT_NAME}\ndata: {data}\n\n".encode()


def parse_last_event_id(header: str | None) -> int:
    """The event id a reconnecting client last saw (0: none, or not one of ours)."""
    if header is None:
        return 0
    text = header.strip()
    return int(text) if text.isdigit() and len(text) < 12 else 0
