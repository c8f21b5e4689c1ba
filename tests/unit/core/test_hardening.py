"""The pieces behind issue 14 ("impossible to knock over"), one at a time, without a network.

The same behaviours over real sockets against hostile servers: tests/chaos.
"""

from __future__ import annotations

import gzip
import logging

import httpx2
import pytest
from agentplug._core._bounds import BodyTooLarge
from agentplug._core._config import ClientConfig
from agentplug._core._http import HTTPSettings
from agentplug._core._logging import redact_headers
from agentplug._core._options import current_options, use_options
from agentplug._core._secrets import SecretHeaders, check_header_value, register, scrub
from agentplug._core._sse_decoder import SSEDecodeError, SSEDecoder
from agentplug._core._sync._bodies import read_body
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._polling import wait_until
from agentplug.errors import ConfigurationError, DeadlineExceededError, InternalServerError, ResponseTooLargeError
from agentplug.prefactor._telemetry import CircuitBreaker

KEY = "unit-hardening-key-5e1d9a7c3b"


# -- credentials ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [KEY + "\n", KEY + "\r\nX: 1", "\t" + KEY, KEY + "\x7f", KEY + "é€"])
def test_an_unsendable_header_value_is_refused_without_being_quoted(bad: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        check_header_value("x-my-key", bad, argument="api_key")
    assert KEY not in str(caught.value) and "api_key" in str(caught.value)


def test_registered_values_are_scrubbed_wherever_they_appear() -> None:
    register([f"Bearer {KEY}"])
    assert scrub(f"Illegal header value b'Bearer {KEY}\\n'") == "Illegal header value b'REDACTED\\n'"
    assert scrub(f"token {KEY} echoed") == "token REDACTED echoed"
    assert redact_headers({"x-renamed": KEY, "accept": "application/json"}) == {
        "x-renamed": "REDACTED",
        "accept": "application/json",
    }
    assert KEY not in repr(SecretHeaders({"x-renamed": KEY}))


def test_httpx2s_own_log_records_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    import agentplug._core._logging  # noqa: F401  (installs the filters)

    register([KEY])
    caplog.set_level(logging.INFO, logger="httpx2")
    logging.getLogger("httpx2").info("HTTP Request: GET %s", "https://bucket.example/o?X-Amz-Signature=abc123def456")
    logging.getLogger("httpx2").info("header x-renamed: %s", KEY)
    assert "abc123def456" not in caplog.text and KEY not in caplog.text
    assert "X-Amz-Signature=REDACTED" in caplog.text


def _http(handler: httpx2.MockTransport, **config: object) -> HTTP:
    settings = HTTPSettings(transport=handler, follow_redirects=True)
    base = ClientConfig(api="unit", base_url="https://api.example", max_retries=0, **config)  # type: ignore[arg-type]
    return HTTP(base, auth_headers={"x-renamed": KEY}, settings=settings)


def test_redirects_keep_credentials_on_the_same_origin_and_drop_them_elsewhere() -> None:
    seen: list[tuple[str, str | None]] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        seen.append((str(request.url), request.headers.get("x-renamed")))
        if request.url.path == "/start":
            return httpx2.Response(302, headers={"Location": "/same"})
        if request.url.path == "/same":
            return httpx2.Response(307, headers={"Location": "https://elsewhere.example/away"})
        return httpx2.Response(200, json={"ok": True})

    http = _http(httpx2.MockTransport(handle))
    assert http.send("GET", "/start").json() == {"ok": True}
    assert seen == [
        ("https://api.example/start", KEY),
        ("https://api.example/same", KEY),
        ("https://elsewhere.example/away", None),
    ]


# -- bounds ---------------------------------------------------------------------------------------


def test_a_body_is_read_only_up_to_its_decoded_limit() -> None:
    bomb = gzip.compress(b"0" * (8 << 20))
    response = httpx2.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx2.ByteStream(bomb))
    with pytest.raises(BodyTooLarge):
        read_body(response, 1 << 20)
    small = httpx2.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx2.ByteStream(gzip.compress(b"{}")))
    assert read_body(small, 1 << 20) == b"{}" and small.content == b"{}"


def test_the_body_limit_is_a_per_call_option() -> None:
    http = _http(httpx2.MockTransport(lambda request: httpx2.Response(200, content=b"x" * 2048)))
    with use_options(max_body_size=1024), pytest.raises(ResponseTooLargeError) as caught:
        http.send("GET", "/big")
    assert caught.value.limit == 1024
    assert len(http.send("GET", "/big").content) == 2048


def test_nested_deadlines_only_shorten() -> None:
    with use_options(deadline=5.0):
        outer = current_options().deadline_at
        with use_options(deadline=60.0):
            assert current_options().deadline_at == outer
        with use_options(deadline=1.0):
            inner = current_options().deadline_at
            assert inner is not None and outer is not None and inner < outer
    with pytest.raises(ConfigurationError), use_options(deadline=0):
        pass


def test_no_retry_is_started_that_would_pass_the_deadline() -> None:
    attempts = 0

    def handle(request: httpx2.Request) -> httpx2.Response:
        nonlocal attempts
        attempts += 1
        return httpx2.Response(503, json={"detail": "busy"})

    base = ClientConfig(api="unit", base_url="https://api.example", max_retries=5)
    http = HTTP(base, settings=HTTPSettings(transport=httpx2.MockTransport(handle)))
    with use_options(deadline=0.2), pytest.raises(InternalServerError):
        http.send("GET", "/busy")  # the first backoff (at least 0.375 s) does not fit in 0.2 s
    assert attempts == 1


def test_a_wait_stops_at_the_deadline_instead_of_sleeping_past_it() -> None:
    slept: list[float] = []
    with use_options(deadline=0.5), pytest.raises(DeadlineExceededError):
        wait_until(lambda: "running", lambda state: state == "done", poll_interval=2.0, sleep=slept.append)
    assert slept == []


def test_a_flood_of_blank_lines_is_bounded_and_reads_as_nothing() -> None:
    whole = SSEDecoder().feed(b"id: 7\n\n\n\n\ndata: a\n\n\n\n\r\n\r\ndata: b\nid: 8\n\n")
    assert [(e.data, e.id) for e in whole] == [("a", "7"), ("b", "8")]
    bytewise = SSEDecoder()
    body = b"id: 7\n\n\n\n\ndata: a\n\n\n\n\r\n\r\ndata: b\nid: 8\n\n"
    assert [(e.data, e.id) for i in range(len(body)) for e in bytewise.feed(body[i : i + 1])] == [
        ("a", "7"),
        ("b", "8"),
    ]
    flood = SSEDecoder(max_idle_length=1 << 16)
    with pytest.raises(SSEDecodeError):
        for _ in range(10):
            flood.feed(b"\n" * (1 << 14))


# -- telemetry ------------------------------------------------------------------------------------


def test_the_breaker_opens_after_consecutive_failures_and_tries_again_after_the_cooldown() -> None:
    now = [0.0]
    breaker = CircuitBreaker(threshold=2, cooldown=10.0, clock=lambda: now[0])
    breaker.failure()
    assert breaker.allow()
    breaker.failure()
    assert not breaker.allow() and breaker.open
    now[0] = 10.5
    assert breaker.allow()  # one trial
    assert not breaker.allow()  # the others wait for its outcome
    breaker.success()
    assert breaker.allow() and not breaker.open
