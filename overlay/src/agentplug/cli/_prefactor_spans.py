"""`agentplug prefactor spans INSTANCE [--follow]`: a run's spans as a table, live with --follow."""

from __future__ import annotations

import argparse
import contextlib
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ._common import EXIT_OK, Output, add_common, shown_time, when

if TYPE_CHECKING:
    from rich.table import Table

    from agentplug.prefactor import AgentSpan

__all__ = ["register"]


def register(actions: Any) -> None:
    spans = actions.add_parser(
        "spans",
        help="an instance's spans (--follow: live, until the instance ends)",
        description="List the spans of an agent instance in recording order. With --follow the table "
        "stays live: new spans are read every --interval seconds until the instance has finished and its "
        "last spans are in, then the statuses are read once more and the command exits 0 (Ctrl-C stops). "
        "With --json: a JSON array, or with --follow one JSON line per span as it is recorded and one "
        "more per span whose status changed by the end.",
    )
    add_common(spans, env="PREFACTOR_API_URL")
    spans.add_argument("instance_id", metavar="INSTANCE")
    spans.add_argument("--follow", action="store_true", help="add spans as they are recorded, until the end")
    spans.add_argument("--interval", type=float, default=1.0, help="seconds between reads (default 1)")
    spans.set_defaults(handler=_spans)


def _row(span: AgentSpan) -> dict[str, Any]:
    parent = span.parent_span_id
    summary = span.summary
    return {
        "id": span.id,
        "parent_span_id": parent if isinstance(parent, str) else None,
        "schema_name": span.schema_name,
        "status": str(span.status),
        "started_at": when(span.started_at),
        "finished_at": when(span.finished_at),
        "summary": summary if isinstance(summary, str) else "",
    }


def _took(row: dict[str, Any]) -> str:
    if not row["started_at"] or not row["finished_at"]:
        return ""
    seconds = (datetime.fromisoformat(row["finished_at"]) - datetime.fromisoformat(row["started_at"])).total_seconds()
    return f"{seconds:.2f}s"


def _table(instance_id: str, rows: dict[str, dict[str, Any]]) -> Table:
    from rich.table import Table

    depth: dict[str, int] = {}
    spans: list[str] = []
    for row in rows.values():  # recording order: a parent comes before its children
        parent = row["parent_span_id"]
        depth[row["id"]] = depth[parent] + 1 if parent in depth else 0
        spans.append("  " * depth[row["id"]] + row["schema_name"])
    table = Table(title=f"spans of instance {instance_id}", title_justify="left")
    table.add_column("id", no_wrap=True)  # whole, to be copied
    # the span type, indented under its parent; whole too (the summary is what narrows)
    table.add_column("span", min_width=max(map(len, spans), default=4), overflow="fold")
    for column in ("status", "started", "took"):
        table.add_column(column, no_wrap=True)
    table.add_column("summary", overflow="fold")
    for row, span in zip(rows.values(), spans, strict=True):
        started = shown_time(row["started_at"], "%H:%M:%S")
        table.add_row(row["id"], span, row["status"], started, _took(row), row["summary"])
    return table


def _spans(args: argparse.Namespace, out: Output) -> int:
    from rich.live import Live

    from agentplug.prefactor import Prefactor

    with Prefactor(api_url=args.base_url) as client:  # the token: PREFACTOR_API_TOKEN
        if not args.follow:
            listed = [_row(span) for span in client.agent_spans.list(agent_instance_id=args.instance_id)]
            rows = {row["id"]: row for row in listed}
            out.result(listed, lambda console: console.print(_table(args.instance_id, rows)))
            return EXIT_OK
        rows = {}
        live = Live(_table(args.instance_id, rows), console=out.out, auto_refresh=False)

        def show(row: dict[str, Any]) -> None:
            rows[row["id"]] = row
            if out.json_mode:
                out.event(row, "")
            else:
                live.update(_table(args.instance_id, rows), refresh=True)

        with contextlib.nullcontext() if out.json_mode else live:
            # follow() yields each span once, as recorded; a span still active then may have finished
            # since, so the end re-reads the statuses once (a changed row is shown again).
            for span in client.agent_spans.follow(args.instance_id, interval=args.interval, until_finished=True):
                show(_row(span))
            for span in client.agent_spans.list(agent_instance_id=args.instance_id):
                row = _row(span)
                if rows.get(row["id"]) != row:
                    show(row)
    return EXIT_OK
