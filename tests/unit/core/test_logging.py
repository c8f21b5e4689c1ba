"""The agentplug logger: what an attempt logs, and that no credential ever reaches a log line."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx2
import pytest
from agentplug._core import _logging
from agentplug._core._logging import REDACTED, logger, redact_headers, redact_url, setup_logging
from agentplug._core._sync._transport import RetryTransport
from pytest_httpx2 import HTTPXMock

TOKEN = "sk-live-0123456789abcdef"
SIGNATURE = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
BASE = "https://api.example.test/v1/things"


@pytest.fixture
def client() -> Iterator[httpx2.Client]:
    transport = RetryTransport(httpx2.HTTPTransport(), api="acp", sleep=lambda _: None)
    with httpx2.Client(transport=transport, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client


# --- what the transport logs ---------------------------------------------------------------


def test_info_logs_each_attempt_and_the_retry_decision_without_secrets(
    httpx2_mock: HTTPXMock, client: httpx2.Client, caplog: pytest.LogCaptureFixture
) -> None:
    httpx2_mock.add_response(status_code=429, headers={"Retry-After": "2"})
    httpx2_mock.add_response(status_code=200)
    caplog.set_level(logging.INFO, logger="agentplug")
    client.get(f"{BASE}?page=2&access_token={TOKEN}")

    records = [r for r in caplog.records if r.name.startswith("agentplug")]
    assert {r.name for r in records} == {"agentplug.acp"}
    messages = [r.getMessage() for r in records]
    url = f"{BASE}?page=2&access_token={REDACTED}"
    assert messages[0].startswith(f"HTTP GET {url} → 429 in ")
    assert messages[0].endswith(" ms")
    assert messages[1] == f"Retrying GET {url} in 2.00 s (retry 1 of 2): status 429; server asked to retry after 2 s"
    assert messages[2].startswith(f"HTTP GET {url} → 200 in ")
    assert len(messages) == 3  # a success adds no decision line
    assert TOKEN not in caplog.text


def test_giving_up_is_logged_at_info(
    httpx2_mock: HTTPXMock, client: httpx2.Client, caplog: pytest.LogCaptureFixture
) -> None:
    httpx2_mock.add_response(status_code=503)
    caplog.set_level(logging.INFO, logger="agentplug")
    client.post(BASE, json={})
    assert caplog.messages[-1] == (
        f"Not retrying POST {BASE}: status 503; request is not idempotent (no Idempotency-Key)"
    )


def test_a_transport_error_is_logged_by_type_only(
    httpx2_mock: HTTPXMock, client: httpx2.Client, caplog: pytest.LogCaptureFixture
) -> None:
    httpx2_mock.add_exception(httpx2.ConnectError(f"refused for {BASE}?token={TOKEN}"))
    httpx2_mock.add_response()
    caplog.set_level(logging.INFO, logger="agentplug")
    client.get(BASE)
    assert caplog.messages[0].startswith(f"HTTP GET {BASE} → ConnectError in ")
    assert caplog.messages[1].startswith(f"Retrying GET {BASE} in ")
    assert caplog.messages[1].endswith("(retry 1 of 2): ConnectError; backoff")
    assert TOKEN not in caplog.text


def test_debug_adds_headers_with_authorization_redacted(
    httpx2_mock: HTTPXMock, client: httpx2.Client, caplog: pytest.LogCaptureFixture
) -> None:
    httpx2_mock.add_response(status_code=404, headers={"Set-Cookie": f"session={TOKEN}", "X-Request-Id": "req-1"})
    caplog.set_level(logging.DEBUG, logger="agentplug")
    client.get(BASE, headers={"x-api-key": TOKEN, "X-Upload-Token": TOKEN})

    assert TOKEN not in caplog.text
    request_line = next(m for m in caplog.messages if m.startswith("Request headers: "))
    assert f"'authorization': '{REDACTED}'" in request_line
    assert f"'x-api-key': '{REDACTED}'" in request_line
    assert f"'x-upload-token': '{REDACTED}'" in request_line
    response_line = next(m for m in caplog.messages if m.startswith("Response headers: "))
    assert f"'set-cookie': '{REDACTED}'" in response_line
    assert "'x-request-id': 'req-1'" in response_line
    assert caplog.messages[-1] == f"Not retrying GET {BASE}: status 404 is not retryable"  # at DEBUG only


def test_nothing_is_logged_at_the_default_level(
    httpx2_mock: HTTPXMock, client: httpx2.Client, caplog: pytest.LogCaptureFixture
) -> None:
    httpx2_mock.add_response()
    caplog.set_level(logging.WARNING, logger="agentplug")
    client.get(BASE)
    assert caplog.records == []


# --- redact_url ----------------------------------------------------------------------------


def test_presigned_s3_url_keeps_everything_but_the_secrets() -> None:
    url = (
        "https://bucket.s3.amazonaws.com/data/file.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential=AKIAEXAMPLE%2F20250601%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250601T000000Z"
        f"&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FwoG{TOKEN}&X-Amz-Signature={SIGNATURE}"
    )
    assert redact_url(url) == (
        "https://bucket.s3.amazonaws.com/data/file.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential={REDACTED}&X-Amz-Date=20250601T000000Z"
        f"&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token={REDACTED}&X-Amz-Signature={REDACTED}"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            f"https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=sa%40p"
            f"&X-Goog-Signature={SIGNATURE}",
            f"https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential={REDACTED}"
            f"&X-Goog-Signature={REDACTED}",
        ),
        (
            f"https://acct.blob.core.windows.net/c/b?sv=2024-11-04&se=2025-06-01T00%3A00Z&sp=r&sig={SIGNATURE}",
            f"https://acct.blob.core.windows.net/c/b?sv=2024-11-04&se=2025-06-01T00%3A00Z&sp=r&sig={REDACTED}",
        ),
        (f"https://x.test/a?x-amz-signature={SIGNATURE}", f"https://x.test/a?x-amz-signature={REDACTED}"),
        (f"https://x.test/a?Signature={SIGNATURE}&Expires=1", f"https://x.test/a?Signature={REDACTED}&Expires=1"),
        (f"https://x.test/a?api_key={TOKEN}&apiKey={TOKEN}", f"https://x.test/a?api_key={REDACTED}&apiKey={REDACTED}"),
        (f"https://x.test/a?key={TOKEN}&keys=1", f"https://x.test/a?key={REDACTED}&keys=1"),
        (f"https://x.test/cb?code={TOKEN}&state=s1", f"https://x.test/cb?code={REDACTED}&state=s1"),
        (f"https://x.test/a?client_secret={TOKEN}", f"https://x.test/a?client_secret={REDACTED}"),
        (f"https://x.test/a?refresh%5Ftoken={TOKEN}", f"https://x.test/a?refresh%5Ftoken={REDACTED}"),
        (f"https://x.test/a?token={TOKEN}&token={TOKEN}", f"https://x.test/a?token={REDACTED}&token={REDACTED}"),
        (f"https://x.test/a#access_token={TOKEN}&type=bearer", f"https://x.test/a#access_token={REDACTED}&type=bearer"),
        (f"https://user:{TOKEN}@x.test/a", f"https://user:{REDACTED}@x.test/a"),
        ("https://user@x.test/a", "https://user@x.test/a"),
        ("https://x.test/a?flag&token&page=", "https://x.test/a?flag&token&page="),
        ("https://x.test/a?page=2", "https://x.test/a?page=2"),
        ("/relative/path?sig=abc", f"/relative/path?sig={REDACTED}"),
        ("", ""),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_redact_url_accepts_httpx_urls_and_never_raises() -> None:
    assert redact_url(httpx2.URL(f"https://x.test/a?token={TOKEN}")) == f"https://x.test/a?token={REDACTED}"
    assert redact_url(f"http://[::1/?token={TOKEN}") == "<unparsable URL>"


# --- redact_headers ------------------------------------------------------------------------


def test_redact_headers() -> None:
    headers = {
        "Authorization": f"Bearer {TOKEN}",
        "Proxy-Authorization": TOKEN,
        "X-API-Key": TOKEN,
        "api-key": TOKEN,
        "Cookie": f"s={TOKEN}",
        "Set-Cookie": f"s={TOKEN}",
        "X-Amz-Security-Token": TOKEN,
        "X-Client-Secret": TOKEN,
        "X-Goog-Signature": TOKEN,
        "Content-Type": "application/json",
        "X-Request-Id": "req-1",
    }
    redacted = redact_headers(headers)
    assert redacted == {
        **dict.fromkeys(list(headers)[:9], REDACTED),
        "Content-Type": "application/json",
        "X-Request-Id": "req-1",
    }
    assert redact_headers(httpx2.Headers(headers)) == {k.lower(): v for k, v in redacted.items()}
    assert redact_headers([("authorization", TOKEN), ("accept", "*/*")]) == {"authorization": REDACTED, "accept": "*/*"}


# --- AGENTPLUG_LOG -------------------------------------------------------------------------


@pytest.fixture
def pristine_logger() -> Iterator[None]:
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.parametrize(("value", "level"), [("info", logging.INFO), ("DEBUG", logging.DEBUG), (" debug ", 10)])
@pytest.mark.usefixtures("pristine_logger")
def test_agentplug_log_sets_the_level_and_adds_one_handler(value: str, level: int) -> None:
    before = len(logger.handlers)
    setup_logging({"AGENTPLUG_LOG": value})
    setup_logging({"AGENTPLUG_LOG": value})
    assert logger.level == level
    assert len(logger.handlers) == before + 1
    assert isinstance(logger.handlers[-1], _logging._EnvHandler)


@pytest.mark.parametrize("environ", [{}, {"AGENTPLUG_LOG": ""}, {"AGENTPLUG_LOG": "off"}, {"AGENTPLUG_LOG": " 0 "}])
@pytest.mark.usefixtures("pristine_logger")
def test_no_value_or_off_leaves_logging_alone(environ: dict[str, str]) -> None:
    level, handlers = logger.level, list(logger.handlers)
    setup_logging(environ)
    assert (logger.level, logger.handlers) == (level, handlers)


@pytest.mark.parametrize("value", ["verbose", "1", "trace"])
@pytest.mark.usefixtures("pristine_logger")
def test_an_unknown_value_warns_and_leaves_logging_alone(value: str) -> None:
    level, handlers = logger.level, list(logger.handlers)
    with pytest.warns(
        UserWarning, match=rf"AGENTPLUG_LOG='{value}' is not a level .* AGENTPLUG_LOG=info or AGENTPLUG_LOG=debug"
    ):
        setup_logging({"AGENTPLUG_LOG": value})
    assert (logger.level, logger.handlers) == (level, handlers)


@pytest.mark.usefixtures("pristine_logger")
def test_setup_logging_reads_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENTPLUG_LOG", "info")
    setup_logging()
    assert logger.level == logging.INFO
