"""``python -m agentplug.sandbox <platform> --port N [--host H] [...]``: run a sandbox server.

Each platform's subpackage has a `cli` module with `HELP`, `add_arguments(parser)` and
`build_app(args)`; the server prints its base URL on stdout once it accepts connections.
Ctrl-C (or SIGTERM) stops it quietly; without the `sandbox` extra it says which pip install to run.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

__all__ = ["main"]

PLATFORMS = ("acp", "nat", "prefactor", "moderately")
_EXTRA_MODULES = ("starlette", "uvicorn", "h11", "anyio", "click")


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    platforms = parser.add_subparsers(dest="platform", required=True)
    for name in PLATFORMS:
        cli = importlib.import_module(f"agentplug.sandbox.{name}.cli")
        sub = platforms.add_parser(name, help=cli.HELP)
        sub.add_argument("--port", type=int, default=8000, help="TCP port (0: any free port; default 8000)")
        sub.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
        cli.add_arguments(sub)
    return parser


def _serve(argv: Sequence[str] | None, prog: str) -> int:
    args = _parser(prog).parse_args(argv)
    from ._server import base_url, bind_socket, run_forever

    cli = importlib.import_module(f"agentplug.sandbox.{args.platform}.cli")
    app = cli.build_app(args)
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        sys.stderr.write(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}\n")
        return 1
    url = base_url(sock)

    def ready() -> None:
        print(url, flush=True)

    return 130 if run_forever(app, sock, ready) else 0


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m agentplug.sandbox") -> int:
    """Run a sandbox until Ctrl-C / SIGTERM; returns the exit status (130 after Ctrl-C)."""
    try:
        return _serve(argv, prog)
    except KeyboardInterrupt:  # uvicorn re-raises the SIGINT it handled once it has shut down
        return 130
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").partition(".")[0]
        if missing not in _EXTRA_MODULES:
            raise
        sys.stderr.write(
            f"error: the sandboxes need the 'sandbox' extra ({missing} is not installed): "
            "pip install 'agentplug[sandbox]'\n"
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
