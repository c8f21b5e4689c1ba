"""Server-sent event framing of run output (``text/event-stream``)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import StreamingResponse

from .store import RunRecord

__all__ = ["EVENT_NAME", "KEEPALIVE", "encode_event", "event_stream", "parse_last_event_id"]

_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}

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


def event_stream(chunks: AsyncIterator[bytes], run: RunRecord, *, cancel_on_disconnect: bool) -> StreamingResponse:
    """A ``text/event-stream`` response of chunks; a client leaving early cancels the run if asked."""

    async def body() -> AsyncIterator[bytes]:
        complete = False
        try:
            async for chunk in chunks:
                yield chunk
            complete = True
        finally:
            if not complete and cancel_on_disconnect and run.active and run.task is not None:
                run.cancelled = True
                run.task.cancel()

    return StreamingResponse(body(), media_type="text/event-stream", headers=_SSE_HEADERS)
