"""``python -m agentplug.sandbox acp --port N [--host H] [--api-key K]``: run a sandbox server."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m agentplug.sandbox", description=__doc__)
    platforms = parser.add_subparsers(dest="platform", required=True)
    acp = platforms.add_parser("acp", help="Agent Connect Protocol 0.2.3 server with an echo agent")
    acp.add_argument("--port", type=int, default=8000, help="TCP port (0: any free port; default 8000)")
    acp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    acp.add_argument("--api-key", default=None, help="require this key in the x-api-key header")
    acp.add_argument("--wait-timeout", type=float, default=60.0, help="longest /wait or stream, seconds")
    acp.add_argument("--run-timeout", type=float, default=None, help="longest run, seconds (default none)")
    acp.add_argument("--allow-remote-webhooks", action="store_true", help="deliver webhooks to non-loopback hosts too")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from ._server import base_url, bind_socket, run_forever
    from .acp import SandboxSettings, create_app

    settings = SandboxSettings(
        api_key=args.api_key,
        wait_timeout=args.wait_timeout,
        run_timeout=args.run_timeout,
        allow_remote_webhooks=args.allow_remote_webhooks,
    )
    sock = bind_socket(args.host, args.port)
    url = base_url(sock)

    def ready() -> None:
        print(url, flush=True)

    run_forever(create_app(settings), sock, ready)
    return 0


if __name__ == "__main__":
    sys.exit(main())
