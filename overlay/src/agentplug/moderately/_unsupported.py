"""Calls the vendor SDK offers but the published API has no operation for.

agentplug keeps the names (so code written against the vendor SDK reads the same) and raises a
typed error at once, rather than calling an undocumented route the way the vendor SDK does.
"""

from __future__ import annotations

from agentplug.errors import AgentplugError

__all__ = ["UnsupportedOperationError", "unsupported"]


class UnsupportedOperationError(AgentplugError):
    """The Moderately AI API has no operation for this call."""


def unsupported(call: str, hint: str) -> UnsupportedOperationError:
    return UnsupportedOperationError(f"{call}: the Moderately AI API has no such operation. {hint}")
