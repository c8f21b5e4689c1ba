"""``python -m agentplug.sandbox <platform> --port N [--host H] [...]``: run a sandbox server.

Each platform's subpackage has a `cli` module with `HELP`, `add_arguments(parser)` and
`build_app(args)`; the server prints its base URL on stdout once it accepts connections.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

__all__ = ["main"]

PLATFORMS = ("acp", "nat", "prefactor", "moderately")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m agentplug.sandbox", description=__doc__)
    platforms = parser.add_subparsers(dest="platform", required=True)
    for name in PLATFORMS:
        cli = importlib.import_module(f"agentplug.sandbox.{name}.cli")
        sub = platforms.add_parser(name, help=cli.HELP)
        sub.add_argument("--port", type=int, default=8000, help="TCP port (0: any free port; default 8000)")
        sub.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
        cli.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from ._server import base_url, bind_socket, run_forever

    cli = importlib.import_module(f"agentplug.sandbox.{args.platform}.cli")
    app = cli.build_app(args)
    sock = bind_socket(args.host, args.port)
    url = base_url(sock)

    def ready() -> None:
        print(url, flush=True)

    run_forever(app, sock, ready)
    return 0


if __name__ == "__main__":
    sys.exit(main())
