"""Per-call latency of a typed GET on a loopback server: agentplug side by side with raw clients and vendor SDKs.

    .venv/bin/python scripts/bench/latency.py [--rounds 7] [--calls 300] [--warmup 50] [--json out.json]

Starts `_server.py` on 127.0.0.1 (a port chosen by the OS), then one worker process per case
(`_latency_worker.py`), each in the virtual environment its client needs: the project's for raw
httpx2 and agentplug, and one per vendor SDK under `.vendor-venvs/` (created once and
reused; the vendor SDKs and their dependencies never enter the project's environment). Every
worker warms up, then the rounds run with the cases in alternating order (forward, backward...),
so that machine noise hits all alike. Reported per case: the median µs per call over the rounds
(min-max), and the median over the rounds of its ratio to raw httpx2 of the same mode (sync or
async); then the goal ratios of the core issue (agentplug sync / agntcy-acp, agentplug async /
prefactor-http). All processes started here are stopped before it exits.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import os
import platform
import queue
import statistics
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import vendor_venvs  # noqa: E402

WORKER = HERE / "_latency_worker.py"
SERVER = HERE / "_server.py"

# Exact pins: the versions the anchors in the performance reference were measured with.
VENDOR_PINS = {
    "agntcy-acp": ["agntcy-acp==1.5.2"],
    "prefactor-http": ["prefactor-http==0.4.3"],
}

START_TIMEOUT = 120.0  # seconds for a worker to import its client and warm up
ROUND_TIMEOUT = 300.0  # seconds for one round of one case


@dataclass(frozen=True)
class Case:
    name: str
    mode: str  # "sync" or "async"
    env: str  # "project" or a VENDOR_PINS key
    role: str  # "raw", "vendor", "agentplug", or "diagnostic" (agentplug given an absolute URL)


CASES = (
    Case("httpx-sync", "sync", "project", "raw"),
    Case("urllib3-sync", "sync", "agntcy-acp", "raw"),
    Case("agntcy-acp-sync", "sync", "agntcy-acp", "vendor"),
    Case("agentplug-sync", "sync", "project", "agentplug"),
    Case("agentplug-sync-fast", "sync", "project", "agentplug"),
    Case("agentplug-sync-fast-absurl", "sync", "project", "diagnostic"),
    Case("agentplug-client-sync", "sync", "project", "agentplug"),
    Case("agentplug-client-sync-fast", "sync", "project", "agentplug"),
    Case("httpx-async", "async", "project", "raw"),
    Case("aiohttp-async", "async", "prefactor-http", "raw"),
    Case("prefactor-http-async", "async", "prefactor-http", "vendor"),
    Case("agentplug-async", "async", "project", "agentplug"),
    Case("agentplug-async-fast", "async", "project", "agentplug"),
    Case("agentplug-async-fast-absurl", "async", "project", "diagnostic"),
    Case("agentplug-client-async", "async", "project", "agentplug"),
    Case("agentplug-client-async-fast", "async", "project", "agentplug"),
)
BASELINE = {"sync": "httpx-sync", "async": "httpx-async"}
GOALS = (
    ("agentplug-sync-fast", "agntcy-acp-sync"),
    ("agentplug-async-fast", "prefactor-http-async"),
    ("agentplug-sync", "agntcy-acp-sync"),
    ("agentplug-async", "prefactor-http-async"),
    ("agentplug-sync-fast-absurl", "agntcy-acp-sync"),  # diagnostics: what an absolute URL would give
    ("agentplug-async-fast-absurl", "prefactor-http-async"),
)


def vendor_python(name: str) -> Path:
    """The interpreter of the vendor's venv, created (once) with its pinned packages."""
    return vendor_venvs.vendor_python(name, VENDOR_PINS[name])


class Process:
    """A child process speaking one line at a time; its stdout lines are read by a thread."""

    def __init__(self, argv: list[str], name: str, env: dict[str, str] | None = None) -> None:
        self.name = name
        self.proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,  # None: this process's environment
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._pump_stdout, daemon=True).start()
        threading.Thread(target=self._pump_stderr, daemon=True).start()

    def _pump_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def _pump_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line)

    def read_line(self, timeout: float) -> str:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise SystemExit(f"{self.name}: no answer within {timeout:.0f} s") from None
        if line is None:
            self.proc.wait(timeout=10)
            detail = "".join(self.stderr[-20:])
            raise SystemExit(f"{self.name}: exited with status {self.proc.returncode}\n{detail}")
        return line

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                if self.proc.stdin is not None:
                    self.proc.stdin.close()
            except OSError:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _terminate(self.proc)


def start_server() -> tuple[Process, str]:
    server = Process([sys.executable, str(SERVER)], "server")
    port = int(server.read_line(30.0))
    return server, f"http://127.0.0.1:{port}"


