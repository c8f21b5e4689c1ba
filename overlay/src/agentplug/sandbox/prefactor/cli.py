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


def build_app(args: argparse.Namespace) -> ASGIApp:
    from .app import create_app
    from .config import SandboxSettings

    return create_app(SandboxSettings(api_token=args.api_token, drop_rate=args.drop_rate, drop_seed=args.drop_seed))
