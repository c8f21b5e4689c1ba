"""The NAT tour: a workflow pauses for a note and an approval, over polling and over a stream; choices; OAuth.

Runs against the NAT sandbox started in this process (no account, no network). With
`interactive=True` the console handler asks you instead of the scripted answers.
"""

from __future__ import annotations

import httpx2
from agentplug.errors import OperationFailedError
from agentplug.nat import (
    NAT,
    Interaction,
    InteractionHandler,
    InteractionRequired,
    OAuthRequest,
    OAuthRequired,
    Output,
    answers,
)
from agentplug.nat.console import ConsoleHandler
from agentplug.sandbox import nat as nat_sandbox
from rich.console import Console
from rich.panel import Panel
from rich.table import Table


def _scripted(console: Console, notes: list[str]) -> InteractionHandler:
    """Answers note prompts from `notes`, approves, and picks the last option of other choices."""

    def answer(interaction: Interaction) -> object:
        if interaction.input_type == "text":
            reply: object = notes.pop(0)
            shown = repr(reply)
        elif interaction.input_type == "binary_choice":
            reply, shown = answers.approve(), "approve"
        else:
            reply, shown = answers.choose(index=len(interaction.options) - 1), interaction.options[-1].label
        console.print(f"  [yellow]{interaction.input_type}[/] {interaction.text!r} → [bold]{shown}[/]")
        return reply

    return answer


def _handler(console: Console, interactive: bool, notes: list[str]) -> InteractionHandler:
    if not interactive:
        return _scripted(console, notes)
    return ConsoleHandler(
        ask=lambda prompt: console.input(f"  {prompt}"), say=lambda message: console.print(message, markup=False)
    )


def tour(console: Console, *, interactive: bool = False) -> None:
    console.rule("[bold cyan]NAT[/] · NeMo Agent Toolkit interactive HTTP, against the embedded sandbox")
    settings = nat_sandbox.SandboxSettings(prompt_grace=0.5)
    with nat_sandbox.serve(settings) as base_url, NAT(base_url=base_url, session="demo-user") as client:
        console.print(f"sandbox listening on [link]{base_url}[/] · health: [green]{client.health()}[/]\n")

        console.print("[bold]1 · polling[/]: the POST answers 202 the moment the workflow pauses")
        execution = client.run("the quarterly report")
        prompt = execution.interaction
        table = Table(show_header=False, title_justify="left")
        table.add_row("execution", str(execution.execution_id))
        table.add_row("status", str(execution.last_status.status))
        table.add_row("asks", f"{prompt.input_type}: {prompt.text!r}" if prompt else "-")
        console.print(table)
        handler = _handler(console, interactive, ["needs a chart on page 3"])
        result = execution.wait_for_completion(on_interaction=handler, timeout=300)
        console.print(f"  [green]completed[/] → {result['value']}\n")

        console.print("[bold]2 · streaming[/]: prompts arrive inline; the stream waits while they are answered")
        handler = _handler(console, interactive, ["ship it on Friday"])
        with client.stream("the release notes", on_interaction=handler) as stream:
            for event in stream:
                if isinstance(event, InteractionRequired):
                    console.print(f"  [dim]event[/] interaction_required ({event.interaction.interaction_id[:8]}…)")
                elif isinstance(event, Output):
                    console.print(f"  [dim]event[/] output → {event.value}")
        console.print()

        console.print("[bold]3 · choices[/]: radio, checkbox and dropdown prompts, answered with builders")
        handler = _handler(console, interactive, [])
        outcome = client.run("the alert", endpoint="/choices").wait_for_completion(on_interaction=handler)
        console.print(f"  [green]completed[/] → {outcome['value']}\n")

        console.print("[bold]4 · OAuth[/]: the workflow needs the user to sign in; the handler plays the browser")

        def browser(request: OAuthRequest) -> None:
            console.print(f"  [yellow]sign in at[/] {request.auth_url[:72]}…")
            httpx2.get(request.auth_url, follow_redirects=True, timeout=10).raise_for_status()

        with client.stream("my calendar", endpoint="/oauth_echo", on_oauth=browser) as stream:
            for event in stream:
                if isinstance(event, OAuthRequired):
                    console.print("  [dim]event[/] oauth_required")
                elif isinstance(event, Output):
                    console.print(f"  [green]signed in[/] → {event.value}")
        cached = client.run("my calendar again", endpoint="/oauth_echo")
        console.print(f"  second run: token cached, done at once ({'200' if cached.done else '202'})\n")

        console.print("[bold]5 · a prompt nobody answers[/] (timeout 1 s): the run fails, the error is typed")
        try:
            client.run("the forgotten task", endpoint="/timed").wait_for_completion(timeout=30)
        except OperationFailedError as error:
            console.print(f"  [red]{type(error).__name__}[/]: {error}")

        console.print(
            Panel(
                "run() → a handle for 200 and 202 alike · wait_for_completion(on_interaction=…, on_oauth=…)\n"
                "stream() → typed events, prompts answered mid-stream · answers.text / choose / approve / reject",
                title="agentplug.nat",
                expand=False,
            )
        )


if __name__ == "__main__":
    import sys

    tour(Console(), interactive="--interactive" in sys.argv)
