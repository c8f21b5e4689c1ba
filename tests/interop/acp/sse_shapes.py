"""What a correct client should see of a sandbox run's stream, and the shapes of the vendor's repeats."""

from __future__ import annotations

from agentplug.sandbox.acp.store import RunRecord

__all__ = ["expected_stream_ids", "is_prefix_concatenation", "triangular"]


def expected_stream_ids(run: RunRecord) -> list[str]:
    """The event ids a values-mode stream of the whole run carries (custom events are not sent)."""
    return [str(index) for index, (kind, _) in enumerate(run.events, start=1) if kind in ("values", "final")]


def triangular(ids: list[str]) -> list[str]:
    """What a parser that re-yields every earlier event gives when each event is its own chunk."""
    return [event_id for end in range(1, len(ids) + 1) for event_id in ids[:end]]


def is_prefix_concatenation(yielded: list[str], ids: list[str]) -> bool:
    """Whether `yielded` is made of prefixes of `ids`, never shorter than the one before, the last complete."""
    segments: list[list[str]] = []
    for event_id in yielded:
        if ids and event_id == ids[0]:
            segments.append([])
        elif not segments:
            return False
        segments[-1].append(event_id)
    lengths = [len(segment) for segment in segments]
    prefixes = all(segment == ids[: len(segment)] for segment in segments)
    return prefixes and lengths == sorted(lengths) and bool(lengths) and lengths[-1] == len(ids)
