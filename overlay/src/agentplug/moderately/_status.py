"""Execution states (sans-I/O): which are final, and what a final state means for a waiter."""

from __future__ import annotations

__all__ = ["EXECUTION_STATUSES", "FAILED_STATUSES", "TERMINAL_STATUSES", "is_terminal"]

EXECUTION_STATUSES = ("pending", "running", "completed", "failed", "cancelled", "paused")
TERMINAL_STATUSES = frozenset({"completed", "failed", "cancelled"})  # `paused` may resume
FAILED_STATUSES = frozenset({"failed", "cancelled"})


def is_terminal(status: object) -> bool:
    """Whether an execution in `status` will not change any more (an unknown status is not final)."""
    return str(status) in TERMINAL_STATUSES
