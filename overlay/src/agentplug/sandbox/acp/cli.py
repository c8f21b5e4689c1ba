"""The `acp` subcommand of ``python -m agentplug.sandbox``."""

from __future__ import annotations

import argparse

from starlette.types import ASGIApp

__all__ = ["HELP", "add_arguments", "build_app"]

HELP = "Agent Connect Protocol 0.2.3 server with an echo agent"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        choices=("reference", "spec"),
        default="reference",
        help="reference (default): answer like the ACP reference server, deviations included; "
        "spec: strictly per ACP 0.2.3",
    )
    parser.add_argument("--api-key", default=None, help="require this key in the x-api-key header")
    parser.add_argument("--wait-timeout", type=float, default=60.0, help="longest /wait or stream, seconds")
    parser.add_argument("--run-timeout", type=float, default=None, help="longest run, seconds (default none)")
    parser.add_argument(
        "--allow-remote-webhooks", action="store_true", help="deliver webhooks to non-loopback hosts too"
    )


def build_app(args: argparse.Namespace) -> ASGIApp:
    from .app import create_app
    from .config import SandboxSettings

    settings = SandboxSettings(
        profile=args.profile,
        api_key=args.api_key,
        wait_timeout=args.wait_timeout,
        run_timeout=args.run_timeout,
        allow_remote_webhooks=args.allow_remote_webhooks,
    )
    return create_app(settings)
