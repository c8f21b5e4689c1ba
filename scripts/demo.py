"""`make demo`: a tour of agentplug against the embedded sandboxes (no account, no network).

    python scripts/demo.py [--interactive] [platform ...]

Each platform's tour lives in `scripts/demo_<platform>.py` (a `tour(console, interactive=...)`
function). `--interactive` lets you answer the agents' questions yourself.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent
TOURS = ("acp", "nat", "prefactor", "moderately")


def show_pipeline(console: Console) -> None:
    lock = json.loads((ROOT.parent / "specs" / "lock.json").read_text())
    table = Table(title="specs → generated clients (make generate)", title_justify="left")
    for column in ("spec", "generated distribution", "spec sha256"):
        table.add_column(column)
    for api, entry in sorted(lock.items()):
        table.add_row(
            f"specs/{api}.yaml", f"agentplug-{api}-client=={entry['version']}", entry["spec_sha256"][:12] + "…"
        )
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interactive", action="store_true", help="answer the agents' questions yourself")
    parser.add_argument("platforms", nargs="*", metavar="platform", help="tours to run (default: all)")
    args = parser.parse_args(argv)
    console = Console()
    show_pipeline(console)
    unknown = set(args.platforms) - set(TOURS)
    if unknown:
        parser.error(f"no tour for {', '.join(sorted(unknown))}; choose from {', '.join(TOURS)}")
    try:
        for name in args.platforms or TOURS:
            module = importlib.import_module(f"demo_{name}")
            console.print()
            module.tour(console, interactive=args.interactive)
    except (EOFError, KeyboardInterrupt) as stop:
        # Input closed (EOF) or Ctrl-C while a tour waits: end the tour, not with a traceback.
        console.print(f"\n[yellow]tour stopped[/] ({'input closed' if isinstance(stop, EOFError) else 'interrupted'})")
        return 130 if isinstance(stop, KeyboardInterrupt) else 1
    console.rule()
    console.print("Run the tests with [bold]make test[/]; regenerate clients with [bold]make generate[/].")
    return 0


if __name__ == "__main__":
    sys.exit(main())
