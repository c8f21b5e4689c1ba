"""Hostile servers against every platform client, sync and async, over both transports.

Each case asserts what comes out (an `agentplug.errors` exception of the right type), that memory
stayed bounded (tracemalloc peak), that time stayed bounded (a generous ceiling: the point is
"seconds, not minutes"), and that the credential appears in no exception text, body or log record.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import agentplug
import httpx2
import pytest
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._streaming import AsyncStream
from agentplug._core._config import ClientConfig
from agentplug._core._http import HTTPSettings
from agentplug._core._sse_decoder import ServerSentEvent
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._streaming import Stream
from agentplug.errors import (
    AgentplugError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    DeadlineExceededError,
    InternalServerError,
    ResponseTooLargeError,
)
from agentplug.prefactor import AsyncPrefactor, Prefactor, TelemetryConfig
from agentplug.transports import fast_transport

from . import _hostile
from ._clients import (
    MODES,
    PLATFORMS,
    SECRET,
    STREAMS,
    TRANSPORTS,
    build,
    call,
    call_twice,
    caller_client,
    marker,
    stream,
)

MATRIX = [(p, m, t) for p in PLATFORMS for m in MODES for t in TRANSPORTS]
IDS = [f"{p}-{m}-{t}" for p, m, t in MATRIX]
MiB = 1 << 20
CEILING = 20.0  # seconds: every case takes about one second or less; this only catches a hang


@pytest.fixture(scope="module")
def hostile() -> Iterator[_hostile.Hostile]:
    with _hostile.serve() as server:
        yield server


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Everything agentplug, httpx2 and httpcore2 log, at debug level."""
    for name in ("agentplug", "httpx2", "httpcore2"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _texts(error: BaseException) -> str:
    parts = [str(error), repr(error)]
    for name in ("body", "headers", "message", "url"):
        value = getattr(error, name, None)
        if value is not None:
            parts.append(json.dumps(value, default=str) if not isinstance(value, str) else value)
    if error.__cause__ is not None:
        parts.append(str(error.__cause__))
    return "\n".join(parts)


def _no_secret(error: BaseException | None, logs: pytest.LogCaptureFixture) -> None:
    if error is not None:
        assert SECRET not in _texts(error)
    assert SECRET not in logs.text
    for record in logs.records:
        assert SECRET not in record.getMessage()


def _measured(run: Callable[[], Any]) -> tuple[BaseException | None, Any, int, float]:
    """(exception or None, result, tracemalloc peak in bytes, seconds)."""
    tracemalloc.start()
    started = time.monotonic()
    error: BaseException | None = None
    result: Any = None
    try:
        result = run()
    except Exception as exc:
        error = exc
    finally:
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return error, result, peak, elapsed


def _expect(error: BaseException | None, kind: type[AgentplugError] | tuple[type[AgentplugError], ...]) -> Any:
    assert isinstance(error, kind), f"expected {kind}, got {error!r}"
    return error


# -- gzip bombs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("platform", "mode", "transport"), MATRIX, ids=IDS)
def test_a_gzip_bomb_stops_at_the_body_limit(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, mode: str, transport: str
) -> None:
    def run() -> Any:
        with agentplug.use_options(max_body_size=MiB):
            return call(platform, mode, transport, hostile.base("bomb"))

    error, _, peak, elapsed = _measured(run)
    _expect(error, ResponseTooLargeError)
    assert peak < 16 * MiB and elapsed < CEILING  # 32 MiB once decoded: never held
    _no_secret(error, logs)


def test_the_default_body_limit_holds_without_any_option(hostile: _hostile.Hostile) -> None:
    # 32 MiB decoded is under the 64 MiB default: read, then refused as not JSON; memory stays near it.
    error, _, peak, _ = _measured(lambda: call("nat", "sync", "default", hostile.base("bomb")))
    assert isinstance(error, AgentplugError)
    assert peak < 100 * MiB


@pytest.mark.parametrize(("platform", "mode", "transport"), MATRIX, ids=IDS)
def test_an_error_body_bomb_is_read_only_up_to_its_limit(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, mode: str, transport: str
) -> None:
    def run() -> Any:
        with agentplug.use_options(max_body_size=MiB):
            return call(platform, mode, transport, hostile.base("errbomb"))

    error, _, peak, elapsed = _measured(run)
    _expect(error, (InternalServerError, ResponseTooLargeError))
    assert peak < 16 * MiB and elapsed < CEILING
    _no_secret(error, logs)


# -- time: black holes and drip feeds -----------------------------------------------------------


@pytest.mark.parametrize(("platform", "mode", "transport"), MATRIX, ids=IDS)
def test_a_black_hole_server_times_out(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, mode: str, transport: str
) -> None:
    error, _, peak, elapsed = _measured(
        lambda: call(platform, mode, transport, hostile.base("blackhole"), timeout=0.25)
    )
    _expect(error, APITimeoutError)
    assert peak < 8 * MiB and elapsed < CEILING
    _no_secret(error, logs)


@pytest.mark.parametrize(("platform", "mode", "transport"), MATRIX, ids=IDS)
def test_a_drip_feed_cannot_outlast_the_deadline(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, mode: str, transport: str
) -> None:
    # One byte every 0.2 s beats a 1 s read timeout forever (4096 bytes: 14 minutes); the deadline does not.
    def run() -> Any:
        with agentplug.use_options(deadline=0.5):
            return call(platform, mode, transport, hostile.base("drip"), timeout=1.0)

    error, _, _, elapsed = _measured(run)
    caught = _expect(error, DeadlineExceededError)
    assert caught.deadline == 0.5
    assert elapsed < CEILING
    _no_secret(error, logs)


# -- credentials --------------------------------------------------------------------------------


@pytest.mark.parametrize(("platform", "mode"), [(p, m) for p in PLATFORMS for m in MODES])
@pytest.mark.parametrize(
    "bad", [SECRET + "\n", SECRET + "\r\nX-Injected: 1", SECRET + "\x00"], ids=["lf", "crlf", "nul"]
)
def test_an_unsendable_credential_is_refused_at_construction_without_quoting_it(
    hostile: _hostile.Hostile, platform: str, mode: str, bad: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        client = build(platform, mode, "default", hostile.base("ok"), secret=bad)
        # NAT builds its HTTP layer on first use: the call is where a late check would show.
        asyncio.run(client.aclose()) if mode == "async" else client.close()
    assert SECRET not in _texts(caught.value)
    assert SECRET.strip() not in str(caught.value)


@pytest.mark.parametrize(("platform", "mode", "transport"), MATRIX, ids=IDS)
def test_an_error_body_echoing_the_request_headers_is_scrubbed(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, mode: str, transport: str
) -> None:
    error, _, _, _ = _measured(lambda: call(platform, mode, transport, hostile.base("echo")))
    caught = _expect(error, BadRequestError)
    assert "REDACTED" in json.dumps(caught.body)  # the echo arrived, scrubbed
    _no_secret(error, logs)


@pytest.mark.parametrize(("platform", "mode", "transport"), [m for m in MATRIX if m[0] != "acp"])
def test_a_redirect_to_another_origin_carries_no_credential(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, mode: str, transport: str
) -> None:
    seen = len(hostile.sink_headers)
    error, _, _, _ = _measured(lambda: call(platform, mode, transport, hostile.base("redirect"), follow_redirects=True))
    _expect(error, AuthenticationError)  # the other origin's answer: the redirect was followed
    assert len(hostile.sink_headers) == seen + 1
    assert SECRET not in json.dumps(hostile.sink_headers[-1])
    _no_secret(error, logs)


@pytest.mark.parametrize(("platform", "mode"), [(p, m) for p in PLATFORMS for m in MODES])
def test_a_callers_client_that_follows_redirects_sends_no_credential_away(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, mode: str
) -> None:
    seen = len(hostile.sink_headers)
    own = caller_client(mode, follow_redirects=True)
    error, _, _, _ = _measured(lambda: call(platform, mode, "default", hostile.base("redirect"), http_client=own))
    _expect(error, AuthenticationError)
    assert len(hostile.sink_headers) == seen + 1
    assert SECRET not in json.dumps(hostile.sink_headers[-1])
    _no_secret(error, logs)


def test_the_clients_credential_never_shows_in_repr_or_vars(hostile: _hostile.Hostile) -> None:
    for platform in PLATFORMS:
        client = build(platform, "sync", "default", hostile.base("ok"))
        try:
            for holder in (client, *vars(client).values()):
                assert SECRET not in repr(holder)
                assert SECRET not in repr(getattr(holder, "__dict__", {}))
        finally:
            client.close()


def test_presigned_urls_never_reach_httpx2s_own_logger(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture
) -> None:
    signed = hostile.base("ok") + "/object?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=0123456789abcdefsig"
    with httpx2.Client() as client:  # a plain httpx2 client, as a storage transfer uses
        assert client.get(signed).status_code == 200
    assert any("HTTP Request" in record.getMessage() for record in logs.records)  # httpx2 did log it
    assert "0123456789abcdefsig" not in logs.text and "AKIAEXAMPLE" not in logs.text


# -- protocol -----------------------------------------------------------------------------------


@pytest.mark.parametrize("late", [False, True], ids=["same-packet", "later"])
@pytest.mark.parametrize(("platform", "mode", "transport"), MATRIX, ids=IDS)
def test_bytes_beyond_the_content_length_never_answer_the_next_call(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, mode: str, transport: str, late: bool
) -> None:
    # The first answer is followed by a whole second response nobody asked for: in the same packet,
    # or once the first was read (before the next call). The next call must read its own answer:
    # the same connection's real one ("second"), or a new connection's first ("healthy").
    hostile.first_read.clear()
    hostile.smuggled.clear()

    def read_first() -> None:
        hostile.first_read.set()
        assert hostile.smuggled.wait(10), "the server never sent the extra response"

    case, between = ("desynclate", read_first) if late else ("desync", None)
    error, results, _, elapsed = _measured(
        lambda: call_twice(platform, mode, transport, hostile.base(case), between=between)
    )
    assert error is None, f"{error!r}"
    first, second = (marker(platform, result) for result in results)
    assert first == "healthy" and second in ("second", "healthy")
    assert elapsed < CEILING
    _no_secret(None, logs)


# -- event streams ------------------------------------------------------------------------------


def _stream_http(mode: str, transport: str, url: str) -> HTTP | AsyncHTTP:
    config = ClientConfig(api="chaos", base_url=url, timeout=5.0, max_retries=0)
    inner = fast_transport(sync=mode == "sync") if transport == "fast" else None
    settings = HTTPSettings(transport=inner)
    return HTTP(config, settings=settings) if mode == "sync" else AsyncHTTP(config, settings=settings)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_gzipped_flood_of_blank_lines_is_bounded(hostile: _hostile.Hostile, mode: str, transport: str) -> None:
    http = _stream_http(mode, transport, hostile.base("sseflood"))

    def decode(event: ServerSentEvent) -> ServerSentEvent:
        return event

    def run() -> int:
        if isinstance(http, HTTP):
            from contextlib import contextmanager

            @contextmanager
            def open_sync(headers: Any) -> Iterator[httpx2.Response]:
                response = http.open_stream("GET", "/events", headers=dict(headers))
                try:
                    yield response
                finally:
                    response.close()

            try:
                with Stream(open_sync, decode, max_reconnects=0) as stream:
                    return sum(1 for _ in stream)
            finally:
                http.close()

        async def consume() -> int:
            assert isinstance(http, AsyncHTTP)
            from contextlib import asynccontextmanager

            @asynccontextmanager
            async def open_async(headers: Any) -> Any:
                response = await http.open_stream("GET", "/events", headers=dict(headers))
                try:
                    yield response
                finally:
                    await response.aclose()

            try:
                async with AsyncStream(open_async, decode, max_reconnects=0) as stream:
                    return sum([1 async for _ in stream])
            finally:
                await http.aclose()

        return asyncio.run(consume())

    error, _, peak, elapsed = _measured(run)
    _expect(error, ResponseTooLargeError)
    assert peak < 16 * MiB and elapsed < CEILING  # 64 MiB of newlines: stopped after about 4 MiB


@pytest.mark.parametrize(
    ("platform", "how", "mode", "transport"),
    [(p, h, m, t) for p, h in STREAMS for m in MODES for t in TRANSPORTS],
    ids=[f"{p}-{h}-{m}-{t}" for p, h in STREAMS for m in MODES for t in TRANSPORTS],
)
def test_every_platforms_event_stream_bounds_a_gzipped_flood_of_blank_lines(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, platform: str, how: str, mode: str, transport: str
) -> None:
    error, _, peak, elapsed = _measured(lambda: stream(platform, how, mode, transport, hostile.base("sseflood")))
    _expect(error, ResponseTooLargeError)
    assert peak < 16 * MiB and elapsed < CEILING  # 64 MiB of newlines: stopped after about 4 MiB
    _no_secret(error, logs)


# -- telemetry ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_black_hole_prefactor_never_holds_the_program_up(
    hostile: _hostile.Hostile, logs: pytest.LogCaptureFixture, mode: str
) -> None:
    config = TelemetryConfig(register_timeout=0.3, breaker_threshold=2, breaker_cooldown=60, shutdown_timeout=1)
    ran = 0

    def sync_run() -> Any:
        nonlocal ran
        with Prefactor(hostile.base("blackhole"), api_token=SECRET, telemetry=config, max_retries=0) as client:
            for _ in range(6):
                with client.instance("agent-1") as run, run.span("step"):
                    ran += 1
            return client.telemetry_stats()

    async def async_run() -> Any:
        nonlocal ran
        async with AsyncPrefactor(
            hostile.base("blackhole"), api_token=SECRET, telemetry=config, max_retries=0
        ) as client:
            for _ in range(6):
                async with client.instance("agent-1") as run, run.span("step"):
                    ran += 1
            return client.telemetry_stats()

    error, stats, _, elapsed = _measured(sync_run if mode == "sync" else lambda: asyncio.run(async_run()))
    assert error is None and ran == 6
    # Two registrations waited their 0.3 s budget; then the breaker opened and the rest cost nothing.
    assert stats.registrations_failed == 2 and stats.registrations_skipped == 4
    assert stats.enqueued == stats.accounted
    assert elapsed < CEILING
    _no_secret(None, logs)
