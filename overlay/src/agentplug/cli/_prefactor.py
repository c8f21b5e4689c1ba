"""`agentplug prefactor instance ID [--follow]`: an agent instance's status and span counts, live."""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING, Any

from ._common import EXIT_OK, Output, add_common

if TYPE_CHECKING:
    from rich.table import Table

    from agentplug.prefactor import AgentInstance

__all__ = ["register"]

_DONE = frozenset({"complete", "failed", "cancelled", "terminated"})
_COUNTS = ("active", "complete", "failed", "cancelled", "total")


def register(commands: Any) -> None:
    prefactor = commands.add_parser("prefactor", help="Prefactor: agent instances")
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


def _row(instance: AgentInstance) -> dict[str, Any]:
    counts = instance.span_counts
    row: dict[str, Any] = {"id": instance.id, "agent_id": instance.agent_id, "status": str(instance.status)}
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
