"""The `moderately` subcommand of ``python -m agentplug.sandbox``."""

from __future__ import annotations

import argparse

from starlette.types import ASGIApp

__all__ = ["HELP", "add_arguments", "build_app"]

HELP = "Moderately AI platform API with presigned object storage on a second port"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api-key", action="append", default=None, help="accept only this bearer token (repeatable; default: any)"
    )
    parser.add_argument("--team-id", default=None, help="id of the seeded team (default team_sandbox)")
    parser.add_argument("--storage-port", type=int, default=0, help="object storage port (default: any free port)")
    parser.add_argument("--storage-dir", default=None, help="keep stored objects here (default: a temporary dir)")
    parser.add_argument("--step-seconds", type=float, default=0.5, help="duration of one execution step")
    parser.add_argument("--processing-seconds", type=float, default=0.5, help="duration of dataset processing")
    parser.add_argument("--url-ttl", type=float, default=900.0, help="lifetime of presigned URLs, seconds")
    parser.add_argument("--inline-output-limit", type=int, default=16 * 1024, help="largest inline output, bytes")
    parser.add_argument(
        "--json-empty-bodies", action="store_true", help="answer {} where the API documents a 200 without body"
    )


def build_app(args: argparse.Namespace) -> ASGIApp:
    from .app import create_app
    from .config import DEFAULT_TEAM_ID, SandboxSettings

    settings = SandboxSettings(
        api_keys=frozenset(args.api_key) if args.api_key else None,
        team_id=args.team_id or DEFAULT_TEAM_ID,
        storage_host=args.host,
        storage_port=args.storage_port,
        storage_dir=args.storage_dir,
        step_seconds=args.step_seconds,
        processing_seconds=args.processing_seconds,
        url_ttl_seconds=args.url_ttl,
        inline_output_limit=args.inline_output_limit,
        json_empty_bodies=args.json_empty_bodies,
    )
    return create_app(settings)
