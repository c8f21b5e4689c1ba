"""RetryPolicy: pure decisions, no network — backoff bounds, Retry-After, statuses, methods, errors."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx2
import pytest
from agentplug._core._retry import (
    IDEMPOTENT_METHODS,
    RetryPolicy,
    error_is_retryable,
    parse_retry_after,
    request_is_idempotent,
)
from agentplug.errors import ConfigurationError
from hypothesis import given
from hypothesis import strategies as st

NOW = datetime(2025, 6, 1, 12, 0, 0, tzinfo=UTC)
POLICY = RetryPolicy()


def backoff_bounds(policy: RetryPolicy, attempt: int) -> tuple[float, float]:
    base = min(policy.initial_delay * 2**attempt, policy.max_delay)
    return base * (1 - policy.jitter), base


def delay_after_503(headers: dict[str, str] | None = None) -> float | None:
    return POLICY.decide(0, idempotent=True, status=503, headers=headers, now=NOW.timestamp()).delay


def is_backoff(delay: float | None, attempt: int = 0) -> bool:
    low, high = backoff_bounds(POLICY, attempt)
    return delay is not None and low <= delay <= high


# --- defaults and validation ---------------------------------------------------------------


def test_defaults_follow_the_reference() -> None:
    assert (POLICY.max_retries, POLICY.initial_delay, POLICY.max_delay) == (2, 0.5, 8.0)
    assert (POLICY.jitter, POLICY.max_retry_after) == (0.25, 60.0)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"initial_delay": -0.1},
        {"max_delay": 0.1},
        {"jitter": 1.5},
        {"jitter": -0.1},
        {"max_retry_after": -1.0},
    ],
)
def test_invalid_policy_is_a_configuration_error(kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError, match="RetryPolicy"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_policy_is_frozen() -> None:
    with pytest.raises(AttributeError):
        POLICY.max_retries = 5  # type: ignore[misc]


# --- backoff -------------------------------------------------------------------------------


@pytest.mark.parametrize("attempt", range(8))
def test_backoff_stays_within_bounds_over_many_seeds(attempt: int) -> None:
    policy = RetryPolicy(max_retries=100)
    low, high = backoff_bounds(policy, attempt)
    delays = [policy.decide(attempt, idempotent=True, status=503, rng=random.Random(seed)).delay for seed in range(500)]
    assert all(d is not None and low <= d <= high for d in delays)
    assert max(d for d in delays if d is not None) - min(d for d in delays if d is not None) > 0  # jittered


def test_backoff_doubles_from_half_a_second_to_eight() -> None:
    policy = RetryPolicy(max_retries=100, jitter=0.0)
    delays = [policy.decide(n, idempotent=True, status=503).delay for n in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


@given(attempt=st.integers(min_value=0, max_value=10_000), seed=st.integers())
def test_backoff_never_exceeds_the_maximum(attempt: int, seed: int) -> None:
    policy = RetryPolicy(max_retries=10**6)
    delay = policy.backoff(attempt, random.Random(seed))
    low, high = backoff_bounds(policy, min(attempt, 64))
    assert low <= delay <= high <= policy.max_delay


def test_backoff_without_an_rng_uses_the_random_module() -> None:
    assert all(is_backoff(POLICY.decide(0, idempotent=True, status=503).delay) for _ in range(100))


# --- Retry-After ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "1"}, 1.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"Retry-After": " 7 "}, 7.0),
        ({"Retry-After": "60"}, 60.0),  # exactly the cap is honoured
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After-Ms": "250"}, 0.25),
        ({"retry-after-ms": "1500", "Retry-After": "9"}, 1.5),  # ms takes precedence
        ({"retry-after-ms": "soon", "Retry-After": "9"}, 9.0),  # a bad ms value falls back to Retry-After
        ({"Retry-After": format_datetime(NOW + timedelta(seconds=30), usegmt=True)}, 30.0),
        ({"Retry-After": format_datetime((NOW + timedelta(seconds=12)).replace(tzinfo=None))}, 12.0),  # -0000
    ],
)
def test_server_requested_wait_is_honoured(headers: dict[str, str], expected: float) -> None:
    assert delay_after_503(headers) == pytest.approx(expected)


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "61"},  # above the cap: our own backoff, not the cap
        {"Retry-After": "3600"},
        {"retry-after-ms": "60001"},
        {"Retry-After": "0"},
        {"Retry-After": "-5"},
        {"Retry-After": ""},
        {"Retry-After": "soon"},
        {"Retry-After": "nan"},
        {"Retry-After": "inf"},
        {"Retry-After": "1e400"},
        {"Retry-After": "Thu, 99 Foo 2025 25:61:00 GMT"},
        {"Retry-After": "Mon, 01 Jan 1990 00:00:00 GMT"},  # in the past
        {"Retry-After": format_datetime(NOW + timedelta(hours=1), usegmt=True)},  # above the cap
        {"retry-after-ms": "-100"},
        {"retry-after-ms": "\x00"},
        {},
    ],
)
def test_unusable_retry_after_falls_back_to_backoff(headers: dict[str, str]) -> None:
    assert is_backoff(delay_after_503(headers))


@pytest.mark.parametrize(
    "value", ["", "x", "1,5", "∞", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT"]
)
def test_parse_retry_after_never_raises(value: str) -> None:
    result = parse_retry_after({"Retry-After": value, "retry-after-ms": value}, now=NOW.timestamp())
    assert result is None or isinstance(result, float)


def test_parse_retry_after_reads_httpx_headers_and_defaults_now_to_the_clock() -> None:
    future = datetime.now(UTC) + timedelta(seconds=100)
    result = parse_retry_after(httpx2.Headers({"RETRY-AFTER": format_datetime(future, usegmt=True)}))
    assert result is not None and 95 < result <= 100
    assert parse_retry_after(None) is None


def test_retry_after_is_ignored_after_a_transport_error() -> None:
    delay = POLICY.decide(0, idempotent=True, error=httpx2.ConnectError("x"), headers={"Retry-After": "30"}).delay
    assert is_backoff(delay)


# --- statuses and x-should-retry -----------------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 599])
def test_transient_statuses_are_retried(status: int) -> None:
    assert POLICY.decide(0, idempotent=True, status=status).delay is not None


@pytest.mark.parametrize("status", [200, 201, 204, 301, 304, 400, 401, 403, 404, 409, 422])
def test_other_statuses_are_not_retried(status: int) -> None:
    assert POLICY.decide(0, idempotent=True, status=status).delay is None


@pytest.mark.parametrize(
    ("status", "value", "retried"),
    [
        (400, "true", True),
        (409, "True", True),
        (503, "false", False),
        (429, " FALSE ", False),
        (503, "maybe", True),  # unknown values leave the status rule in charge
        (404, "maybe", False),
        (200, "true", False),  # a success is never retried
    ],
)
def test_x_should_retry_overrides_the_status_rule(status: int, value: str, retried: bool) -> None:
    delay = POLICY.decide(0, idempotent=True, status=status, headers={"X-Should-Retry": value}).delay
    assert (delay is not None) is retried


def test_x_should_retry_does_not_make_an_unsafe_request_retryable() -> None:
    assert POLICY.decide(0, idempotent=False, status=503, headers={"x-should-retry": "true"}).delay is None


def test_no_outcome_is_not_retried() -> None:
    assert POLICY.decide(0, idempotent=True).delay is None


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        httpx2.ConnectError("refused"),
        httpx2.ConnectTimeout("slow"),
        httpx2.ReadTimeout("slow"),
        httpx2.WriteTimeout("slow"),
        httpx2.ReadError("reset"),
        httpx2.WriteError("broken pipe"),
        httpx2.CloseError("close"),
        httpx2.RemoteProtocolError("server disconnected"),
    ],
)
def test_connection_errors_and_timeouts_are_retried(error: Exception) -> None:
    assert error_is_retryable(error)
    assert is_backoff(POLICY.decide(0, idempotent=True, error=error).delay)


@pytest.mark.parametrize(
    "error",
    [
        httpx2.UnsupportedProtocol("ftp://"),
        httpx2.LocalProtocolError("bad header"),
        httpx2.ProxyError("407"),
        httpx2.DecodingError("gzip"),
        httpx2.TooManyRedirects("loop"),
        httpx2.PoolTimeout("our own pool is full: not the server's fault"),
        httpx2.StreamConsumed(),
        ValueError("boom"),
        KeyboardInterrupt(),
    ],
)
def test_malformed_requests_and_other_errors_are_not_retried(error: BaseException) -> None:
    assert not error_is_retryable(error)
    assert POLICY.decide(0, idempotent=True, error=error).delay is None


# --- idempotency, replayability, exhaustion ------------------------------------------------


def test_non_idempotent_requests_are_never_retried() -> None:
    assert POLICY.decide(0, idempotent=False, status=503).delay is None
    assert POLICY.decide(0, idempotent=False, error=httpx2.ConnectError("x")).delay is None
    decision = POLICY.decide(0, idempotent=False, status=429)
    assert decision.transient and "not idempotent" in decision.reason


def test_a_body_that_cannot_be_replayed_is_not_retried() -> None:
    decision = POLICY.decide(0, idempotent=True, replayable=False, status=503)
    assert decision.delay is None and decision.transient and "stream" in decision.reason


@pytest.mark.parametrize("max_retries", [0, 1, 2, 5])
def test_retries_stop_when_exhausted(max_retries: int) -> None:
    policy = RetryPolicy(max_retries=max_retries)
    outcomes = [policy.decide(n, idempotent=True, status=503).delay for n in range(max_retries + 2)]
    assert [d is not None for d in outcomes] == [True] * max_retries + [False, False]
    assert "exhausted" in policy.decide(max_retries, idempotent=True, status=503).reason


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "get", "put"])
@pytest.mark.parametrize("key", [None, "k-1"])
def test_idempotent_methods_need_no_key(method: str, key: str | None) -> None:
    headers = {"Idempotency-Key": key} if key else {}
    assert request_is_idempotent(httpx2.Request(method, "https://x.test/", headers=headers))


@pytest.mark.parametrize("method", ["POST", "PATCH", "post", "CONNECT"])
def test_unsafe_methods_need_a_key_or_a_flag(method: str) -> None:
    url = "https://x.test/"
    assert not request_is_idempotent(httpx2.Request(method, url))
    assert not request_is_idempotent(httpx2.Request(method, url, headers={"Idempotency-Key": ""}))
    assert request_is_idempotent(httpx2.Request(method, url, headers={"Idempotency-Key": "k"}))
    assert request_is_idempotent(httpx2.Request(method, url, headers={"idempotency-key": "k"}))
    assert request_is_idempotent(httpx2.Request(method, url), explicit=True)


def test_an_explicit_flag_wins_over_method_and_header() -> None:
    request = httpx2.Request("GET", "https://x.test/", headers={"Idempotency-Key": "k"})
    assert not request_is_idempotent(request, explicit=False)
    assert {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"} == IDEMPOTENT_METHODS


def test_reasons_name_the_cause_and_the_wait() -> None:
    assert POLICY.decide(0, idempotent=True, status=429, headers={"Retry-After": "3"}).reason == (
        "status 429; server asked to retry after 3 s"
    )
    assert POLICY.decide(0, idempotent=True, error=httpx2.ReadTimeout("x")).reason == "ReadTimeout; backoff"
    assert POLICY.decide(0, idempotent=True, status=404).reason == "status 404 is not retryable"
