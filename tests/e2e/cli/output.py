"""What the CLI tests read of a command's output: its one error line, and output a test can wait on."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

WAIT = 60.0  # generous: the machine may be loaded


def one_error_line(err: str) -> str:
    """The command's single `error: ...` line (a failure prints exactly one)."""
    lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1, err
    return lines[0]


class WatchedOutput(io.StringIO):
    """stdout or stderr of a command running in a thread: the test waits for what it expects (an event)."""

    def __init__(self) -> None:
        super().__init__()
        self._changed = threading.Condition()

    def write(self, text: str) -> int:
        with self._changed:
            written = super().write(text)
            self._changed.notify_all()
        return written

    def wait_for(self, found: Callable[[str], T | None]) -> T:
        """The first non-None answer of `found(text so far)`, waiting for more output as needed."""
        result: list[T] = []

        def answered() -> bool:
            value = found(self.getvalue())
            if value is not None:
                result.append(value)
            return value is not None

        with self._changed:
            assert self._changed.wait_for(answered, WAIT), self.getvalue()
        return result[0]

    def wait_lines(self, count: int) -> list[str]:
        """The output's lines once there are at least `count`."""
        return self.wait_for(lambda text: text.splitlines() if text.count("\n") >= count else None)
