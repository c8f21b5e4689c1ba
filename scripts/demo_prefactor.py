"""A tour of agentplug.prefactor against the embedded Prefactor sandbox.

An instrumented toy agent plans a trip: every step is a span (nested through the code, batched
onto the bulk endpoint), one tool fails and is recorded as failed, a quality score is recorded.
Then the span tree is read back, and the platform's kill switch stops a second run.

    .venv/bin/python scripts/demo_prefactor.py
"""

from __future__ import annotations

import sys
from typing import Any

import httpx2
from agentplug.prefactor import InstanceTerminatedError, Prefactor, SchemaVersionBuilder, data_risk
from agentplug.sandbox import prefactor as sandbox
from rich.console import Console
from rich.table import Table
from rich.tree import Tree

TOKEN = "demo-token"
STATUS_STYLE = {"complete": "green", "failed": "red", "cancelled": "yellow", "active": "cyan"}


def _schema() -> SchemaVersionBuilder:
    return (
        SchemaVersionBuilder("trip-planner-v1")
        .span_type("agent", template="plan a trip to {{city}}")
        .span_type("llm", template="{{model}}: {{prompt}} → {{answer}}")
        .span_type(
            "tool_call",
            template="{{tool}}({{query}})",
            data_risk=data_risk(
                allow=["read_data", "external_communication"],
                disallow=["destroy_data", "financial_transactions"],
                params_include=["location_and_tracking"],
                params_classification="internal",
            ),
        )
        .quality("helpfulness", template="score {{score}}/5")
    )


def _toy_agent(client: Prefactor, agent_id: str) -> str:
    @client.trace("tool_call")
    def weather(tool: str, query: str) -> dict[str, Any]:
        return {"forecast": "sunny", "high_c": 24}

    with client.instance(agent_id, agent_version="1.0.0", schema=_schema()) as run:
        with run.span("agent", {"city": "Lisbon"}) as plan:
            with run.span("llm", {"model": "small-1", "prompt": "what to check?"}) as llm:
                llm.result = {"answer": "flights and weather"}
            try:
                with run.span("tool_call", {"tool": "flights", "query": "LIS"}):
                    raise TimeoutError("flight search timed out")
            except TimeoutError:
                pass  # the agent copes; the span is recorded as failed
            weather("weather", "Lisbon")
            with run.span("llm", {"model": "small-1", "prompt": "summarise"}) as summary:
                summary.result = {"answer": "Go on Friday, it will be sunny"}
            plan.result = {"plan": "Friday, sunny"}
        run.record_quality("helpfulness", {"score": 4})
    return run.id


def _tree(spans: list[dict[str, Any]]) -> Tree:
    root = Tree("[bold]spans[/]")
    nodes: dict[str | None, Tree] = {None: root}
    for span in spans:  # the server lists them in creation order: parents first
        style = STATUS_STYLE.get(span["status"], "white")
        label = f"[{style}]{span['status']:>9}[/]  [bold]{span['schema_name']}[/]  {span.get('summary') or ''}"
        nodes[span["id"]] = nodes.get(span["parent_span_id"], root).add(label)
    return root


def _kill_switch(client: Prefactor, url: str, agent_id: str, console: Console) -> None:
    heard: list[str | None] = []
    try:
        with client.instance(agent_id, schema=_schema(), on_terminate=heard.append) as run:
            for step in range(100):
                with run.span("llm", {"model": "small-1", "prompt": f"step {step}"}):
                    pass
                if step == 2:
                    client.agent_instances.terminate(run.id, reason="budget exceeded")  # the platform's kill switch
                client.flush(10)
    except InstanceTerminatedError as stop:
        console.print(
            f"  callback heard: {heard!r}; the next span raised [bold]{type(stop).__name__}[/]: {stop.reason}"
        )
        console.print(f"  the run stopped after step {step}")


def tour(console: Console, *, interactive: bool = False) -> None:
    with sandbox.serve(api_token=TOKEN) as url, Prefactor(api_url=url, api_token=TOKEN) as client:
        console.rule("[bold]Prefactor: an instrumented agent run")
        agent = client.agents.create("Trip planner", external_identifier="trip-planner")
        console.print(f"agent [bold]{agent.name}[/] ({agent.id}), status {agent.status}")
        instance_id = _toy_agent(client, agent.id)
        client.flush(10)
        stats = client.telemetry_stats()
        console.print(
            f"telemetry: {stats.enqueued} items queued, {stats.sent} delivered in "
            f"[bold]{stats.requests}[/] bulk request(s), {stats.lost} lost"
        )

        console.rule("[bold]read back")
        instance = client.agent_instances.get(instance_id)
        counts = instance.span_counts
        table = Table(show_edge=False, header_style="bold")
        for column in ("instance", "status", "spans", "complete", "failed", "quality"):
            table.add_column(column)
        table.add_row(
            instance.id,
            str(instance.status),
            str(counts.total if counts else "?"),
            str(counts.complete if counts else "?"),
            str(counts.failed if counts else "?"),
            str(instance.quality_summaries.to_dict() if instance.quality_summaries else {}),
        )
        console.print(table)
        spans = httpx2.get(f"{url}/_sandbox/agent_instance/{instance_id}/spans").json()
        console.print(_tree(spans))

        console.rule("[bold]the platform's kill switch")
        _kill_switch(client, url, agent.id, console)


if __name__ == "__main__":
    tour(Console())
    sys.exit(0)
