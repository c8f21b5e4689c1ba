"""Prefactor's own exceptions (both are `agentplug.errors.AgentplugError`s)."""

from __future__ import annotations

from typing import Any

from agentplug.errors import AgentplugError

__all__ = ["InstanceTerminatedError", "TelemetryError"]


class InstanceTerminatedError(AgentplugError):
    """The platform asked this agent instance to stop (the `control.terminate` signal).

    Attributes:
        reason: the reason the platform gave, if any.
        instance_id: the terminated instance.
        span: the span the signal came with, when a direct span call received it (it was recorded).
    """

    def __init__(self, reason: str | None, *, instance_id: str | None = None, span: Any = None) -> None:
        shown = f": {reason}" if reason else ""
        super().__init__(f"Agent instance {instance_id or '?'} was terminated by the platform{shown}")
        self.reason = reason
        self.instance_id = instance_id
        self.span = span


class TelemetryError(AgentplugError):
    """Telemetry could not be delivered (raised only in strict mode; otherwise it is counted and logged).

    Attributes:
        stats: the telemetry counters when the failure was noticed.
    """

    def __init__(self, message: str, *, stats: Any = None) -> None:
        super().__init__(message)
        self.stats = stats
