"""The `prefactor` subcommand of ``python -m agentplug.sandbox``."""

from __future__ import annotations

import argparse

from starlette.types import ASGIApp

__all__ = ["HELP", "add_arguments", "build_app"]

HELP = "Prefactor agent observability API (agents, instances, spans, bulk)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api-token", default=None, help="accept only this bearer token (default: any)")
    parser.add_argument(
        "--drop-rate", type=float, default=0.0, help="fraction of answers lost after the request took effect"
    )
    parser.add_argument("--drop-seed", type=int, default=None, help="seed for choosing the lost answers")
    parser.add_argument(
        "--deployment-token",
        action="append",
        default=[],
        metavar="TOKEN=AGENT_ID",
        help="a deployment-scoped token of that agent (repeatable)",
    )


def _deployment_tokens(entries: list[str]) -> dict[str, str]:
    tokens = {}
    for entry in entries:
        token, _, agent_id = entry.partition("=")
        if not token or not agent_id:
            raise SystemExit(f"--deployment-token needs TOKEN=AGENT_ID, got {entry!r}")
        tokens[token] = agent_id
    return tokens


def build_app(args: argparse.Namespace) -> ASGIApp:
    from .app import create_app
    from .config import SandboxSettings

    settings = SandboxSettings(
        api_token=args.api_token,
        drop_rate=args.drop_rate,
        drop_seed=args.drop_seed,
        deployment_tokens=_deployment_tokens(args.deployment_token),
    )
    return create_app(settings)
