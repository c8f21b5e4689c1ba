"""Run event streams as the reference server writes them.

- values events only, each with status ``pending``; no event for success or for an interrupt:
  the stream just ends;
- ids count the events of this connection from 1; a join sends only what happens after it, and
  a join of a run that is no longer working gets an empty stream;
- a failed run sends its error three times (``errcode`` 0), then keep-alives until the client
  leaves (here: until the sandbox's wait limit);
- after ``keepalive_interval`` seconds of silence a bare ``:`` is written, with no line end.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from .runs import RunEngine
from .sse import KEEPALIVE, encode_event
from .store import RunRecord

__all__ = ["reference_stream"]

_ERROR_REPEATS = 3
_FAILED = frozenset({"error", "timeout"})


async def reference_stream(engine: RunEngine, run: RunRecord, *, joined: bool) -> AsyncIterator[bytes]:
    """The stream's bytes; ``joined``: a client joining an existing run (else: the run's creator)."""
    if joined and not run.active:
        return
    cursor = len(run.events) if joined else 0
    next_id = 1
    failed = False
    settings = engine.settings
    deadline = time.monotonic() + settings.wait_timeout
    while True:
        changed = run.changed()
        while cursor < len(run.events):
            kind, payload = run.events[cursor]
            cursor += 1
            if kind == "values":
                # The reference's values events carry no ``messages`` of the spec's Message shape.
                event = {key: value for key, value in payload.items() if key != "messages"}
                yield encode_event(next_id, event, spaced=True)
                next_id += 1
            elif kind == "final" and payload.get("type") == "error":
                for _ in range(_ERROR_REPEATS):
                    yield encode_event(next_id, {**payload, "errcode": 0}, spaced=True)
                    next_id += 1
                failed = True
        if engine.closing.is_set() or run.run_id not in engine.store.runs:
            return
        if not failed and not run.active and run.status not in _FAILED:
            return
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return
        await engine.wait_event(changed, min(settings.keepalive_interval, remaining))
        if not changed.is_set() and not engine.closing.is_set() and time.monotonic() < deadline:
            yield KEEPALIVE
