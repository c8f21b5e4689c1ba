"""One client of the ACP benchmark (`acp.py`), in its own process and virtual environment.

    python _acp_worker.py CASE BASE_URL [--warmup 20]

Warms up, prints "ready", then answers one line of stdin at a time with one JSON line:

    wait N      N timed `create_and_wait` round trips   -> {"us": µs per call}
    stream N    one run streaming N values events        -> {"seconds", "yielded", "unique", "last_id", "problems"}
    quit        (or end of input) exits

Every answer is checked, so that a broken client cannot look fast: a wait must echo its input,
a stream must deliver every event of the run: the first update, the steps 1..N-2 in order, the
final one ("success"), ids increasing where the client shows them per event (agntcy-acp does;
agentplug's updates carry no id, its stream's `last_event_id` after the loop is reported as
`last_id`, for `acp.py` to compare with the vendor's last id). `yielded` counts what the client
handed out, `unique` the distinct events among them; `problems` lists what was wrong. A case
imports only its own client: the vendor case runs where agentplug is not installed.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

AGENT_ID = "5a3b0c2e-7d41-4f6a-9e8b-1c2d3e4f5a6b"  # the sandbox's echo agent
TEXT = "bench"
INPUT = {"messages": [{"type": "human", "content": TEXT}]}

Event = tuple[str | None, str, Any]  # (SSE id or None, status, values.step)
WaitCall = Callable[[], str]  # returns the echoed text
StreamCall = Callable[[int], tuple[list[Event], str | None]]  # a run of N events: what was yielded, the last id


@contextmanager
def _vendor(base_url: str) -> Iterator[tuple[WaitCall, StreamCall]]:
    from agntcy_acp import ACPClient, ApiClientConfiguration
    from agntcy_acp.models import Config, RunCreateStateless

    with ACPClient(configuration=ApiClientConfiguration(host=base_url)) as client:

        def wait() -> str:
            body = RunCreateStateless(agent_id=AGENT_ID, input=INPUT, config=Config(configurable={}))
            answer = client.create_and_wait_for_stateless_run_output(body)
            text: str = answer.output.actual_instance.values["messages"][-1]["content"]
            return text

        def stream(events: int) -> tuple[list[Event], str | None]:
            body = RunCreateStateless(
                agent_id=AGENT_ID, input=INPUT, config=Config(configurable={"extra_values": events - 2})
            )
            seen: list[Event] = []
            for event in client.create_and_stream_stateless_run_output(body):
                update = event.data.actual_instance
                seen.append((event.id, update.status.value, update.values.get("step")))
            return seen, seen[-1][0] if seen else None

        yield wait, stream


@contextmanager
def _agentplug(base_url: str, fast: bool) -> Iterator[tuple[WaitCall, StreamCall]]:
    from agentplug.acp import ACP, RunFinished
    from agentplug.transports import fast_transport

    transport = fast_transport(sync=True) if fast else None
    with ACP(base_url=base_url, transport=transport) as client:

        def wait() -> str:
            run = client.runs.create_and_wait(agent_id=AGENT_ID, input=INPUT, config={"configurable": {}})
            text: str = run.values["messages"][-1]["content"]
            return text

        def stream(events: int) -> tuple[list[Event], str | None]:
            seen: list[Event] = []
            config = {"configurable": {"extra_values": events - 2}}
            with client.runs.create_and_stream(agent_id=AGENT_ID, input=INPUT, config=config) as updates:
                for update in updates:
                    if isinstance(update, RunFinished):
                        continue  # our closing event: the run's final state, not one of the run's events
                    status = getattr(update.status, "value", update.status)
                    values = update.values if isinstance(update.values, dict) else {}
                    # The updates carry no SSE id, and the stream's last_event_id runs ahead of the
                    # loop (it is the decoder's, for resuming): read it once, after the last event.
                    seen.append((None, str(status), values.get("step")))
                last_id = updates.last_event_id
            return seen, last_id

        yield wait, stream


CASES: dict[str, Callable[[str], Any]] = {
    "agntcy-acp": _vendor,
    "agentplug": lambda base_url: _agentplug(base_url, fast=False),
    "agentplug-fast": lambda base_url: _agentplug(base_url, fast=True),
}


def check_stream(seen: list[Event], events: int) -> tuple[int, list[str]]:
    """The number of distinct events among those yielded, and what is wrong with them."""
    ordered = list(dict.fromkeys(seen))  # a repeated event is the same (id, status, step) again
    problems: list[str] = []
    if len(ordered) != events:
        problems.append(f"{len(ordered)} distinct events, expected {events}")
    ids = [int(event[0]) if event[0].isdigit() else -1 for event in ordered if event[0] is not None]
    if ids != sorted(set(ids)) or min(ids, default=1) < 1:
        problems.append("event ids not increasing")
    steps = [event[2] for event in ordered]
    if steps != [None, *range(1, events - 1), None]:
        problems.append("the steps are not 1..N-2 in order between the first and the final update")
    if not ordered or ordered[-1][1] != "success" or any(event[1] != "pending" for event in ordered[:-1]):
        problems.append("statuses are not pending ... success")
    return len(ordered), problems


def serve(case: str, base_url: str, warmup: int) -> None:
    with CASES[case](base_url) as (wait, stream):
        for _ in range(warmup):
            if wait() != TEXT:
                raise SystemExit(f"{case}: the wait did not echo its input")
        stream(10)
        print("ready", flush=True)
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "quit":
                return
            count = int(argument)
            gc.collect()
            if command == "wait":
                wrong = 0
                start = time.perf_counter()
                for _ in range(count):
                    wrong += wait() != TEXT
                elapsed = time.perf_counter() - start
                if wrong:
                    raise SystemExit(f"{case}: {wrong} waits did not echo their input")
                answer: dict[str, Any] = {"us": elapsed / count * 1e6}
            elif command == "stream":
                start = time.perf_counter()
                seen, last_id = stream(count)
                elapsed = time.perf_counter() - start
                unique, problems = check_stream(seen, count)
                answer = {"seconds": elapsed, "yielded": len(seen), "unique": unique, "last_id": last_id}
                answer["problems"] = problems
            else:
                raise SystemExit(f"unknown command {command!r}")
            print(json.dumps(answer), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("base_url")
    parser.add_argument("--warmup", type=int, default=20, help="untimed waits before 'ready'")
    args = parser.parse_args()
    serve(args.case, args.base_url, args.warmup)


if __name__ == "__main__":
    main()
