"""The sandbox's state: agents, versions, instances, spans, in memory.

Records are plain dicts in the wire shape, so answering is a copy; the handlers run on the
server's event loop without awaiting while they change state, so no lock is needed.
"""

from __future__ import annotations

import itertools
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["ACCOUNT_ID", "InstanceRecord", "Store", "now_iso"]

ACCOUNT_ID = "acc_sandbox"
SPAN_STATUSES = ("pending", "active", "complete", "failed", "cancelled")
TERMINAL = frozenset({"complete", "failed", "cancelled", "terminated"})


def now_iso() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class InstanceRecord:
    """An instance and what belongs to it: its schema version and its spans."""

    data: dict[str, Any]
    span_types: dict[str, dict[str, Any]]  # name -> {title, template}
    strict_span_types: bool  # the schema version declared span types: others are refused
    quality_schemas: dict[str, dict[str, Any]]  # name -> {template}
    span_ids: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SPAN_STATUSES, 0))

    def span_counts(self) -> dict[str, int]:
        finished = self.counts["complete"] + self.counts["failed"] + self.counts["cancelled"]
        return {"total": len(self.span_ids), **self.counts, "finished": finished}


class Store:
    def __init__(self) -> None:
        self.agents: dict[str, dict[str, Any]] = {}
        self.agent_by_external: dict[str, str] = {}
        self.versions: dict[tuple[str, str], str] = {}
        self.schema_versions: dict[tuple[str, str], str] = {}
        self.instances: dict[str, InstanceRecord] = {}
        self.spans: dict[str, dict[str, Any]] = {}
        self.requests = 0  # HTTP requests served under /api/v1
        self._serial = itertools.count(1)
        self._prefix = secrets.token_hex(3)

    def new_id(self, kind: str) -> str:
        # Opaque, unique, and sortable by creation within one sandbox run.
        return f"{kind}_{self._prefix}{next(self._serial):08d}"

    def instance(self, instance_id: str) -> InstanceRecord | None:
        return self.instances.get(instance_id)

    def instance_answer(self, record: InstanceRecord) -> dict[str, Any]:
        return {**record.data, "span_counts": record.span_counts()}

    def instance_counts(self, agent_id: str, environment_id: str | None) -> dict[str, int]:
        counts = dict.fromkeys(("pending", "active", "complete", "failed", "cancelled", "terminated"), 0)
        for record in self.instances.values():
            data = record.data
            if data["agent_id"] == agent_id and (environment_id is None or data["environment_id"] == environment_id):
                counts[data["status"]] += 1
        finished = counts["complete"] + counts["failed"] + counts["cancelled"]
        return {"total": sum(counts.values()), **counts, "finished": finished}
