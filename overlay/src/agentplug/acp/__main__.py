"""Command line for ACP tooling: ``python -m agentplug.acp codegen ...``.

    python -m agentplug.acp codegen --agent-id 5a3b... --base-url http://localhost:8000 --output echo_models.py
    python -m agentplug.acp codegen --descriptor descriptor.json --model-type typeddict

The base URL and API key fall back to ACP_BASE_URL and ACP_API_KEY (prefer the variable to
``--api-key``: a command line is visible to other users of the machine).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from agentplug.errors import AgentplugError, ConfigurationError

from ._codegen import ModelType, codegen

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "codegen":
            _codegen(args)
    except AgentplugError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m agentplug.acp", description="ACP tooling from agentplug.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    generate = commands.add_parser(
        "codegen",
        help="write typed models (input, output, config, interrupts...) of an agent",
        description="Write Python models for an ACP agent from its descriptor (needs agentplug[codegen]).",
    )
    source = generate.add_mutually_exclusive_group(required=True)
    source.add_argument("--agent-id", help="fetch the descriptor of this agent from the server")
    source.add_argument("--descriptor", type=Path, help="read the descriptor from this JSON file instead")
    generate.add_argument("--base-url", help="the ACP server (default: $ACP_BASE_URL)")
    generate.add_argument("--api-key", help="sent as x-api-key (default: $ACP_API_KEY)")
    generate.add_argument("--name", help="the models' name prefix (default: from the agent's name)")
    generate.add_argument(
        "--model-type",
        choices=[member.value for member in ModelType],
        default=ModelType.PYDANTIC.value,
        help="pydantic v2 models (default) or TypedDicts",
    )
    generate.add_argument("--output", "-o", type=Path, help="write to this file (default: standard output)")
    return parser


def _codegen(args: argparse.Namespace) -> None:
    descriptor = _read_descriptor(args.descriptor) if args.descriptor else _fetch_descriptor(args)
    source = codegen(descriptor, name=args.name, model_type=args.model_type)
    if args.output is None:
        sys.stdout.write(source)
    else:
        _write_atomically(args.output, source)
        print(f"wrote {args.output}", file=sys.stderr)


def _fetch_descriptor(args: argparse.Namespace) -> object:
    from ._sync.client import ACP

    with ACP(base_url=args.base_url, api_key=args.api_key) as client:
        return client.agents.descriptor(args.agent_id)


def _read_descriptor(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigurationError(f"cannot read the descriptor file {path}: {error.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigurationError(f"the descriptor file {path} is not JSON: {error}") from None


def _write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` only once the whole file is written (no half-written module on failure)."""
    temporary: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as handle:
            temporary = handle.name
            handle.write(text)
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise ConfigurationError(f"cannot write {path}: {error.strerror or error}") from None


if __name__ == "__main__":
    sys.exit(main())
