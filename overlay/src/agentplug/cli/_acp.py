"""`agentplug acp agents` and `agentplug acp run`: an ACP server from the terminal."""

from __future__ import annotations

import argparse
import json
import uuid
from typing import TYPE_CHECKING, Any

from ._common import EXIT_API, EXIT_OK, Output, add_common, parse_input, plain

if TYPE_CHECKING:
    from rich.console import Console

    from agentplug.acp import ACP, Interrupt, Run

__all__ = ["register"]


def register(commands: Any) -> None:
    acp = commands.add_parser("acp", help="Agent Connect Protocol: agents and runs")
    actions = acp.add_subparsers(dest="action", required=True)

    agents = actions.add_parser("agents", help="list the server's agents")
    add_common(agents, env="ACP_BASE_URL")
    agents.set_defaults(handler=_agents)

    run = actions.add_parser(
        "run",
        help="run an agent; interrupts are answered at the terminal",
        description="Run an agent to its end. --input (and each answer to an interrupt) is JSON, or "
        'text sent as one human message: {"messages": [{"type": "human", "content": TEXT}]}.',
    )
    add_common(run, env="ACP_BASE_URL")
    run.add_argument("--agent", required=True, help="the agent's name or id")
    run.add_argument("--input", required=True, help="JSON, or text (one human message)")
    run.add_argument("--config", default=None, help="the run's config.configurable, as JSON")
    run.add_argument("--stream", action="store_true", help="show the run's events as they arrive")
    run.set_defaults(handler=_run)


def _client(args: argparse.Namespace) -> ACP:
    from agentplug.acp import ACP

    return ACP(base_url=args.base_url)  # None: ACP_BASE_URL; the key comes from ACP_API_KEY


def _agents(args: argparse.Namespace, out: Output) -> int:
    with _client(args) as client:
        agents = list(client.agents.search())

    def render(console: Console) -> None:
        from rich.table import Table

        table = Table()  # names and ids whole (they are copied into the next command); --json has the rest
        for column in ("name", "version", "id"):
            table.add_column(column, no_wrap=True)
        for agent in agents:
            table.add_row(agent.metadata.ref.name, agent.metadata.ref.version, str(agent.agent_id))
        console.print(table)

    out.result(agents, render)
    return EXIT_OK


def _message(value: Any) -> Any:
    """An input or an answer: JSON as given; text as one human message."""
    parsed = parse_input(value)
    if isinstance(parsed, str):
        return {"messages": [{"type": "human", "content": parsed}]}
    return parsed


def _agent_id(client: ACP, agent: str) -> str:
    try:
        return str(uuid.UUID(agent))
    except ValueError:
        return str(client.agents.find(agent).agent_id)


def _answer(out: Output, interrupt: Interrupt) -> Any:
    out.say(f"the agent asks ({interrupt.interrupt_type or 'interrupt'}): {json.dumps(plain(interrupt.payload))}")
    return _message(out.ask("answer> "))


def _config(args: argparse.Namespace) -> dict[str, Any] | None:
    if args.config is None:
        return None
    from ._common import UsageError

    try:
        configurable = json.loads(args.config)
    except ValueError as exc:
        raise UsageError(f"--config is not JSON: {exc}") from None
    return {"configurable": configurable}


def _run(args: argparse.Namespace, out: Output) -> int:
    with _client(args) as client:
        agent_id = _agent_id(client, args.agent)
        if args.stream:
            run = _stream(client, out, agent_id, _message(args.input), _config(args))
        else:
            created = client.runs.create(agent_id=agent_id, input=_message(args.input), config=_config(args))
            progress = out.status_changes(f"run {created.run_id}", lambda state: state.status)
            run = created.run_to_completion(lambda interrupt: _answer(out, interrupt), on_progress=progress)

        def render(console: Console) -> None:
            console.print(f"[bold]{run.status}[/] run {run.run_id}")
            console.print_json(json.dumps(plain(run.values)))

        out.result({"run_id": run.run_id, "status": str(run.status), "values": run.values}, render)
        return EXIT_OK if str(run.status) == "success" else EXIT_API


def _stream(client: ACP, out: Output, agent_id: str, payload: Any, config: dict[str, Any] | None) -> Run:
    from agentplug.acp import RunFinished
    from agentplug.errors import OperationFailedError

    stream = client.runs.create_and_stream(agent_id=agent_id, input=payload, config=config)
    while True:
        finished: Run | None = None
        with stream:
            for event in stream:
                if isinstance(event, RunFinished):
                    finished = event.run
                    out.event({"event": "finished", "status": str(event.status)}, f"finished {event.status}")
                else:
                    _show(out, event)
        if finished is None:
            raise OperationFailedError("the run's stream ended and the server no longer knows the run")
        if not finished.is_interrupted:
            return finished
        seen = stream.last_event_id  # the joined stream then starts after what was shown
        finished.resume(_answer(out, finished.interrupt or _no_interrupt()))
        stream = finished.stream(last_event_id=seen)


def _no_interrupt() -> Interrupt:
    from agentplug.acp import Interrupt

    return Interrupt(None, None)


def _show(out: Output, event: Any) -> None:
    from agentplug.acp import UnknownRunEvent, ValueRunErrorUpdate, ValueRunInterruptUpdate, ValueRunResultUpdate

    if isinstance(event, ValueRunResultUpdate):
        out.event({"event": "values", "values": event.values}, f"values {json.dumps(plain(event.values))}")
    elif isinstance(event, ValueRunInterruptUpdate):
        out.event({"event": "interrupt", "interrupt": event.interrupt}, f"interrupt {json.dumps(event.interrupt)}")
    elif isinstance(event, ValueRunErrorUpdate):
        out.event({"event": "error", "description": event.description}, f"error {event.description}")
    elif isinstance(event, UnknownRunEvent):
        out.event({"event": "unknown", "data": plain(event)}, f"event {plain(event)}")
    else:
        out.event({"event": "custom", "data": plain(event)}, f"custom {json.dumps(plain(event))}")
