"""bytes → typed model: the generated attrs `from_dict` (after `json.loads`) vs pydantic v2.

Both sides parse the same ~3 KB ACP `RunWaitResponseStateful` (a run plus a result holding six
messages that mix text and tool blocks) into equivalent typed models: ids as text, datetimes, enums,
discriminated unions, unknown fields kept. Rounds alternate between the two so that machine noise
hits both alike; the report gives medians and the speed ratio (pydantic time / ours: above 1.0
means ours is faster).

    python scripts/bench/parse.py [--rounds 21] [--number 2000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from agentplug_acp_client.models import RunWaitResponseStateful
from payloads import run_wait_response_stateful_bytes
from pydantic_models import RunWaitResponseStateful as PydanticRunWaitResponseStateful


def _per_call(func: Callable[[], Any], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        func()
    return (time.perf_counter() - start) / number


def measure(rounds: int, number: int) -> dict[str, Any]:
    payload = run_wait_response_stateful_bytes()
    ours = RunWaitResponseStateful.from_dict(json.loads(payload))
    theirs = PydanticRunWaitResponseStateful.model_validate_json(payload)
    if ours.to_dict() != json.loads(payload):
        raise SystemExit("the generated model does not round-trip the payload")
    if str(ours.run.run_id) != str(theirs.run.run_id):  # type: ignore[union-attr]
        raise SystemExit("the two parsers disagree")

    cases: dict[str, Callable[[], Any]] = {
        "json.loads + generated from_dict": lambda: RunWaitResponseStateful.from_dict(json.loads(payload)),
        "pydantic model_validate_json": lambda: PydanticRunWaitResponseStateful.model_validate_json(payload),
        "json.loads alone": lambda: json.loads(payload),
    }
    for func in cases.values():  # warm-up
        _per_call(func, number // 4)
    samples: dict[str, list[float]] = {name: [] for name in cases}
    ratios: list[float] = []
    names = list(cases)
    for round_index in range(rounds):
        order = names if round_index % 2 == 0 else names[::-1]
        timings = {name: _per_call(cases[name], number) for name in order}
        for name, value in timings.items():
            samples[name].append(value)
        ratios.append(timings["pydantic model_validate_json"] / timings["json.loads + generated from_dict"])
    medians = {name: statistics.median(values) for name, values in samples.items()}
    return {
        "payload_bytes": len(payload),
        "rounds": rounds,
        "number": number,
        "median_us": {name: round(value * 1e6, 2) for name, value in medians.items()},
        "speed_ratio_vs_pydantic": round(
            medians["pydantic model_validate_json"] / medians["json.loads + generated from_dict"], 3
        ),
        "paired_ratio_median": round(statistics.median(ratios), 3),
        "paired_ratio_range": [round(min(ratios), 3), round(max(ratios), 3)],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--number", type=int, default=2000)
    parser.add_argument("--json", type=Path, help="also write the result here")
    args = parser.parse_args()
    result = measure(args.rounds, args.number)
    print(
        f"parse: ACP RunWaitResponseStateful, {result['payload_bytes']} bytes, "
        f"{result['rounds']} alternating rounds x {result['number']} calls"
    )
    for name, value in result["median_us"].items():
        print(f"  {name:36s} {value:8.2f} us  (median)")
    print(f"  speed ratio vs pydantic (median times)  {result['speed_ratio_vs_pydantic']:.3f}x")
    low, high = result["paired_ratio_range"]
    print(f"  paired per-round ratio: median {result['paired_ratio_median']:.3f}x, range {low:.3f}-{high:.3f}x")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
