"""HTTP / AsyncHTTP: the configured httpx2 client and error-mapped sends."""

from __future__ import annotations

import agentplug
import httpx2
import pytest
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._config import ClientConfig, Secret
from agentplug._core._http import HTTPSettings
from agentplug._core._retry import RetryPolicy
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._transport import RetryTransport
from agentplug.errors import APIConnectionError, NotFoundError, RateLimitError
from pytest_httpx2 import HTTPXMock

SECRET = "sk-test-0123456789"


def _config(**overrides: object) -> ClientConfig:
    values: dict[str, object] = {
        "api": "acp",
        "base_url": "https://acp.example",
        "credential": Secret(SECRET),
        "max_retries": 0,
    }
    values.update(overrides)
    return ClientConfig(**values)  # type: ignore[arg-type]


def test_requests_carry_base_url_user_agent_auth_and_extra_headers(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(url="https://acp.example/runs/1", json={"ok": True})
    http = HTTP(_config(headers={"X-Team": "t1"}), auth_headers={"x-api-key": SECRET})
    assert http.send("GET", "/runs/1").json() == {"ok": True}
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.headers["User-Agent"] == f"agentplug/{agentplug.__version__} acp"
    assert request.headers["x-api-key"] == SECRET
    assert request.headers["X-Team"] == "t1"


def test_error_statuses_raise_typed_errors_with_the_platform_message(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        status_code=404, json={"detail": "Run with ID 1 not found"}, headers={"x-request-id": "r-9"}
    )
    http = HTTP(_config())
    with pytest.raises(NotFoundError) as caught:
        http.send("GET", "/runs/1")
    assert caught.value.message == "Run with ID 1 not found"
    assert caught.value.request_id == "r-9"


def test_retries_come_from_the_config(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(status_code=429)
    httpx2_mock.add_response(status_code=429)
    http = HTTP(_config(max_retries=1))
    assert isinstance(http.client._transport, RetryTransport)
    http.client._transport._sleep = lambda _delay: None  # type: ignore[attr-defined]
    with pytest.raises(RateLimitError):
        http.send("GET", "/runs/1")
    assert len(httpx2_mock.get_requests()) == 2


def test_transport_failures_become_connection_errors(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_exception(httpx2.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        HTTP(_config()).send("GET", "/runs/1")


def test_a_custom_transport_is_still_wrapped_by_retries() -> None:
    calls: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(request)
        return httpx2.Response(503) if len(calls) == 1 else httpx2.Response(200, json={})

    settings = HTTPSettings(transport=httpx2.MockTransport(handler))
    http = HTTP(_config(max_retries=1), settings=settings)
    transport = http.client._transport
    assert isinstance(transport, RetryTransport)
    transport._policy = RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.001)
    assert http.send("GET", "/x").status_code == 200
    assert len(calls) == 2


def test_a_sync_client_rejects_an_async_transport() -> None:
    with pytest.raises(TypeError):
        HTTP(_config(), settings=HTTPSettings(transport=httpx2.AsyncHTTPTransport()))


def test_repr_shows_no_secret() -> None:
    http = HTTP(_config(base_url="https://user:pw@acp.example"), auth_headers={"x-api-key": SECRET})
    assert SECRET not in repr(http)
    assert "pw" not in repr(http)
    assert SECRET not in repr(http.config)


@pytest.mark.anyio
async def test_async_sends_map_errors_too(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(url="https://acp.example/ok", json=[1], is_reusable=True)
    httpx2_mock.add_response(url="https://acp.example/missing", status_code=404, json={"detail": "gone"})
    http = AsyncHTTP(_config(), auth_headers={"x-api-key": SECRET})
    try:
        assert (await http.send("GET", "/ok")).json() == [1]
        with pytest.raises(NotFoundError, match="gone"):
            await http.send("GET", "/missing")
        response = await http.open_stream("GET", "/ok")
        await response.aclose()
    finally:
        await http.aclose()


def test_our_own_client_sends_straight_to_its_transport(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(url="https://acp.example/runs/1?x=1", json={"ok": True})
    http = HTTP(_config(headers={"X-Team": "t1"}), auth_headers={"x-api-key": SECRET})
    response = http.send("GET", "/runs/1", params={"x": 1}, headers={"X-Extra": "e"}, timeout=3.0)
    request = httpx2_mock.get_request()
    assert request is not None and response.request is request
    assert request.headers["X-Team"] == "t1" and request.headers["X-Extra"] == "e"
    assert request.headers["Accept-Encoding"]  # httpx2's defaults are kept
    assert request.extensions["timeout"]["read"] == 3.0
    assert response.elapsed.total_seconds() >= 0


def test_a_callers_own_client_is_used_with_its_hooks(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json={"ok": True})
    seen: list[str] = []
    own = httpx2.Client(event_hooks={"request": [lambda request: seen.append(str(request.url))]})
    http = HTTP(_config(), http_client=own)
    http.send("GET", "/runs/1")
    assert seen == ["https://acp.example/runs/1"]


def test_a_ca_bundle_path_builds_the_tls_context_without_httpx_deprecation_warnings() -> None:
    import certifi

    # pytest turns warnings into errors here: httpx2 warns when given a path as `verify`.
    http = HTTP(_config(), settings=HTTPSettings(verify=certifi.where()))
    http.close()


class _CutShort(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A body whose connection is lost after its first bytes."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b'{"partial": '
        raise httpx2.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b'{"partial": '
        raise httpx2.RemoteProtocolError("peer closed connection without sending complete message body")


def _cut_then_whole(calls: list[httpx2.Request]) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx2.Response(200, headers={"content-type": "application/json"}, stream=_CutShort())
        return httpx2.Response(200, json={"whole": True})

    return httpx2.MockTransport(handler)


def _fast_retries(http: HTTP | AsyncHTTP) -> None:
    http._transport._policy = RetryPolicy(max_retries=1, initial_delay=0.001, max_delay=0.001)


def test_a_body_cut_short_is_retried_like_a_lost_connection() -> None:
    calls: list[httpx2.Request] = []
    http = HTTP(_config(max_retries=1), settings=HTTPSettings(transport=_cut_then_whole(calls)))
    _fast_retries(http)
    assert http.send("GET", "/x").json() == {"whole": True}
    assert len(calls) == 2


@pytest.mark.anyio
async def test_a_body_cut_short_is_retried_async() -> None:
    calls: list[httpx2.Request] = []
    http = AsyncHTTP(_config(max_retries=1), settings=HTTPSettings(transport=_cut_then_whole(calls)))
    _fast_retries(http)
    assert (await http.send("GET", "/x")).json() == {"whole": True}
    assert len(calls) == 2


def test_a_post_cut_short_is_not_sent_twice() -> None:
    calls: list[httpx2.Request] = []
    http = HTTP(_config(max_retries=1), settings=HTTPSettings(transport=_cut_then_whole(calls)))
    _fast_retries(http)
    with pytest.raises(APIConnectionError):
        http.send("POST", "/x", json={})
    assert len(calls) == 1
