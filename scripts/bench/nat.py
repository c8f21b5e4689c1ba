"""NAT client costs: cold import + client construction against the vendor's wire models, and handler latency.

    .venv/bin/python scripts/bench/nat.py [--runs 15] [--executions 40]

1. Cold start, as whole processes side by side (alternating order, one warm-up run each):
   `import agentplug.nat; agentplug.nat.NAT(base_url=...)` in the project's venv against
   `import nat.data_models.interactive_http` in the vendor's venv (nvidia-nat-core 1.9.0, made once
   under .vendor-venvs/, the same one the interop tests use). Goal: ratio of the medians <= 0.5.
2. Handler latency: a NAT sandbox in its own process runs note-and-approval workflows; the client
   waits with a handler. For each prompt the client saw, the time from the moment the answer that
   showed it had been read (a status poll, or the 202 of the POST) to the moment the answer POST
   left for the transport. Goal: every prompt seen by a poll posted within 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx2

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import vendor_venvs  # noqa: E402

PINS_FILE = ROOT / "tests" / "interop" / "nat" / "requirements.txt"
KIT_ENV = "AGENTPLUG_NAT_KIT"
IMPORT_GOAL = 0.5
LATENCY_GOAL_MS = 50.0

OURS = "import agentplug.nat; agentplug.nat.NAT(base_url='http://127.0.0.1:9')"
VENDOR = "import nat.data_models.interactive_http"


def _pins() -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in PINS_FILE.read_text().splitlines())
    return [line for line in lines if line]


def vendor_interpreter() -> Path:
    """The interop tests' venv when the NAT kit is at hand (it is installed there too), else one without it."""
    configured = os.environ.get(KIT_ENV)
    kit = (Path(configured) if configured else ROOT.parent / "shared" / "peers" / "nat").resolve()
    if (kit / "pyproject.toml").is_file():
        return vendor_venvs.vendor_python("nat", _pins(), extra_args=[str(kit)])
    return vendor_venvs.vendor_python("nat-core", _pins())


def _time(python: Path | str, code: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(python), "-c", code], check=True)
    return time.perf_counter() - start


def bench_imports(runs: int) -> bool:
    vendor = vendor_interpreter()
    cases = {
        "bare interpreter (project venv)": (sys.executable, "pass"),
        "bare interpreter (vendor venv)": (vendor, "pass"),
        "agentplug.nat + NAT(...)": (sys.executable, OURS),
        "nat.data_models.interactive_http": (vendor, VENDOR),
    }
    for python, code in cases.values():  # warm-up: bytecode compiled and cached
        _time(python, code)
    samples: dict[str, list[float]] = {name: [] for name in cases}
    names = list(cases)
    for index in range(runs):
        for name in names if index % 2 == 0 else reversed(names):
            samples[name].append(_time(*cases[name]))
    medians = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    ratio = medians["agentplug.nat + NAT(...)"] / medians["nat.data_models.interactive_http"]
    print(f"cold start, whole processes, {runs} alternating runs each (median, min-max):")
    for name, values in samples.items():
        low, high = min(values) * 1000, max(values) * 1000
        print(f"  {name:38s} {medians[name]:7.1f} ms  ({low:.1f}-{high:.1f})")
    ok = ratio <= IMPORT_GOAL
    print(f"  ratio agentplug / vendor: {ratio:.2f}  (goal <= {IMPORT_GOAL})  {'ok' if ok else 'MISSED'}")
    return ok


class _Stopwatch(httpx2.BaseTransport):
    """Wraps the real transport: notes when a status showing a prompt was read, and when each answer left."""

    def __init__(self) -> None:
        self._inner = httpx2.HTTPTransport()
        self.seen: dict[str, tuple[str, float]] = {}  # interaction id -> (how it was seen, when)
        self.delays: list[tuple[str, float]] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        path = request.url.path
        if request.method == "POST" and path.endswith("/response"):
            sent = time.perf_counter()
            interaction_id = path.rsplit("/", 2)[-2]
            how, seen_at = self.seen.pop(interaction_id)
            self.delays.append((how, (sent - seen_at) * 1000))
        response = self._inner.handle_request(request)
        response.read()
        read_at = time.perf_counter()
        if b'"interaction_required"' in response.content:
            interaction_id = response.json()["interaction_id"]
            self.seen.setdefault(interaction_id, ("202" if request.method == "POST" else "poll", read_at))
        return response

    def close(self) -> None:
        self._inner.close()


def bench_handler_latency(executions: int) -> bool:
    from agentplug._core._http import HTTPSettings
    from agentplug.nat import NAT, Interaction, answers

    server = subprocess.Popen(
        [sys.executable, "-m", "agentplug.sandbox", "nat", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        stopwatch = _Stopwatch()

        def handler(interaction: Interaction) -> object:
            return "benchmark note" if interaction.input_type == "text" else answers.approve()

        with NAT(base_url=url, http_settings=HTTPSettings(transport=stopwatch)) as client:
            for _ in range(executions):
                client.run("bench").wait_for_completion(on_interaction=handler, timeout=60)
    finally:
        server.terminate()
        server.wait(10)
        if server.stdout is not None:
            server.stdout.close()
    print(f"\nhandler latency: prompt read -> answer POST sent, {executions} executions of note + approval:")
    ok = True
    for how in ("202", "poll"):
        values = [delay for kind, delay in stopwatch.delays if kind == how]
        if not values:
            print(f"  seen in a {how:4s}: none")
            continue
        p95 = statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)
        print(
            f"  seen in a {how:4s}: {len(values):3d} prompts, median {statistics.median(values):.2f} ms, "
            f"p95 {p95:.2f} ms, max {max(values):.2f} ms"
        )
        if how == "poll":
            ok = max(values) <= LATENCY_GOAL_MS
    print(f"  goal: every prompt seen by a poll posted within {LATENCY_GOAL_MS:g} ms  {'ok' if ok else 'MISSED'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="cold-start runs per command")
    parser.add_argument("--executions", type=int, default=40, help="workflow runs for the handler latency")
    args = parser.parse_args()
    imports_ok = bench_imports(args.runs)
    latency_ok = bench_handler_latency(args.executions)
    return 0 if imports_ok and latency_ok else 1


if __name__ == "__main__":
    sys.exit(main())
