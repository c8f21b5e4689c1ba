"""Concurrent calls through one async client: agentplug's transports beside raw httpx2 and raw aiohttp.

Starts `_server.py` (a minimal keep-alive HTTP/1.1 server) on 127.0.0.1, then, for each level,
fires that many `GET /ping` calls at once through ONE client of each kind, with its default
settings, and reports the wall time and the number of failed calls:

    agentplug        AsyncHTTP with its default transport (httpx2's, DEFAULT_LIMITS)
    agentplug-fast   AsyncHTTP over agentplug.transports.fast_transport(sync=False)
    httpx2           httpx2.AsyncClient() as it comes
    aiohttp          aiohttp.ClientSession() as it comes (if aiohttp is installed)

    python scripts/bench/concurrency.py [--levels 100,1000,10000] [--rounds 1]

Every call must succeed: the exit status is 1 if any call failed at any level.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._config import ClientConfig
from agentplug._core._http import HTTPSettings
from agentplug.transports import fast_transport
from latency import start_server, stop_server

Call = Callable[[], Awaitable[None]]


async def _burst(call: Call, count: int) -> tuple[float, int]:
    started = time.perf_counter()
    outcomes = await asyncio.gather(*(call() for _ in range(count)), return_exceptions=True)
    elapsed = time.perf_counter() - started
    return elapsed, sum(1 for outcome in outcomes if isinstance(outcome, BaseException))


async def _agentplug(base_url: str, count: int, fast: bool) -> tuple[float, int]:
    settings = HTTPSettings(transport=fast_transport(sync=False) if fast else None)
    http = AsyncHTTP(ClientConfig(api="bench", base_url=base_url), settings=settings)

    async def call() -> None:
        (await http.send("GET", "/ping")).json()

    try:
        return await _burst(call, count)
    finally:
        await http.aclose()


async def _httpx2(base_url: str, count: int) -> tuple[float, int]:
    async with httpx2.AsyncClient(base_url=base_url) as client:

        async def call() -> None:
            response = await client.get("/ping")
            response.raise_for_status()
            response.json()

        return await _burst(call, count)


async def _aiohttp(base_url: str, count: int) -> tuple[float, int]:
    import aiohttp

    async with aiohttp.ClientSession(base_url=base_url) as session:

        async def call() -> None:
            async with session.get("/ping") as response:
                response.raise_for_status()
                await response.json()

        return await _burst(call, count)


def _kinds() -> dict[str, Callable[[str, int], Awaitable[tuple[float, int]]]]:
    kinds: dict[str, Callable[[str, int], Awaitable[tuple[float, int]]]] = {
        "agentplug": lambda url, n: _agentplug(url, n, fast=False),
        "agentplug-fast": lambda url, n: _agentplug(url, n, fast=True),
        "httpx2": _httpx2,
    }
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        print("aiohttp not installed: its column is left out", file=sys.stderr)
    else:
        kinds["aiohttp"] = _aiohttp
    return kinds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default="100,1000,10000", help="comma-separated numbers of concurrent calls")
    parser.add_argument("--rounds", type=int, default=1, help="bursts per cell (the median is shown)")
    args = parser.parse_args()
    levels = [int(level) for level in args.levels.split(",")]
    kinds = _kinds()
    server, base_url = start_server()
    failed = False
    try:
        print(f"{'concurrent calls':>16} | " + " | ".join(f"{name:>22}" for name in kinds))
        print("-" * 17 + "|" + "|".join("-" * 24 for _ in kinds))
        for level in levels:
            cells = []
            for name, run in kinds.items():
                times, errors = [], 0
                for _ in range(args.rounds):
                    elapsed, failures = asyncio.run(run(base_url, level))
                    times.append(elapsed)
                    errors += failures
                # agentplug must not fail; raw httpx2 at 10,000 is expected to (its pool times out)
                failed |= errors > 0 and name.startswith("agentplug")
                cells.append(f"{statistics.median(times):7.2f} s, {errors:>5} errors")
            print(f"{level:>16} | " + " | ".join(f"{cell:>22}" for cell in cells), flush=True)
    finally:
        stop_server(server)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