def _terminate(proc: subprocess.Popen[str], grace: float = 10.0) -> None:
    """SIGTERM, then SIGKILL if the process is still there after `grace` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def stop_server(server: Process) -> None:
    if server.proc.poll() is None:
        _terminate(server.proc)  # the server exits on SIGTERM


def environment() -> dict[str, Any]:
    def version(dist: str) -> str | None:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return None

    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "httpx2": version("httpx2"),
        "httpcore2": version("httpcore2"),
        "sniffio": version("sniffio"),
        "httptools": version("httptools"),
        "sniffio importable": importlib.util.find_spec("sniffio") is not None,
    }


def measure(cases: list[Case], rounds: int, calls: int, warmup: int) -> dict[str, list[float]]:
    pythons = {"project": Path(sys.executable)}
    for case in cases:
        if case.env not in pythons:
            pythons[case.env] = vendor_python(case.env)
    server, base_url = start_server()
    workers: dict[str, Process] = {}
    try:
        for case in cases:
            argv = [str(pythons[case.env]), str(WORKER), case.name, base_url, str(calls)]
            workers[case.name] = Process([*argv, "--warmup", str(warmup), "--serve"], case.name)
            ready = workers[case.name].read_line(START_TIMEOUT)  # one at a time: warm-ups do not overlap
            if ready != "ready":
                raise SystemExit(f"{case.name}: unexpected {ready!r}")
        samples: dict[str, list[float]] = {case.name: [] for case in cases}
        for index in range(rounds):
            order = cases if index % 2 == 0 else cases[::-1]
            for case in order:
                workers[case.name].send("run")
                samples[case.name].append(float(workers[case.name].read_line(ROUND_TIMEOUT)))
            print(f"round {index + 1}/{rounds} done", file=sys.stderr, flush=True)
        return samples
    finally:
        for worker in workers.values():
            worker.stop()
        stop_server(server)


def report(cases: list[Case], samples: dict[str, list[float]]) -> dict[str, Any]:
    names = {case.name for case in cases}
    rows: dict[str, dict[str, Any]] = {}
    for case in cases:
        values = samples[case.name]
        row: dict[str, Any] = {"median_us": statistics.median(values), "min_us": min(values), "max_us": max(values)}
        baseline = BASELINE[case.mode]
        if baseline in names:
            row["vs_raw_httpx"] = statistics.median(
                value / base for value, base in zip(values, samples[baseline], strict=True)
            )
        rows[case.name] = row
    goals = {}
    for ours, theirs in GOALS:
        if ours in names and theirs in names:
            goals[f"{ours} / {theirs}"] = statistics.median(
                a / b for a, b in zip(samples[ours], samples[theirs], strict=True)
            )
    return {"cases": rows, "goals": goals}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=300, help="timed calls per round")
    parser.add_argument("--warmup", type=int, default=50, help="untimed calls before the first round")
    parser.add_argument("--cases", nargs="+", choices=[case.name for case in CASES], help="default: all")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if args.rounds < 1 or args.calls < 1 or args.warmup < 0:
        parser.error("--rounds and --calls must be at least 1, --warmup at least 0")
    cases = [case for case in CASES if args.cases is None or case.name in args.cases]

    env = environment()
    samples = measure(cases, args.rounds, args.calls, args.warmup)
    results = report(cases, samples)

    print(f"Per-call latency, typed GET on loopback: {args.rounds} rounds x {args.calls} calls (after {args.warmup})")
    print("environment: " + ", ".join(f"{key} {value}" for key, value in env.items()))
    print()
    width = max(len(case.name) for case in cases)
    print(f"| {'case':<{width}} | {'mode':<5} | {'median µs':>9} | {'min-max µs':>11} | {'vs raw httpx2':>12} |")
    print(f"|{'-' * (width + 2)}|{'-' * 7}|{'-' * 11}|{'-' * 13}|{'-' * 14}|")
    for case in cases:
        row = results["cases"][case.name]
        ratio = f"{row['vs_raw_httpx']:.2f}x" if "vs_raw_httpx" in row else "-"
        spread = f"{row['min_us']:.0f}-{row['max_us']:.0f}"
        print(f"| {case.name:<{width}} | {case.mode:<5} | {row['median_us']:>9.1f} | {spread:>11} | {ratio:>12} |")
    print()
    for label, ratio in results["goals"].items():
        verdict = "met" if ratio <= 1.0 else "missed"
        print(f"goal {label}: {ratio:.2f}x ({verdict}: <= 1.00x)")
    if args.json:
        payload = {"rounds": args.rounds, "calls": args.calls, "warmup": args.warmup, "environment": env}
        payload |= {"samples_us": samples, **results}
        args.json.write_text(json.dumps(payload, indent=2) + "\n")


if __name__ == "__main__":
    main()
