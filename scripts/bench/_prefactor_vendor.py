"""Vendor side of the Prefactor telemetry benchmark: one request per span with prefactor-http.

Run by `prefactor.py` with the interpreter of the vendor's own venv:

    python _prefactor_vendor.py <api_url> <instance_id> <spans> <threads>

Each thread runs its own event loop and `PrefactorHttpClient` (aiohttp), and creates its share of
the spans one `agent_spans.create` call at a time, already finished (the cheapest the SDK allows:
one request per span). Prints one JSON line: {"wall_s": ..., "spans": ...}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from datetime import UTC, datetime


async def _create_spans(api_url: str, instance_id: str, count: int, index: int) -> None:
    from prefactor_http import HttpClientConfig, PrefactorHttpClient

    config = HttpClientConfig(api_url=api_url, api_token="bench-token")
    async with PrefactorHttpClient(config) as client:
        for number in range(count):
            now = datetime.now(UTC)
            await client.agent_spans.create(
                agent_instance_id=instance_id,
                schema_name="tool_call",
                status="complete",
                payload={"thread": index, "n": number},
                result_payload={"ok": True},
                started_at=now,
                finished_at=now,
            )


def main() -> int:
    api_url, instance_id, spans, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    import prefactor_http  # noqa: F401  (imported before the clock starts)

    shares = [spans // threads + (1 if index < spans % threads else 0) for index in range(threads)]
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            asyncio.run(_create_spans(api_url, instance_id, shares[index], index))
        except BaseException as exc:  # reported to the parent, which fails the benchmark
            errors.append(exc)

    started = time.perf_counter()
    workers = [threading.Thread(target=run, args=(index,)) for index in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - started
    if errors:
        cause = getattr(errors[0], "last_error", None) or errors[0].__cause__
        print(json.dumps({"error": f"{errors[0]!r} (last error: {cause!r})"}), flush=True)
        return 1
    print(json.dumps({"wall_s": wall, "spans": spans}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
