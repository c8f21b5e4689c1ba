"""The `agentplug` command (extra `cli`): the sandboxes and everyday calls from a terminal.

    agentplug sandbox <acp|nat|prefactor|moderately> [--port N]
    agentplug acp agents | acp run --agent NAME|ID --input JSON|TEXT [--stream]
    agentplug nat run [WORKFLOW] --input JSON|TEXT [--session ID]
    agentplug prefactor instance ID [--follow] | instances --agent ID | spans INSTANCE [--follow]
    agentplug moderately files upload PATH... | files download ID [-o PATH] | datasets upload PATH

Every platform command takes `--base-url` (default: the client's environment variable),
reads credentials from the same variables as the clients, and `--json` for machine output.
Exit status: 0 done, 1 the API refused or failed, 2 a wrong command line or setting; errors
are one line on stderr. `python -m agentplug.cli` is the same command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]

_PLATFORMS = ("sandbox", "acp", "nat", "prefactor", "moderately")


def _parser() -> argparse.ArgumentParser:
    from . import _acp, _moderately, _nat, _prefactor, _sandbox

    parser = argparse.ArgumentParser(
        prog="agentplug", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="{" + ",".join(_PLATFORMS) + "}")
    for module in (_sandbox, _acp, _nat, _prefactor, _moderately):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `agentplug` command; returns the exit status (0 ok, 1 API error, 2 usage)."""
    try:
        import rich  # noqa: F401  (the extra's one dependency; say so at once when it is missing)
    except ModuleNotFoundError:
        sys.stderr.write("error: the agentplug command needs the 'cli' extra: pip install 'agentplug[cli]'\n")
        return 2
    from agentplug.errors import AgentplugError, ConfigurationError

    from ._common import EXIT_API, EXIT_USAGE, Output, UsageError

    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["sandbox"]:  # the sandbox's own parser takes everything after it, --help included
        from agentplug.sandbox.__main__ import main as sandbox_main

        return sandbox_main(arguments[1:], prog="agentplug sandbox")
    args = _parser().parse_args(arguments)  # exits 2 with argparse's usage line on a wrong command line
    out = Output(json_mode=getattr(args, "json", False))
    try:
        status: int = args.handler(args, out)
        return status
    except (ConfigurationError, UsageError) as exc:
        out.error(str(exc))
        return EXIT_USAGE
    except AgentplugError as exc:
        out.error(f"{type(exc).__name__}: {exc}")
        return EXIT_API
    except EOFError:
        out.error("input closed while a question waited for an answer")
        return EXIT_API
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
