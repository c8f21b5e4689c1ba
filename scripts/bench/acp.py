"""ACP client benchmark: agentplug side by side with the vendor SDK agntcy-acp, against the ACP sandbox.

    .venv/bin/python scripts/bench/acp.py [--rounds 3] [--calls 200] [--events 2000] [--json out.json]

Starts the ACP sandbox in its own process on 127.0.0.1 (`python -m agentplug.sandbox acp --port 0`),
then one worker process per client (`_acp_worker.py`): agntcy-acp (sync `ACPClient`) in its own
virtual environment under `.vendor-venvs/` (created once), agentplug's sync `ACP` with its default
transport and with the fast transport (`agentplug.transports.fast_transport(sync=True)`). Each
round runs every client in turn, the order alternating from round to round (forward, backward...):

(a) `create_and_wait` round trip: `--calls` timed `POST /runs/wait` of the echo agent, µs per call.
    Target: agentplug <= 0.8x the vendor's time.
(b) streaming one run of `--events` values events (`POST /runs/stream`, the echo agent's
    `extra_values` option): seconds for the whole stream, events per second. Every event must
    arrive exactly once: the workers check steps, statuses and ids, and all clients must agree on
    the id of the run's last event. agntcy-acp's parser re-yields
    every earlier event with each network chunk; the table shows how many events it yielded.
    Target: agentplug's throughput >= 5x the vendor's.

Reported per client: median (min-max) over the rounds, and the median over the rounds of the
per-round ratio to the vendor. Exits 1 when a target is missed or a client delivers a wrong
stream. With the vendor's quadratic stream parser, its stream of 2000 events takes minutes per
round: `--events` and `--rounds` trade precision for time. All processes started here are
stopped before it exits.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import vendor_venvs  # noqa: E402
from latency import Process, stop_server  # noqa: E402

WORKER = HERE / "_acp_worker.py"
VENDOR = "agntcy-acp"
VENDOR_PINS = ["agntcy-acp==1.5.2"]  # the version the ACP reference documents

START_TIMEOUT = 180.0  # seconds for a worker to import its client and warm up
ROUND_TIMEOUT = 1800.0  # seconds for one measurement (the vendor's long stream)
WAIT_TARGET = 0.8  # agentplug time / vendor time, at most
STREAM_TARGET = 5.0  # agentplug throughput / vendor throughput, at least


@dataclass(frozen=True)
class Case:
    name: str
    env: str  # "project" or the vendor venv's name


CASES = (Case(VENDOR, VENDOR), Case("agentplug", "project"), Case("agentplug-fast", "project"))
OURS = ("agentplug", "agentplug-fast")


def start_sandbox() -> tuple[Process, str]:
    argv = [
        sys.executable,
        "-m",
        "agentplug.sandbox",
        "acp",
        "--port",
        "0",
        "--profile",
        "spec",
        "--wait-timeout",
        "600",
    ]
    server = Process(argv, "sandbox")
    base_url = server.read_line(60.0)
    if not base_url.startswith("http://"):
        raise SystemExit(f"sandbox: unexpected first line {base_url!r}")
    return server, base_url


def ask(worker: Process, command: str) -> dict[str, Any]:
    worker.send(command)
    answer: dict[str, Any] = json.loads(worker.read_line(ROUND_TIMEOUT))
    return answer


def measure(rounds: int, calls: int, events: int, warmup: int) -> dict[str, dict[str, list[Any]]]:
    pythons = {"project": Path(sys.executable), VENDOR: vendor_venvs.vendor_python(VENDOR, VENDOR_PINS)}
    server, base_url = start_sandbox()
    workers: dict[str, Process] = {}
    samples: dict[str, dict[str, list[Any]]] = {
        case.name: {"wait_us": [], "stream_s": [], "yielded": [], "unique": [], "last_id": [], "problems": []}
        for case in CASES
    }
    try:
        for case in CASES:
            argv = [str(pythons[case.env]), str(WORKER), case.name, base_url, "--warmup", str(warmup)]
            workers[case.name] = Process(argv, case.name)
            ready = workers[case.name].read_line(START_TIMEOUT)  # one at a time: warm-ups do not overlap
            if ready != "ready":
                raise SystemExit(f"{case.name}: unexpected {ready!r}")
        for index in range(rounds):
            order = CASES if index % 2 == 0 else CASES[::-1]
            for case in order:
                waited = ask(workers[case.name], f"wait {calls}")
                streamed = ask(workers[case.name], f"stream {events}")
                row = samples[case.name]
                row["wait_us"].append(waited["us"])
                row["stream_s"].append(streamed["seconds"])
                row["yielded"].append(streamed["yielded"])
                row["unique"].append(streamed["unique"])
                row["last_id"].append(streamed["last_id"])
                row["problems"].extend(streamed["problems"])
            last_ids = {samples[case.name]["last_id"][-1] for case in CASES}
            if len(last_ids) != 1:
                for case in CASES:
                    samples[case.name]["problems"].append(
                        f"last event ids differ between clients: {sorted(map(str, last_ids))}"
                    )
            print(f"round {index + 1}/{rounds} done", file=sys.stderr, flush=True)
        return samples
    finally:
        for worker in workers.values():
            worker.stop()
        stop_server(server)


def _spread(values: list[float], scale: float = 1.0, digits: int = 0) -> str:
    median, low, high = (value * scale for value in (statistics.median(values), min(values), max(values)))
    return f"{median:,.{digits}f} ({low:,.{digits}f}-{high:,.{digits}f})"


def report(samples: dict[str, dict[str, list[Any]]], events: int) -> dict[str, Any]:
    vendor = samples[VENDOR]
    results: dict[str, Any] = {"cases": {}, "goals": {}}
    for name, row in samples.items():
        results["cases"][name] = {
            "wait_us_median": statistics.median(row["wait_us"]),
            "stream_s_median": statistics.median(row["stream_s"]),
            "events_per_s_median": statistics.median(events / seconds for seconds in row["stream_s"]),
            "yielded_median": statistics.median(row["yielded"]),
            "unique_min": min(row["unique"]),
            "problems": sorted(set(row["problems"])),
        }
    for name in OURS:
        row = samples[name]
        wait_ratio = statistics.median(a / b for a, b in zip(row["wait_us"], vendor["wait_us"], strict=True))
        # Throughput ratio: events per second of ours over the vendor's = vendor seconds / our seconds.
        stream_ratio = statistics.median(b / a for a, b in zip(row["stream_s"], vendor["stream_s"], strict=True))
        results["goals"][f"{name} wait / {VENDOR} wait"] = {"ratio": wait_ratio, "target": f"<= {WAIT_TARGET}"}
        results["goals"][f"{name} stream throughput / {VENDOR}"] = {
            "ratio": stream_ratio,
            "target": f">= {STREAM_TARGET}",
        }
    return results


def print_table(samples: dict[str, dict[str, list[Any]]], results: dict[str, Any], events: int) -> None:
    width = max(len(name) for name in samples)
    print(f"| {'client':<{width}} | {'wait µs/call':>24} | {'stream s':>26} | {'events/s':>9} | {'yielded':>9} |")
    print(f"|{'-' * (width + 2)}|{'-' * 26}|{'-' * 28}|{'-' * 11}|{'-' * 11}|")
    for name, row in samples.items():
        case = results["cases"][name]
        wait = _spread(row["wait_us"])
        stream = _spread(row["stream_s"], digits=3)
        rate = f"{case['events_per_s_median']:,.0f}"
        print(f"| {name:<{width}} | {wait:>24} | {stream:>26} | {rate:>9} | {case['yielded_median']:>9,.0f} |")
    print()
    print(f"a correct client yields {events:,} events per stream; every client's distinct events are checked")
    for label, goal in results["goals"].items():
        ratio, target = goal["ratio"], goal["target"]
        met = ratio <= WAIT_TARGET if target.startswith("<=") else ratio >= STREAM_TARGET
        goal["met"] = met
        print(f"goal {label}: {ratio:,.2f}x ({'met' if met else 'MISSED'}: {target}x)")
    for name, case in results["cases"].items():
        for problem in case["problems"]:
            print(f"WRONG STREAM {name}: {problem}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=200, help="timed create_and_wait calls per round")
    parser.add_argument("--events", type=int, default=2000, help="values events of the streamed run")
    parser.add_argument("--warmup", type=int, default=20, help="untimed waits before the first round")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if args.rounds < 1 or args.calls < 1 or args.events < 3 or args.warmup < 0:
        parser.error("--rounds and --calls must be at least 1, --events at least 3, --warmup at least 0")

    samples = measure(args.rounds, args.calls, args.events, args.warmup)
    results = report(samples, args.events)
    print(f"ACP on loopback, {args.rounds} rounds: (a) {args.calls} waits, (b) a stream of {args.events} events")
    print()
    print_table(samples, results, args.events)
    if args.json:
        payload = {"rounds": args.rounds, "calls": args.calls, "events": args.events, "samples": samples, **results}
        args.json.write_text(json.dumps(payload, indent=2) + "\n")
    wrong = any(case["problems"] for name, case in results["cases"].items() if name in OURS)
    missed = not all(goal["met"] for goal in results["goals"].values())
    return 1 if wrong or missed else 0


if __name__ == "__main__":
    sys.exit(main())
