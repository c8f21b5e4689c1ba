"""`make demo DEMO_ARGS=--interactive` ends in one line, not a traceback, when its input closes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_interactive_tour_stops_cleanly_when_stdin_closes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--interactive", "acp"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "tour stopped (input closed)" in result.stdout
    assert "Traceback" not in result.stderr + result.stdout
