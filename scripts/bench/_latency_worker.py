"""One client of the latency benchmark, in its own process: prints microseconds per call.

    python _latency_worker.py CASE BASE_URL CALLS [--warmup 50] [--serve]

Without --serve: `--warmup` calls, then CALLS timed calls; prints the µs per call and exits.
With --serve (what latency.py uses): warms up, prints "ready", then for each line "run" read from
stdin makes a few untimed calls (a connection the pool let expire is re-opened outside the
timing) and CALLS timed ones, and prints the µs per call; exits at "quit" or end of input.

Each case checks its first answer (the typed result must carry the id that was asked for) so
that a broken client cannot look fast. A case imports only its own client: the vendor cases run
under their own virtual environments, where agentplug is not installed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager, asynccontextmanager, contextmanager
from typing import Any

RUN_ID = "5b3c1e0a-8f43-4a8e-9d2b-2f7d1c6e4a10"
AGENT_ID = "agent_01hx5v6n2k4m8p9q"  # Prefactor ids are opaque strings
RUN_PATH = f"/runs/{RUN_ID}"
AGENT_PATH = f"/api/v1/agent/{AGENT_ID}"  # the path prefactor-http's agents.get calls
REWARM_CALLS = 5

SyncCall = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]


# ---------------------------------------------------------------------------------------------
# Sync cases: each is a context manager yielding a zero-argument call


@contextmanager
def _httpx_sync(base_url: str) -> Any:
    import httpx2

    url = base_url + RUN_PATH
    with httpx2.Client() as client:
        yield lambda: client.get(url).json()


@contextmanager
def _urllib3_sync(base_url: str) -> Any:
    import urllib3

    url = base_url + RUN_PATH
    with urllib3.PoolManager() as pool:
        yield lambda: json.loads(pool.request("GET", url).data)


@contextmanager
def _agntcy_acp_sync(base_url: str) -> Any:
    from agntcy_acp import ACPClient, ApiClientConfiguration

    with ACPClient(configuration=ApiClientConfiguration(host=base_url)) as client:
        yield lambda: client.get_stateless_run(RUN_ID)


def _sync_transport(name: str) -> Any:
    if name == "default":
        return None
    from agentplug._core._fast_transports import fast_transport

    return fast_transport(sync=True)


@contextmanager
def _agentplug_sync(base_url: str, transport: str, absolute: bool = False) -> Any:
    from agentplug._core._config import ClientConfig
    from agentplug._core._errors import build_model, parse_json
    from agentplug._core._http import HTTPSettings
    from agentplug._core._sync._http import HTTP
    from agentplug_acp_client.api.stateless_runs import get_stateless_run
    from agentplug_acp_client.models import RunStateless

    settings = HTTPSettings(transport=_sync_transport(transport))
    http = HTTP(ClientConfig(api="acp", base_url=base_url, max_retries=2), settings=settings)

    # As the overlay does: the generated operation module builds the request (escaped path).
    def call() -> RunStateless:
        response = http.send_operation(get_stateless_run, {"run_id": RUN_ID})
        return build_model(RunStateless.from_dict, parse_json(response, platform="acp"), response=response)

    if absolute:  # diagnostic: an absolute URL spares httpx2 parsing and joining two URLs

        def call() -> RunStateless:
            response = http.send("GET", base_url + RUN_PATH)
            return build_model(RunStateless.from_dict, parse_json(response, platform="acp"), response=response)

    try:
        yield call
    finally:
        http.close()


@contextmanager
def _agentplug_client_sync(base_url: str, transport: str) -> Any:
    # The public API end to end (resource method, request from the spec, typed handle): only
    # names that every release has, so this case also measures older revisions (scripts/bench/ab.py).
    from agentplug.acp import ACP

    with ACP(base_url=base_url, max_retries=2, transport=_sync_transport(transport)) as client:
        yield lambda: client.runs.get(RUN_ID)


# ---------------------------------------------------------------------------------------------
# Async cases: each is an async context manager yielding a zero-argument coroutine function


@asynccontextmanager
async def _httpx_async(base_url: str) -> Any:
    import httpx2

    url = base_url + RUN_PATH
    async with httpx2.AsyncClient() as client:

        async def call() -> Any:
            return (await client.get(url)).json()

        yield call


@asynccontextmanager
async def _aiohttp_async(base_url: str) -> Any:
    import aiohttp

    url = base_url + RUN_PATH
    async with aiohttp.ClientSession() as session:

        async def call() -> Any:
            async with session.get(url) as response:
                return json.loads(await response.read())

        yield call


@asynccontextmanager
async def _prefactor_http_async(base_url: str) -> Any:
    from prefactor_http import HttpClientConfig, PrefactorHttpClient

    async with PrefactorHttpClient(HttpClientConfig(api_url=base_url, api_token="bench-token")) as client:

        async def call() -> Any:
            return await client.agents.get(AGENT_ID)

        yield call


def _async_transport(name: str) -> Any:
    if name == "default":
        return None
    from agentplug._core._fast_transports import fast_transport

    return fast_transport(sync=False)


@asynccontextmanager
async def _agentplug_async(base_url: str, transport: str, absolute: bool = False) -> Any:
    from agentplug._core._async._http import AsyncHTTP
    from agentplug._core._config import ClientConfig
    from agentplug._core._errors import build_model, parse_json
    from agentplug._core._http import HTTPSettings
    from agentplug_acp_client.api.stateless_runs import get_stateless_run
    from agentplug_acp_client.models import RunStateless

    settings = HTTPSettings(transport=_async_transport(transport))
    http = AsyncHTTP(ClientConfig(api="acp", base_url=base_url, max_retries=2), settings=settings)

    async def call() -> RunStateless:
        response = await http.send_operation(get_stateless_run, {"run_id": RUN_ID})
        return build_model(RunStateless.from_dict, parse_json(response, platform="acp"), response=response)

    if absolute:

        async def call() -> RunStateless:
            response = await http.send("GET", base_url + RUN_PATH)
            return build_model(RunStateless.from_dict, parse_json(response, platform="acp"), response=response)

    try:
        yield call
    finally:
        await http.aclose()


@asynccontextmanager
async def _agentplug_client_async(base_url: str, transport: str) -> Any:
    from agentplug.acp import AsyncACP

    async with AsyncACP(base_url=base_url, max_retries=2, transport=_async_transport(transport)) as client:

        async def call() -> Any:
            return await client.runs.get(RUN_ID)

        yield call


SYNC_CASES: dict[str, Callable[[str], AbstractContextManager[SyncCall]]] = {
    "httpx-sync": _httpx_sync,
    "urllib3-sync": _urllib3_sync,
    "agntcy-acp-sync": _agntcy_acp_sync,
    "agentplug-sync": lambda base_url: _agentplug_sync(base_url, "default"),
    "agentplug-sync-fast": lambda base_url: _agentplug_sync(base_url, "fast"),
    # Diagnostic: the same call given an absolute URL (what HTTP.send could pass httpx2 itself).
    "agentplug-sync-fast-absurl": lambda base_url: _agentplug_sync(base_url, "fast", absolute=True),
    # The public client: `ACP(...).runs.get(run_id)`, what a user writes.
    "agentplug-client-sync": lambda base_url: _agentplug_client_sync(base_url, "default"),
    "agentplug-client-sync-fast": lambda base_url: _agentplug_client_sync(base_url, "fast"),
}
ASYNC_CASES: dict[str, Callable[[str], AbstractAsyncContextManager[AsyncCall]]] = {
    "httpx-async": _httpx_async,
    "aiohttp-async": _aiohttp_async,
    "prefactor-http-async": _prefactor_http_async,
    "agentplug-async": lambda base_url: _agentplug_async(base_url, "default"),
    "agentplug-async-fast": lambda base_url: _agentplug_async(base_url, "fast"),
    "agentplug-async-fast-absurl": lambda base_url: _agentplug_async(base_url, "fast", absolute=True),
    "agentplug-client-async": lambda base_url: _agentplug_client_async(base_url, "default"),
    "agentplug-client-async-fast": lambda base_url: _agentplug_client_async(base_url, "fast"),
}
CASES = sorted([*SYNC_CASES, *ASYNC_CASES])


def _check(case: str, result: Any) -> None:
    """The first answer must be the typed (or decoded) object that was asked for."""
    if isinstance(result, dict):
        found = result.get("run_id")
    elif case.startswith("prefactor"):
        found = getattr(result, "id", None)
    else:
        found = str(getattr(result, "run_id", None))
    expected = AGENT_ID if case.startswith("prefactor") else RUN_ID
    if found != expected:
        raise SystemExit(f"{case}: unexpected answer {type(result).__name__}: {str(result)[:200]}")


def _commands(serve: bool) -> Any:
    """The rounds to run: one without --serve, else one per "run" line on stdin."""
    if not serve:
        yield
        return
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            return
        if command != "run":
            raise SystemExit(f"unknown command {command!r}")
        yield


def _report(elapsed: float, calls: int) -> None:
    print(f"{elapsed / calls * 1e6:.2f}", flush=True)


def run_sync(case: str, base_url: str, calls: int, warmup: int, serve: bool) -> None:
    with SYNC_CASES[case](base_url) as call:
        _check(case, call())
        for _ in range(warmup):
            call()
        for _ in _commands(serve):
            for _ in range(REWARM_CALLS if serve else 0):
                call()
            gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                call()
            _report(time.perf_counter() - start, calls)


async def run_async(case: str, base_url: str, calls: int, warmup: int, serve: bool) -> None:
    async with ASYNC_CASES[case](base_url) as call:
        _check(case, await call())
        for _ in range(warmup):
            await call()
        # Reading stdin blocks the loop between rounds: nothing else runs on it meanwhile.
        for _ in _commands(serve):
            for _ in range(REWARM_CALLS if serve else 0):
                await call()
            gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                await call()
            _report(time.perf_counter() - start, calls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("case", choices=CASES)
    parser.add_argument("base_url")
    parser.add_argument("calls", type=int)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--serve", action="store_true", help="run one round per 'run' line on stdin")
    args = parser.parse_args()
    if args.calls < 1:
        parser.error("calls must be at least 1")
    if args.case in SYNC_CASES:
        run_sync(args.case, args.base_url, args.calls, args.warmup, args.serve)
    else:
        asyncio.run(run_async(args.case, args.base_url, args.calls, args.warmup, args.serve))


if __name__ == "__main__":
    main()
