"""Cold import cost, as whole processes (the interpreter's start-up included), side by side.

Each command runs in a fresh `python -c` process, alternating between the commands, after one
warm-up run each (so bytecode is cached, as for a user's second run). Reported: the median wall
time per command and its cost above a bare interpreter.

    python scripts/bench/imports.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "bare interpreter": "pass",
    "import httpx2": "import httpx2",
    "import agentplug": "import agentplug",
    "agentplug core client (HTTP built)": (
        "from agentplug._core._config import ClientConfig; from agentplug._core._sync._http import HTTP; "
        "HTTP(ClientConfig(api='acp', base_url='http://127.0.0.1:1'))"
    ),
    "one generated ACP model": "from agentplug_acp_client.models import RunStateless",
    "one generated ACP operation": "from agentplug_acp_client.api.stateless_runs import get_stateless_run",
}


# A user's second run finds the bytecode cached: children may write it whatever this shell says.
_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _run(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_ENV)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    samples: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for code in COMMANDS.values():  # warm-up: compile and cache bytecode
        _run(code)
    names = list(COMMANDS)
    for index in range(args.runs):
        for name in names if index % 2 == 0 else reversed(names):
            samples[name].append(_run(COMMANDS[name]))
    medians = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    bare = medians["bare interpreter"]
    httpx_cost = medians["import httpx2"] - bare
    print(f"cold imports, {args.runs} alternating runs per command (median wall time of the whole process)")
    for name, value in medians.items():
        print(f"  {name:40s} {value:7.1f} ms   +{value - bare:6.1f} ms above a bare interpreter")
    print(f"  agentplug above a bare interpreter: {medians['import agentplug'] - bare:.1f} ms (goal <= 30 ms)")
    client = medians["agentplug core client (HTTP built)"] - bare
    print(f"  core client above `import httpx2`: {client - httpx_cost:.1f} ms (goal <= 40 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
