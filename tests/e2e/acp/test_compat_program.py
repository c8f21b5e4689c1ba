"""A program written for agntcy-acp runs on agentplug.acp.compat with only its imports changed."""

from __future__ import annotations

import re
import types
from pathlib import Path

from agentplug.sandbox import acp

PROGRAM = Path(__file__).parent / "programs" / "agntcy_acp_program.py"


def ported_source() -> str:
    """The program with `agntcy_acp` replaced by `agentplug.acp.compat` on its import lines, and nowhere else."""
    source = PROGRAM.read_text()
    lines = source.splitlines(keepends=True)
    vendor_lines = [line for line in lines if "agntcy_acp" in line and "import" in line and line[0] != " "]
    assert len(vendor_lines) == 2  # `from agntcy_acp import ...` and `from agntcy_acp.models import ...`
    ported = "".join(
        re.sub(r"^from agntcy_acp\b", "from agentplug.acp.compat", line) if line in vendor_lines else line
        for line in lines
    )
    changed = [(a, b) for a, b in zip(lines, ported.splitlines(keepends=True), strict=True) if a != b]
    assert len(changed) == 2 and all(a.startswith("from agntcy_acp") for a, _ in changed)
    return ported


def test_the_vendor_program_runs_with_its_imports_changed() -> None:
    module = types.ModuleType("ported_program")
    exec(compile(ported_source(), str(PROGRAM), "exec"), module.__dict__)
    with acp.serve() as url:
        report = module.main(url, "agentplug.sandbox.echo")
    assert report == {
        "agent": "agentplug.sandbox.echo",
        "status": 200,
        "reply": "HELLO",
        "events": report["events"],
        "thread_run": "success",
        "history": report["history"],
        "missing": 404,
    }
    assert report["events"] >= 1 and report["history"] >= 1
