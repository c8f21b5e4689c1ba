"""The same agntcy-acp program, unchanged on the vendor SDK and import-changed on agentplug.acp.compat."""

from __future__ import annotations

import json
import subprocess
import types
from pathlib import Path
from typing import Any

from agentplug.sandbox import acp
from e2e.acp.test_compat_program import PROGRAM, ported_source

AGENT = "agentplug.sandbox.echo"


def vendor_report(python: Path, url: str) -> dict[str, Any]:
    code = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(PROGRAM.parent)!r})\n"
        "import agntcy_acp_program as program\n"
        f"print(json.dumps(program.main({url!r}, {AGENT!r})))\n"
    )
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, timeout=180, check=True)
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_both_sdks_report_the_same_except_the_vendors_repeated_events(acp_python: Path) -> None:
    module = types.ModuleType("ported_program")
    exec(compile(ported_source(), str(PROGRAM), "exec"), module.__dict__)
    with acp.serve() as url:
        ours = module.main(url, AGENT)
        theirs = vendor_report(acp_python, url)
    # The vendor's SSE parser yields the first event twice (same id); agentplug yields each once.
    assert theirs["events"] == ours["events"] + 1
    assert {**theirs, "events": None} == {**ours, "events": None}
