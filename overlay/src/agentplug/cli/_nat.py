"""`agentplug nat run`: a NAT workflow from the terminal, its questions and sign-ins answered there."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from ._common import EXIT_OK, Output, UsageError, add_common, parse_input, plain

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["register"]


def register(commands: Any) -> None:
    nat = commands.add_parser("nat", help="NeMo Agent Toolkit: run workflows")
    actions = nat.add_subparsers(dest="action", required=True)
    run = actions.add_parser(
        "run",
        help="run a workflow; prompts and OAuth sign-ins are answered at the terminal",
        description="Run a workflow to its end. WORKFLOW is an endpoint path (/v1/workflow, /v1/chat, ...) "
        "or the name of a custom endpoint (`choices` is /choices). --input is JSON (the request body) or text.",
    )
    add_common(run, env="NAT_BASE_URL")
    run.add_argument("workflow", nargs="?", default="/v1/workflow", help="endpoint or workflow name (/v1/workflow)")
    run.add_argument("--input", required=True, help="JSON (the body) or text (the input message)")
    run.add_argument("--timeout", type=float, default=None, help="seconds to wait for the end (default: no limit)")
    run.add_argument("--no-browser", action="store_true", help="print OAuth sign-in URLs without opening them")
    run.add_argument(
        "--session",
        default=None,
        metavar="ID",
        help="who you are to the server, sent as its nat-session cookie (OAuth workflows need a user identity)",
    )
    run.set_defaults(handler=_run)


def _run(args: argparse.Namespace, out: Output) -> int:
    from agentplug.nat import NAT
    from agentplug.nat.console import ConsoleHandler, ConsoleOAuthHandler

    body = parse_input(args.input)
    if not isinstance(body, str | dict):
        raise UsageError("--input must be text or a JSON object")
    endpoint = args.workflow if args.workflow.startswith("/") else f"/{args.workflow}"
    with NAT(base_url=args.base_url, session=args.session) as client:  # None: NAT_BASE_URL
        execution = client.run(body, endpoint=endpoint)
        result = execution.wait_for_completion(
            on_interaction=ConsoleHandler(ask=out.ask, say=out.say),
            on_oauth=ConsoleOAuthHandler(open_browser=not args.no_browser, say=out.say),
            timeout=args.timeout,
            on_progress=out.status_changes("execution", lambda status: status.status),
        )

    def render(console: Console) -> None:
        console.print_json(json.dumps(plain(result)))

    out.result(result, render)
    return EXIT_OK
