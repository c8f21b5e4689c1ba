"""What every `agentplug` command shares: output (rich or --json), input parsing, exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import asdict, is_dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

__all__ = ["EXIT_API", "EXIT_OK", "EXIT_USAGE", "Output", "UsageError", "parse_input", "plain", "shown_time", "when"]

EXIT_OK = 0
EXIT_API = 1  # the server refused, could not be reached, or the operation failed
EXIT_USAGE = 2  # the command line or the settings are wrong (argparse uses 2 too)


class UsageError(Exception):
    """A command line that cannot work; printed as one line, exit status 2."""


def plain(value: Any) -> Any:
    """`value` as JSON-ready data: generated models by `to_dict()`, dataclasses by field."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if is_dataclass(value) and not isinstance(value, type):
        return {key: plain(item) for key, item in asdict(value).items()}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def when(value: object) -> str:
    """A timestamp as ISO 8601, or "" when the server sent none."""
    return value.isoformat() if isinstance(value, datetime) else ""


def shown_time(iso: str, form: str = "%m-%d %H:%M:%S") -> str:
    """A `when()` timestamp, shorter for a table column ("" stays "")."""
    return datetime.fromisoformat(iso).strftime(form) if iso else ""


def parse_input(text: str) -> Any:
    """JSON when the text is JSON, else the text itself (a plain string)."""
    try:
        return json.loads(text)
    except ValueError:
        return text


class Output:
    """Results on stdout (rich, or one JSON document / line per event with --json); prompts,
    progress and errors on stderr, so `--json` output can be piped."""

    def __init__(self, *, json_mode: bool) -> None:
        from rich.console import Console

        self.json_mode = json_mode
        self.out: Console = Console(highlight=False)
        self.err: Console = Console(stderr=True, highlight=False)

    def result(self, data: Any, render: Callable[[Console], None]) -> None:
        if self.json_mode:
            sys.stdout.write(json.dumps(plain(data)) + "\n")
            sys.stdout.flush()
        else:
            render(self.out)

    def event(self, data: Any, text: str) -> None:
        """One event of a live command: a JSON line, or a line of text."""
        if self.json_mode:
            sys.stdout.write(json.dumps(plain(data)) + "\n")
            sys.stdout.flush()
        else:
            self.out.print(text, markup=False, soft_wrap=True)

    def ask(self, prompt: str) -> str:
        """A line from the terminal (EOFError when input is closed)."""
        self.err.print(prompt, end="", markup=False, soft_wrap=True)
        line = sys.stdin.readline()
        if not line:
            self.err.print()  # end the prompt's line: the error that follows gets its own
            raise EOFError
        return line.rstrip("\n")

    def say(self, message: str) -> None:
        self.err.print(message, markup=False, soft_wrap=True)

    def error(self, message: str) -> None:
        """One line on stderr, never wrapped (scripts grep it)."""
        sys.stderr.write(f"error: {' '.join(message.split())}\n")
        sys.stderr.flush()

    def status_changes(self, what: str, status: Callable[[Any], object]) -> Callable[[Any], None]:
        """An on_progress callback for waits: one stderr line each time `status(state)` changes."""
        last: list[str] = []

        def show(state: Any) -> None:
            text = str(status(state))
            if not last or last[0] != text:
                last[:] = [text]
                self.err.print(f"{what}: {text}", markup=False, style="dim")  # stderr, also with --json

        return show

    def progress(self) -> Progress:
        """A transfer progress bar on stderr: bytes, rate and time left."""
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        return Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=self.err,
            disable=self.json_mode,
        )


def add_common(parser: argparse.ArgumentParser, *, env: str) -> None:
    """--base-url and --json, on every platform command."""
    parser.add_argument("--base-url", default=None, help=f"the server (default: ${env})")
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
