"""A/B performance check of two git revisions of agentplug, in the same virtual environment.

    python scripts/bench/ab.py BEFORE AFTER [--rounds 60] [--calls 100] [--warmup 50] [--processes 3]
                               [--cases CASE ...] [--json out.json]
    python scripts/bench/ab.py BEFORE AFTER --imports [--runs 30]

Each revision's `overlay/src`, `generated/` and `scripts/bench/` are exported (`git archive`) into a
temporary directory and put first on PYTHONPATH, so that they shadow the packages installed
(editable) in this venv; every exported package is checked to be imported from its export
(`module.__file__`) before anything is measured. The third-party stack (httpx2, httptools...) is
this venv's for both revisions: only our code differs.

Latency (default): one loopback server (`_server.py`), and one worker process (`_latency_worker.py`,
the `--serve` protocol of latency.py) per case and revision, all warmed up first. Then every round
runs every case of both revisions, each case of A next to its twin of B, forwards then backwards in
alternate rounds, so that machine noise hits both alike. Short rounds, many of them: a burst of load
on a shared machine then spoils few samples, and the medians ignore them. Each case has a few
worker processes per revision, taking the rounds in turn, so that what is fixed for a process's
life (hash seed, memory layout) does not pass for a difference between the revisions;
`ab.py REV REV` (A = B) shows the noise floor. As in latency.py, a
case's figure is the median over the rounds of its per-round ratio to raw httpx2 of the same mode,
run in the same round by the same revision's worker. Two kinds of agentplug cases:

- each revision's own worker (`agentplug-sync`, ...): the core call path as that revision's
  latency.py measures it, so its ratios are the ones that revision reports. The worker is the
  revision's own because it follows the overlay's internals (how a request is built changed
  with the generated operation modules; a newer worker cannot drive an older core);
- the public client (`agentplug-client-*`: `ACP(...).runs.get(run_id)`), from the worker beside
  this script, under each revision's code: public names only, so one identical driver for both.

Cold imports (`--imports`): fresh interpreters run `import agentplug.acp` + `ACP(base_url=...)`, and
`import httpx2` alone, alternating over both revisions after one warm-up each (bytecode cached);
reported per revision: the median wall times and the cost of agentplug above importing httpx2.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from latency import ROOT, START_TIMEOUT, Process, start_server, stop_server

HERE = Path(__file__).resolve().parent
EXPORTED = ("overlay/src", "generated", "scripts/bench")

RAW = {"sync": "httpx-sync", "async": "httpx-async"}
# (case, mode, worker): "own" = the revision's own worker, "harness" = the one beside this script.
CASES = (
    ("httpx-sync", "sync", "own"),
    ("agentplug-sync", "sync", "own"),
    ("agentplug-sync-fast", "sync", "own"),
    ("agentplug-client-sync", "sync", "harness"),
    ("agentplug-client-sync-fast", "sync", "harness"),
    ("httpx-async", "async", "own"),
    ("agentplug-async", "async", "own"),
    ("agentplug-async-fast", "async", "own"),
    ("agentplug-client-async", "async", "harness"),
    ("agentplug-client-async-fast", "async", "harness"),
)
REGRESSION = 0.05  # the largest relative growth of a ratio still accepted
RESAMPLES = 2000  # bootstrap resamples of the rounds for the confidence interval of a change
IMPORT_BUDGET_MS = 40.0  # agentplug.acp + a client above `import httpx2`
IMPORT_CLIENT = "import agentplug.acp; agentplug.acp.ACP(base_url='http://127.0.0.1:1')"
IMPORT_HTTPX = "import httpx2"


@dataclass(frozen=True)
class Revision:
    label: str  # "A" (before) or "B" (after)
    rev: str  # as given
    commit: str
    root: Path  # the export

    @property
    def env(self) -> dict[str, str]:
        paths = [
            self.root / "overlay" / "src",
            *sorted(p.parent for p in (self.root / "generated").glob("*/pyproject.toml")),
        ]
        env = {key: value for key, value in os.environ.items() if not key.startswith(("ACP_", "PYTHON"))}
        env["PYTHONPATH"] = os.pathsep.join(str(path) for path in paths)
        return env

    def packages(self) -> list[str]:
        """The top-level packages of the export: agentplug and each generated client."""
        generated = self.root / "generated"
        return ["agentplug", *sorted(p.parent.name for p in generated.glob("*/*/__init__.py"))]


def git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def export(label: str, rev: str, into: Path) -> Revision:
    commit = git("rev-parse", "--verify", f"{rev}^{{commit}}").decode().strip()
    archive = git("archive", "--format=tar", commit, "--", *EXPORTED)
    root = into / label
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    revision = Revision(label, rev, commit, root)
    check_shadowing(revision)
    return revision


def check_shadowing(revision: Revision) -> None:
    """Every package of the export must be imported from it, not from the venv's installed copy."""
    code = (
        "import importlib, json, sys; print(json.dumps({n: importlib.import_module(n).__file__ for n in sys.argv[1:]}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *revision.packages()],
        env=revision.env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for name, file in json.loads(out).items():
        if not Path(file).resolve().is_relative_to(revision.root.resolve()):
            raise SystemExit(f"{revision.label} ({revision.rev}): {name} imported from {file}, not from the export")


@contextmanager
def revisions(before: str, after: str) -> Iterator[tuple[Revision, Revision]]:
    with tempfile.TemporaryDirectory(prefix="agentplug-ab-") as tmp:
        yield export("A", before, Path(tmp)), export("B", after, Path(tmp))


# ---------------------------------------------------------------------------------------------
# Latency


Selected = list[tuple[str, str, str]]  # rows of CASES


def measure_latency(
    revs: tuple[Revision, ...], cases: Selected, rounds: int, calls: int, warmup: int, processes: int
) -> dict[str, list[float]]:
    """µs per call, keyed "label case", one sample per round.

    Each case runs in `processes` worker processes per revision, round i on process i mod
    `processes`: what is fixed for the life of one process (hash seed, memory layout, the core it
    started on) then varies between rounds instead of biasing a whole revision.
    """
    server, base_url = start_server()
    with ExitStack() as stack:
        stack.callback(stop_server, server)
        workers: dict[tuple[str, int], Process] = {}
        for copy in range(processes):
            for revision in revs:
                for case, _, which in cases:
                    script = (revision.root / "scripts" / "bench" if which == "own" else HERE) / "_latency_worker.py"
                    argv = [sys.executable, str(script), case, base_url, str(calls), "--warmup", str(warmup), "--serve"]
                    key = f"{revision.label} {case}"
                    workers[key, copy] = worker = Process(argv, f"{key} #{copy}", env=revision.env)
                    stack.callback(worker.stop)
                    if (ready := worker.read_line(START_TIMEOUT)) != "ready":  # one at a time: no overlapping warm-ups
                        raise SystemExit(f"{worker.name}: unexpected {ready!r}")
        # A case of A next to its twin of B, the cases of a mode next to their raw client: what is
        # compared runs close in time. Odd rounds run backwards (B before A).
        keys = [f"{revision.label} {case}" for case, _, _ in cases for revision in revs]
        samples: dict[str, list[float]] = {key: [] for key in keys}
        for index in range(rounds):
            for key in keys if index % 2 == 0 else keys[::-1]:
                worker = workers[key, index % processes]
                worker.send("run")
                samples[key].append(float(worker.read_line(300.0)))
            print(f"round {index + 1}/{rounds} done", file=sys.stderr, flush=True)
        return samples


def _change(a: list[float], b: list[float]) -> float:
    return statistics.median(b) / statistics.median(a) - 1.0


def change_interval(a: list[float], b: list[float]) -> tuple[float, float]:
    """A 95 % bootstrap interval of B's median over A's, resampling whole rounds (A and B stay paired)."""
    rng = random.Random(0)  # the same table for the same samples
    rounds = range(len(a))
    changes = []
    for _ in range(RESAMPLES):
        picked = [rng.choice(rounds) for _ in rounds]
        changes.append(_change([a[i] for i in picked], [b[i] for i in picked]))
    changes.sort()
    return changes[int(0.025 * RESAMPLES)], changes[int(0.975 * RESAMPLES) - 1]


def latency_table(revs: tuple[Revision, Revision], cases: Selected, samples: dict[str, list[float]]) -> dict[str, Any]:
    a, b = revs
    rows: dict[str, Any] = {}
    rounds = len(next(iter(samples.values())))
    print(f"A = {a.rev} ({a.commit[:10]}), B = {b.rev} ({b.commit[:10]}); {rounds} rounds")
    print("ratio: median over the rounds of the case's µs / raw httpx2's µs (same mode, revision and round);")
    print("B vs A: B's median ratio over A's, with a 95 % bootstrap interval over the rounds; the httpx rows")
    print("compare B's raw httpx2 to A's (the same code: the noise floor of this run)")
    print()
    header = ("case", "A µs", "B µs", "A ratio", "B ratio", "B vs A", "95 % interval")
    print(f"| {header[0]:<27} | " + " | ".join(f"{h:>7}" for h in header[1:-1]) + f" | {header[-1]:>16} |")
    print(f"|{'-' * 29}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 18}|")
    for case, mode, _ in cases:
        ratios: dict[str, list[float]] = {}
        row: dict[str, Any] = {}
        for revision in revs:
            mine, raw = samples[f"{revision.label} {case}"], samples[f"{revision.label} {RAW[mode]}"]
            if case == RAW[mode]:  # the noise floor: B's raw client against A's
                raw = samples[f"A {case}"]
            ratios[revision.label] = [x / y for x, y in zip(mine, raw, strict=True)]
            row[f"{revision.label}_us"] = statistics.median(mine)
            row[f"{revision.label}_ratio"] = statistics.median(ratios[revision.label])
        row["change"] = _change(ratios["A"], ratios["B"])
        row["interval"] = change_interval(ratios["A"], ratios["B"])
        rows[case] = row
        low, high = row["interval"]
        flag = "  REGRESSION" if case != RAW[mode] and row["change"] > REGRESSION else ""
        print(
            f"| {case:<27} | {row['A_us']:>7.1f} | {row['B_us']:>7.1f} | {row['A_ratio']:>6.2f}x | "
            f"{row['B_ratio']:>6.2f}x | {row['change']:>+6.1%} | {low:>+6.1%} .. {high:>+6.1%} |{flag}"
        )
    return rows


# ---------------------------------------------------------------------------------------------
# Cold imports


def _run(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of a fresh `python -c code`."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], env=env)
    if hasattr(os, "wait4"):  # the child's own CPU time: what other load on the machine disturbs least
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        cpu = usage.ru_utime + usage.ru_stime
    else:
        child.wait()
        wall = cpu = time.perf_counter() - start
    if child.returncode:
        raise SystemExit(f"python -c {code!r} failed with status {child.returncode}")
    return wall, cpu


def measure_imports(revs: tuple[Revision, ...], runs: int) -> dict[str, list[float]]:
    """Seconds per fresh process, keyed "label client wall", "label httpx2 cpu"..."""
    commands = [
        (f"{r.label} {kind}", code, r.env)
        for r in revs
        for kind, code in (("client", IMPORT_CLIENT), ("httpx2", IMPORT_HTTPX))
    ]
    for _, code, env in commands:  # warm-up: compile and cache the exports' bytecode
        _run(code, env)
    samples: dict[str, list[float]] = {f"{key} {clock}": [] for key, _, _ in commands for clock in ("wall", "cpu")}
    for index in range(runs):
        for key, code, env in commands if index % 2 == 0 else commands[::-1]:
            wall, cpu = _run(code, env)
            samples[f"{key} wall"].append(wall)
            samples[f"{key} cpu"].append(cpu)
    return samples


def imports_table(revs: tuple[Revision, Revision], samples: dict[str, list[float]], runs: int) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    print(f"cold imports, {runs} alternating runs per command (a fresh process each)")
    print(f"  client: {IMPORT_CLIENT}")
    print(f"  httpx2: {IMPORT_HTTPX}")
    print()
    header = ("client ms", "httpx2 ms", "delta ms", "paired ms", "min delta")
    print(f"| {'revision':<24} | {'clock':<5} | " + " | ".join(f"{h:>9}" for h in header) + " |")
    print(f"|{'-' * 26}|{'-' * 7}|" + "|".join("-" * 11 for _ in header) + "|")
    for revision in revs:
        for clock in ("wall", "cpu"):
            client = samples[f"{revision.label} client {clock}"]
            httpx = samples[f"{revision.label} httpx2 {clock}"]
            row = {
                "client_ms": statistics.median(client) * 1000,
                "httpx2_ms": statistics.median(httpx) * 1000,
                "paired_delta_ms": statistics.median(x - y for x, y in zip(client, httpx, strict=True)) * 1000,
                "min_delta_ms": (min(client) - min(httpx)) * 1000,
            }
            row["delta_ms"] = row["client_ms"] - row["httpx2_ms"]
            rows[f"{revision.label} {clock}"] = row
            name = f"{revision.label} {revision.rev} ({revision.commit[:7]})"
            flag = "  OVER BUDGET" if clock == "wall" and row["delta_ms"] > IMPORT_BUDGET_MS else ""
            print(
                f"| {name:<24} | {clock:<5} | {row['client_ms']:>9.1f} | {row['httpx2_ms']:>9.1f} | "
                f"{row['delta_ms']:>9.1f} | {row['paired_delta_ms']:>9.1f} | {row['min_delta_ms']:>9.1f} |{flag}"
            )
    print("delta: difference of the medians (the budget's figure, wall clock); paired: median of the per-run")
    print("differences; min delta: difference of the fastest runs. cpu: the child's user + system time, which")
    print(f"other load on the machine disturbs less than wall time. Budget: {IMPORT_BUDGET_MS:.0f} ms (wall).")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", help="revision A, e.g. a commit, tag or branch")
    parser.add_argument("after", help="revision B")
    parser.add_argument("--imports", action="store_true", help="measure cold imports instead of latency")
    parser.add_argument("--rounds", type=int, default=60, help="latency rounds (each runs every case of A and B)")
    parser.add_argument("--calls", type=int, default=100, help="timed calls per case and round")
    parser.add_argument("--warmup", type=int, default=50, help="untimed calls per worker before the first round")
    parser.add_argument("--processes", type=int, default=3, help="worker processes per case and revision")
    parser.add_argument("--cases", nargs="+", choices=[c[0] for c in CASES], help="default: all (raw httpx2 always)")
    parser.add_argument("--runs", type=int, default=30, help="--imports: fresh processes per command")
    parser.add_argument("--json", type=Path, help="also write the samples and the table here")
    args = parser.parse_args()
    if min(args.rounds, args.calls, args.runs, args.processes) < 1 or args.warmup < 0:
        parser.error("--rounds, --calls, --processes and --runs must be at least 1, --warmup at least 0")
    with revisions(args.before, args.after) as revs:
        for revision in revs:
            print(f"{revision.label}: {revision.rev} = {revision.commit}", file=sys.stderr)
        if args.imports:
            samples = measure_imports(revs, args.runs)
            table = imports_table(revs, samples, args.runs)
        else:
            wanted = set(args.cases or [c[0] for c in CASES])
            modes = {mode for name, mode, _ in CASES if name in wanted}
            cases = [c for c in CASES if c[0] in wanted or (c[1] in modes and c[0] == RAW[c[1]])]
            samples = measure_latency(revs, cases, args.rounds, args.calls, args.warmup, args.processes)
            table = latency_table(revs, cases, samples)
    if args.json:
        commits = {r.label: {"rev": r.rev, "commit": r.commit} for r in revs}
        args.json.write_text(json.dumps({"revisions": commits, "samples": samples, "table": table}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
