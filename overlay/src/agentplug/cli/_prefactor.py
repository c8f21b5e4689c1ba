"""`agentplug prefactor instance ID [--follow]` and `prefactor instances --agent ID`: agent instances,
their status and span counts (live with --follow). `prefactor spans` is in `_prefactor_spans`."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from . import _prefactor_spans
from ._common import EXIT_OK, Output, UsageError, add_common, shown_time, when

if TYPE_CHECKING:
    from rich.table import Table

    from agentplug.prefactor import AgentInstance

__all__ = ["register"]

_DONE = frozenset({"complete", "failed", "cancelled", "terminated"})
_COUNTS = ("active", "complete", "failed", "cancelled", "total")


def register(commands: Any) -> None:
    prefactor = commands.add_parser("prefactor", help="Prefactor: agent instances and their spans")
    actions = prefactor.add_subparsers(dest="action", required=True)
    instance = actions.add_parser(
        "instance",
        help="an instance's status and span counts (--follow: live, until it ends)",
        description="Show an agent instance: its status and its span counts by status. With --follow the "
        "table stays live, refreshed every --interval seconds, until the instance ends (Ctrl-C stops).",
    )
    add_common(instance, env="PREFACTOR_API_URL")
    instance.add_argument("instance_id", metavar="INSTANCE")
    instance.add_argument("--follow", action="store_true", help="refresh until the instance ends")
    instance.add_argument("--interval", type=float, default=1.0, help="seconds between refreshes (default 1)")
    instance.set_defaults(handler=_instance)
    instances = actions.add_parser(
        "instances",
        help="an agent's instances: status, start and finish, span counts",
        description="List the instances of an agent, oldest first: id, status, when it started and "
        "finished, and its span counts by status.",
    )
    add_common(instances, env="PREFACTOR_API_URL")
    instances.add_argument("--agent", required=True, metavar="ID", help="the agent's id")
    instances.add_argument("--limit", type=int, default=None, metavar="N", help="show at most N instances")
    instances.set_defaults(handler=_instances)
    _prefactor_spans.register(actions)


def _row(instance: AgentInstance) -> dict[str, Any]:
    counts = instance.span_counts
    row: dict[str, Any] = {
        "id": instance.id,
        "agent_id": instance.agent_id,
        "status": str(instance.status),
        "started_at": when(instance.started_at),
        "finished_at": when(instance.finished_at),
    }
    for name in _COUNTS:
        value = getattr(counts, name, None) if counts else None
        row[name] = value if isinstance(value, int) else 0
    return row


def _table(row: dict[str, Any]) -> Table:
    from rich.table import Table

    table = Table(title=f"instance {row['id']} (agent {row['agent_id']})", title_justify="left")
    for column in ("status", *_COUNTS):
        table.add_column(column, justify="right" if column != "status" else "left")
    table.add_row(row["status"], *(str(row[name]) for name in _COUNTS))
    return table


def _spans_cell(row: dict[str, Any]) -> str:
    """The span counts in one cell: "3: 2 complete, 1 failed" (the statuses that have spans)."""
    parts = [f"{row[name]} {name}" for name in _COUNTS[:-1] if row[name]]
    return f"{row['total']}: {', '.join(parts)}" if parts else str(row["total"])


def _instances_table(agent_id: str, rows: list[dict[str, Any]]) -> Table:
    from rich.table import Table

    table = Table(title=f"instances of agent {agent_id}", title_justify="left")
    table.add_column("id", no_wrap=True)  # ids stay whole: they are copied into the next command
    table.add_column("status", no_wrap=True)
    table.add_column("started", no_wrap=True)
    table.add_column("finished", no_wrap=True)
    table.add_column("spans")
    for row in rows:
        started, finished = shown_time(row["started_at"]), shown_time(row["finished_at"])
        table.add_row(row["id"], row["status"], started, finished, _spans_cell(row))
    return table


def _instances(args: argparse.Namespace, out: Output) -> int:
    from agentplug.prefactor import Prefactor

    if args.limit is not None and args.limit < 1:
        raise UsageError(f"--limit must be at least 1, got {args.limit}")
    with Prefactor(api_url=args.base_url) as client:  # the token: PREFACTOR_API_TOKEN
        rows = [_row(instance) for instance in client.agent_instances.list(args.agent, max_items=args.limit)]
    out.result(rows, lambda console: console.print(_instances_table(args.agent, rows)))
    return EXIT_OK


def _instance(args: argparse.Namespace, out: Output) -> int:
    from rich.live import Live

    from agentplug.prefactor import Prefactor

    with Prefactor(api_url=args.base_url) as client:  # the token: PREFACTOR_API_TOKEN
        row = _row(client.agent_instances.get(args.instance_id))
        if not args.follow or row["status"] in _DONE:
            out.result(row, lambda console: console.print(_table(row)))
            return EXIT_OK
        if out.json_mode:  # one JSON line per change, as the live commands do
            out.event(row, "")
            while row["status"] not in _DONE:
                time.sleep(args.interval)
                fresh = _row(client.agent_instances.get(args.instance_id))
                if fresh != row:
                    row = fresh
                    out.event(row, "")
            return EXIT_OK
        with Live(_table(row), console=out.out, auto_refresh=False) as live:
            while row["status"] not in _DONE:
                time.sleep(args.interval)
                row = _row(client.agent_instances.get(args.instance_id))
                live.update(_table(row), refresh=True)
    return EXIT_OK
