"""`make demo`'s NAT tour runs end to end against the embedded sandbox, scripted or answered at the console."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

import demo_nat


def test_the_nat_tour() -> None:
    console = Console(record=True, width=160)
    demo_nat.tour(console)
    text = console.export_text()
    assert "note='needs a chart on page 3'; approved=True" in text
    assert "note='ship it on Friday'; approved=True" in text
    assert "channel='push'; extra='push'; priority='high'" in text
    assert "access_token='sandbox-at-" in text and "token cached, done at once (200)" in text
    assert "OperationFailedError" in text and "timed out after 1s" in text


def test_the_nat_tour_asks_at_the_console_when_interactive() -> None:
    replies = iter(["my own note", "2", "my streamed note", "approve", "1", "sms", "Low"])
    console = Console(record=True, width=160)
    console.input = lambda prompt="", **kwargs: next(replies)  # type: ignore[method-assign]
    demo_nat.tour(console, interactive=True)
    text = console.export_text()
    assert "note='my own note'; approved=False" in text
    assert "note='my streamed note'; approved=True" in text
    assert "channel='email'; extra='sms'; priority='low'" in text
