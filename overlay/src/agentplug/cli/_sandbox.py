"""`agentplug sandbox <platform> [--port N]`: the module form `python -m agentplug.sandbox`, here too.

`main` hands everything after `sandbox` to the sandbox's own parser; this entry only lists the
command in `agentplug --help`.
"""

from __future__ import annotations

import argparse
from typing import Any

from ._common import Output

__all__ = ["register"]


def register(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "sandbox",
        help="run a local stand-in server (extra 'sandbox')",
        description="Run a sandbox in the foreground; it prints its base URL once it listens. Ctrl-C stops it.",
        add_help=False,  # the sandbox's own parser answers --help, with every platform's options
    )
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace, out: Output) -> int:
    from agentplug.sandbox.__main__ import main

    return main(args.rest, prog="agentplug sandbox")
