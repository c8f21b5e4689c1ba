"""The ACP tour: find the agent, stream a run, answer its interrupts, wait for the result.

Runs against the ACP sandbox started in this process (no account, no network).
"""

from __future__ import annotations

from typing import Any

from agentplug.acp import ACP, Interrupt, RunFinished, ValueRunResultUpdate
from agentplug.sandbox import acp as acp_sandbox
from rich.console import Console
from rich.panel import Panel
from rich.table import Table


def _said(values: Any) -> str:
    messages = values.get("messages", []) if isinstance(values, dict) else []
    return str(messages[-1]["content"]) if messages else repr(values)


def tour(console: Console, *, interactive: bool = False) -> None:
    console.rule("[bold cyan]ACP[/] · Agent Connect Protocol, against the embedded sandbox")
    with acp_sandbox.serve(profile="spec") as base_url, ACP(base_url=base_url) as client:
        console.print(f"sandbox listening on [link]{base_url}[/]\n")

        agent = next(iter(client.agents.search(version="1.0.0")))
        descriptor = client.agents.descriptor(agent.agent_id)
        capabilities = descriptor.specs.capabilities
        table = Table(title="1 · the agent", show_header=False, title_justify="left")
        table.add_row("name", f"[bold]{agent.metadata.ref.name}[/] {agent.metadata.ref.version}")
        table.add_row("says", agent.metadata.description)
        table.add_row("can", f"threads={capabilities.threads} interrupts={capabilities.interrupts}")
        console.print(table)

        console.print("\n[bold]2 · a streamed run[/] (to_upper): every update as it arrives, then the final state")
        question = {"messages": [{"type": "human", "content": "streams arrive one event at a time"}]}
        with client.runs.create_and_stream(
            agent_id=agent.agent_id, input=question, config={"configurable": {"to_upper": True}}
        ) as stream:
            for event in stream:
                if isinstance(event, ValueRunResultUpdate):
                    console.print(f"  [dim]update[/] {event.status}: {_said(event.values)}")
                elif isinstance(event, RunFinished):
                    console.print(f"  [green]finished[/] {event.status}")

        console.print("\n[bold]3 · a run that asks twice[/] (interrupt_count=2), answered as it goes")
        answers = iter(["Ada Lovelace", "yes, ship it"])
        answered: list[str] = []

        def answer(interrupt: Interrupt) -> dict[str, Any]:
            console.print(f"  [yellow]{interrupt.interrupt_type}[/]: the agent shows {_said(interrupt.payload)!r}")
            text = input("  your answer> ") if interactive else next(answers)
            console.print(f"  → answering [bold]{text!r}[/]")
            answered.append(text)
            return {"messages": [{"type": "human", "content": text}]}

        thread = client.threads.create(metadata={"demo": "acp"})
        run = client.threads.runs(thread.thread_id).create(
            agent_id=agent.agent_id,
            input={"messages": [{"type": "human", "content": "who wrote the first program?"}]},
            config={"configurable": {"interrupt_count": 2}},
        )
        run.run_to_completion(answer, timeout=60)

        console.print("\n[bold]4 · the result[/]")
        history = client.threads.history(thread.thread_id, limit=5)
        console.print(
            Panel(
                f"status [bold green]{run.status}[/]  ·  {len(answered)} interrupts answered  ·  "
                f"{len(history)} checkpoints on the thread\nthe agent's last word: [bold]{_said(run.values)}[/]",
                title=f"run {run.run_id}",
                expand=False,
            )
        )
