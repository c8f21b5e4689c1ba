"""Prefactor telemetry: 10,000 spans from 8 threads into the sandbox, agentplug side by side with prefactor-http.

    .venv/bin/python scripts/bench/prefactor.py [--spans 10000] [--threads 8] [--rounds 3] [--json out.json]

Each round starts a fresh sandbox (`python -m agentplug.sandbox prefactor`, its own process) and
runs both sides against it, in alternating order:

- prefactor-http 0.4.3 (its own venv, `_prefactor_vendor.py`): one `agent_spans.create` request
  per span, already finished (the fewest requests the SDK allows);
- agentplug: `with run.span(...)` in 8 threads; the spans are queued and sent by the exporter as
  bulk requests; the clock stops when `flush()` confirms every span was delivered.

Requests are counted by the sandbox. Also measured: the cost of one span (enter + exit) on the
caller's thread, as its CPU time over a single-threaded loop while the exporter runs (the wall time
is shown too). A lean httpx2 client sending one request per span is shown for reference.

Targets (exit status 1 when one is missed): >= 20x fewer requests, >= 5x less wall time,
<= 20 µs per span on the caller's thread.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx2

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import vendor_venvs  # noqa: E402

VENDOR_PINS = ["prefactor-http==0.4.3"]
VENDOR_WORKER = HERE / "_prefactor_vendor.py"
TOKEN = "bench-token"
TARGETS = {"requests": 20.0, "wall": 5.0, "enqueue_us": 20.0}


class Sandbox:
    """The sandbox in its own process (so both sides pay the same server)."""

    def __init__(self) -> None:
        command = [sys.executable, "-m", "agentplug.sandbox", "prefactor", "--port", "0"]
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.stop()
            raise SystemExit("the sandbox did not start")
        # uvicorn logs every request on stdout: keep the pipe drained or the server stalls.
        threading.Thread(target=self._drain, args=(self.proc.stdout,), daemon=True).start()
        self.http = httpx2.Client(base_url=self.url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)

    @staticmethod
    def _drain(stream: Any) -> None:
        for _ in stream:
            pass

    def requests(self) -> int:
        return int(self.http.get("/_sandbox/stats").json()["requests"])

    def spans(self, instance_id: str) -> list[dict[str, Any]]:
        spans: list[dict[str, Any]] = self.http.get(f"/_sandbox/agent_instance/{instance_id}/spans").json()
        return spans

    def started_instance(self, agent_id: str) -> str:
        body = {"agent_id": agent_id, "agent_version": {"name": "bench"}, "agent_schema_version": {}}
        instance_id = str(self.http.post("/api/v1/agent_instance/register", json=body).json()["details"]["id"])
        self.http.post(f"/api/v1/agent_instance/{instance_id}/start", json={"timestamp": None})
        return instance_id

    def stop(self) -> None:
        if hasattr(self, "http"):
            self.http.close()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


def run_vendor(python: Path, sandbox: Sandbox, agent_id: str, spans: int, threads: int) -> dict[str, float]:
    instance_id = sandbox.started_instance(agent_id)
    before = sandbox.requests()
    argv = [str(python), str(VENDOR_WORKER), sandbox.url, instance_id, str(spans), str(threads)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=1800, check=False)
    line = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "{}"
    answer = json.loads(line)
    if result.returncode != 0 or "wall_s" not in answer:
        raise SystemExit(f"prefactor-http side failed: {answer.get('error')}\n{result.stderr[-2000:]}")
    delivered = len(sandbox.spans(instance_id))
    if delivered != spans:
        raise SystemExit(f"prefactor-http side delivered {delivered} of {spans} spans")
    return {"wall_s": float(answer["wall_s"]), "requests": float(sandbox.requests() - before)}


def run_agentplug(sandbox: Sandbox, agent_id: str, spans: int, threads: int) -> dict[str, float]:
    from agentplug.prefactor import Prefactor, TelemetryConfig

    before = sandbox.requests()
    shares = [spans // threads + (1 if index < spans % threads else 0) for index in range(threads)]
    with Prefactor(api_url=sandbox.url, api_token=TOKEN, telemetry=TelemetryConfig(max_queue=200_000)) as client:
        with client.instance(agent_id) as run:

            def work(index: int) -> None:
                for number in range(shares[index]):
                    with run.span("tool_call", {"thread": index, "n": number}) as span:
                        span.result = {"ok": True}

            workers = [threading.Thread(target=work, args=(index,)) for index in range(threads)]
            started = time.perf_counter()
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            if not client.flush(600):
                raise SystemExit("agentplug side: flush timed out")
            wall = time.perf_counter() - started
        stats = client.telemetry_stats()
    if stats.lost:
        raise SystemExit(f"agentplug side lost {stats.lost} items: {stats}")
    delivered = len(sandbox.spans(run.id))
    if delivered != spans:
        raise SystemExit(f"agentplug side delivered {delivered} of {spans} spans")
    return {"wall_s": wall, "requests": float(sandbox.requests() - before)}


def run_httpx_per_span(sandbox: Sandbox, agent_id: str, spans: int, threads: int) -> dict[str, float]:
    """Diagnostic: a lean client (httpx2, one keep-alive connection per thread), one request per span."""
    instance_id = sandbox.started_instance(agent_id)
    before = sandbox.requests()
    shares = [spans // threads + (1 if index < spans % threads else 0) for index in range(threads)]

    def work(index: int) -> None:
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with httpx2.Client(base_url=sandbox.url, headers=headers, timeout=60) as http:
            for number in range(shares[index]):
                details = {"agent_instance_id": instance_id, "schema_name": "tool_call", "status": "complete",
                           "payload": {"thread": index, "n": number}, "result_payload": {"ok": True}}  # fmt: skip
                http.post("/api/v1/agent_spans", json={"details": details}).raise_for_status()

    workers = [threading.Thread(target=work, args=(index,)) for index in range(threads)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - started
    return {"wall_s": wall, "requests": float(sandbox.requests() - before)}


def enqueue_cost(sandbox: Sandbox, agent_id: str, spans: int) -> tuple[float, float]:
    """µs per span (enter + exit) on one caller thread while the exporter runs: (CPU, wall).

    CPU is the caller thread's own time (`time.thread_time`): the cost the span puts on it. Wall
    also holds the moments the exporter thread had the GIL.
    """
    from agentplug.prefactor import Prefactor, TelemetryConfig

    with Prefactor(api_url=sandbox.url, api_token=TOKEN, telemetry=TelemetryConfig(max_queue=200_000)) as client:
        with client.instance(agent_id) as run:
            for number in range(200):  # warm-up
                with run.span("tool_call", {"n": number}):
                    pass
            started, cpu = time.perf_counter_ns(), time.thread_time_ns()
            for number in range(spans):
                with run.span("tool_call", {"n": number}) as span:
                    span.result = {"ok": True}
            cpu, wall = time.thread_time_ns() - cpu, time.perf_counter_ns() - started
        client.flush(600)
    return cpu / spans / 1000.0, wall / spans / 1000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spans", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()

    python = vendor_venvs.vendor_python("prefactor-http", VENDOR_PINS)
    results: dict[str, list[dict[str, float]]] = {"prefactor-http": [], "agentplug": [], "httpx-per-span": []}
    costs: list[float] = []
    walls: list[float] = []
    for round_index in range(args.rounds):
        sandbox = Sandbox()
        try:
            agent_id = str(
                sandbox.http.post("/api/v1/agent", json={"details": {"name": "bench"}}).json()["details"]["id"]
            )
            order = ["prefactor-http", "agentplug"] if round_index % 2 == 0 else ["agentplug", "prefactor-http"]
            for side in order:
                if side == "prefactor-http":
                    results[side].append(run_vendor(python, sandbox, agent_id, args.spans, args.threads))
                else:
                    results[side].append(run_agentplug(sandbox, agent_id, args.spans, args.threads))
            results["httpx-per-span"].append(run_httpx_per_span(sandbox, agent_id, args.spans, args.threads))
            cpu, wall_per_span = enqueue_cost(sandbox, agent_id, args.spans)
            costs.append(cpu)
            walls.append(wall_per_span)
        finally:
            sandbox.stop()
        print(f"round {round_index + 1}/{args.rounds}: " + ", ".join(
            f"{side} {r[-1]['wall_s']:.2f} s / {r[-1]['requests']:.0f} requests" for side, r in results.items()
        ), file=sys.stderr)  # fmt: skip

    def median(side: str, key: str) -> float:
        return statistics.median(entry[key] for entry in results[side])

    pairs = list(zip(results["prefactor-http"], results["agentplug"], strict=True))
    figures: dict[str, Any] = {
        "spans": args.spans,
        "threads": args.threads,
        "rounds": args.rounds,
        **{side: {"wall_s": median(side, "wall_s"), "requests": median(side, "requests")} for side in results},
        "requests_ratio": statistics.median(vendor["requests"] / ours["requests"] for vendor, ours in pairs),
        "wall_ratio": statistics.median(vendor["wall_s"] / ours["wall_s"] for vendor, ours in pairs),
        "enqueue_us": statistics.median(costs),
        "enqueue_wall_us": statistics.median(walls),
    }
    print(f"\n{args.spans} spans from {args.threads} threads into the Prefactor sandbox (median of {args.rounds})")
    print(f"{'client':<36}{'wall s':>10}{'requests':>12}{'spans/s':>12}")
    for side, label in (
        ("prefactor-http", "prefactor-http, a request per span"),
        ("agentplug", "agentplug, batched"),
        ("httpx-per-span", "(httpx2, a request per span)"),
    ):
        wall, requests = figures[side]["wall_s"], figures[side]["requests"]
        print(f"{label:<36}{wall:>10.2f}{requests:>12.0f}{args.spans / wall:>12.0f}")
    checks = [
        ("fewer requests", figures["requests_ratio"], TARGETS["requests"], ">="),
        ("less wall time", figures["wall_ratio"], TARGETS["wall"], ">="),
        ("µs per span on the caller's thread", figures["enqueue_us"], TARGETS["enqueue_us"], "<="),
    ]
    missed = False
    for label, value, target, sense in checks:
        ok = value >= target if sense == ">=" else value <= target
        missed |= not ok
        unit = "x" if sense == ">=" else " µs"
        print(f"  {label:<38}{value:>9.1f}{unit}  target {sense} {target:g}{unit}  {'ok' if ok else 'MISSED'}")
    print(f"  (a span's wall time on the caller's thread, exporter included: {figures['enqueue_wall_us']:.1f} µs)")
    lean = figures["httpx-per-span"]["wall_s"] / figures["agentplug"]["wall_s"]
    print(f"  (diagnostic: {lean:.1f}x less wall time than a lean httpx2 client sending a request per span)")
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
