"""The `nat` subcommand of ``python -m agentplug.sandbox``."""

from __future__ import annotations

import argparse

from starlette.types import ASGIApp

__all__ = ["HELP", "add_arguments", "build_app"]

HELP = "NeMo Agent Toolkit interactive HTTP server with scripted HITL and OAuth workflows"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .config import DEFAULT_WORKFLOW

    parser.add_argument(
        "--workflow", default=DEFAULT_WORKFLOW, help=f"workflow served at /v1/workflow (default {DEFAULT_WORKFLOW})"
    )
    parser.add_argument("--prompt-grace", type=float, default=5.0, help="seconds past a prompt's timeout (default 5)")
    parser.add_argument("--auth-timeout", type=float, default=300.0, help="seconds to wait for OAuth (default 300)")
    parser.add_argument("--pre-delay", type=float, default=1.0, help="seconds the slow workflow works first")
    parser.add_argument("--identity-header", default=None, help="a request header trusted as the user identity")
    parser.add_argument(
        "--real-stream-status",
        action="store_true",
        help="leave streamed executions 'running' after they end, as the real server does",
    )


def build_app(args: argparse.Namespace) -> ASGIApp:
    from .app import create_app
    from .config import SandboxSettings

    settings = SandboxSettings(
        workflow=args.workflow,
        prompt_grace=args.prompt_grace,
        auth_timeout=args.auth_timeout,
        pre_delay=args.pre_delay,
        identity_header=args.identity_header,
        stream_status=not args.real_stream_status,
    )
    return create_app(settings)
