"""`make demo`'s ACP tour runs end to end against the embedded sandbox and tells the right story."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

import demo_acp


def test_the_acp_tour() -> None:
    console = Console(record=True, width=120)
    demo_acp.tour(console)
    text = console.export_text()
    assert "agentplug.sandbox.echo" in text
    assert "STREAMS ARRIVE ONE EVENT AT A TIME" in text and "finished success" in text
    assert "2 interrupts answered" in text and "the agent's last word: yes, ship it" in text
