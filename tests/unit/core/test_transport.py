"""RetryTransport / AsyncRetryTransport over pytest-httpx2: retries, options, idempotency, streams."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx2
import pytest
from agentplug import __version__
from agentplug._core._async._transport import AsyncRetryTransport
from agentplug._core._options import DEFAULT_TIMEOUT, use_options
from agentplug._core._retry import RetryPolicy
from agentplug._core._sync._transport import RetryTransport
from agentplug._core._transport import RETRY_COUNT_HEADER
from pytest_httpx2 import HTTPXMock

URL = "https://api.example.test/v1/things"


class Server:
    """A pytest-httpx2 callback answering from a script, keeping a snapshot of each request's headers.

    The transport resends the same Request object, so `httpx2_mock.get_requests()` would only show
    the headers of the last attempt; snapshots show what each attempt carried.
    """

    def __init__(self, *script: httpx2.Response | Exception) -> None:
        self.script = list(script)
        self.headers: list[httpx2.Headers] = []
        self.extensions: list[dict[str, object]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.headers.append(httpx2.Headers(request.headers))
        self.extensions.append(dict(request.extensions))
        step = self.script.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    @property
    def attempts(self) -> int:
        return len(self.headers)


def status(code: int, **headers: str) -> httpx2.Response:
    return httpx2.Response(code, headers={k.replace("_", "-"): v for k, v in headers.items()}, json={"code": code})


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(sleeps: list[float]) -> Iterator[httpx2.Client]:
    transport = RetryTransport(httpx2.HTTPTransport(), api="test", sleep=sleeps.append)
    with httpx2.Client(transport=transport, timeout=DEFAULT_TIMEOUT) as client:
        yield client


def serve(httpx2_mock: HTTPXMock, *script: httpx2.Response | Exception) -> Server:
    server = Server(*script)
    httpx2_mock.add_callback(server, is_reusable=True)
    return server


# --- retried outcomes ----------------------------------------------------------------------


def test_429_with_retry_after_waits_as_asked(
    httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]
) -> None:
    server = serve(httpx2_mock, status(429, Retry_After="1"), status(200))
    response = client.get(URL)
    assert response.status_code == 200
    assert response.json() == {"code": 200}
    assert sleeps == [1.0]
    assert server.attempts == 2


def test_503_twice_then_200_backs_off(httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]) -> None:
    serve(httpx2_mock, status(503), status(503), status(200))
    assert client.get(URL).status_code == 200
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


def test_exhausted_retries_return_the_last_response(
    httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]
) -> None:
    server = serve(httpx2_mock, status(503), status(502), status(503, X_Request_Id="req-3"))
    response = client.get(URL)
    assert response.status_code == 503
    assert response.headers["x-request-id"] == "req-3"  # the last answer, readable by the error mapper
    assert response.json() == {"code": 503}
    assert server.attempts == 3
    assert len(sleeps) == 2


def test_each_retry_is_numbered(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    server = serve(httpx2_mock, status(500), status(500), status(200))
    client.get(URL)
    assert [h.get(RETRY_COUNT_HEADER) for h in server.headers] == [None, "1", "2"]


def test_connection_errors_are_retried_then_raised(
    httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]
) -> None:
    server = serve(
        httpx2_mock, httpx2.ConnectError("refused"), httpx2.ReadTimeout("slow"), httpx2.ConnectError("again")
    )
    with pytest.raises(httpx2.ConnectError, match="again"):
        client.get(URL)
    assert server.attempts == 3
    assert len(sleeps) == 2


def test_a_connection_error_then_success(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    httpx2_mock.add_exception(httpx2.ConnectError("refused"))
    httpx2_mock.add_response(json={"ok": True})
    assert client.get(URL).json() == {"ok": True}


def test_errors_that_mean_a_malformed_request_are_raised_at_once(
    httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]
) -> None:
    server = serve(httpx2_mock, httpx2.LocalProtocolError("bad header"))
    with pytest.raises(httpx2.LocalProtocolError):
        client.get(URL)
    assert (server.attempts, sleeps) == (1, [])


def test_server_can_veto_a_retry(httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]) -> None:
    serve(httpx2_mock, status(503, X_Should_Retry="false"))
    assert client.get(URL).status_code == 503
    assert sleeps == []


def test_client_errors_are_returned_without_retry(
    httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]
) -> None:
    serve(httpx2_mock, status(404))
    assert client.get(URL).status_code == 404
    assert sleeps == []


# --- idempotency ---------------------------------------------------------------------------


def test_post_without_idempotency_key_is_not_retried(
    httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]
) -> None:
    server = serve(httpx2_mock, status(503))
    assert client.post(URL, json={"a": 1}).status_code == 503
    assert (server.attempts, sleeps) == (1, [])


def test_patch_without_idempotency_key_is_not_retried_after_a_timeout(
    httpx2_mock: HTTPXMock, client: httpx2.Client
) -> None:
    server = serve(httpx2_mock, httpx2.ReadTimeout("slow"))
    with pytest.raises(httpx2.ReadTimeout):
        client.patch(URL, json={"a": 1})
    assert server.attempts == 1


def test_post_with_idempotency_key_is_retried_with_the_same_key(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    server = serve(httpx2_mock, status(503), status(429), status(201))
    response = client.post(URL, json={"a": 1}, headers={"Idempotency-Key": "key-1"})
    assert response.status_code == 201
    assert [h["idempotency-key"] for h in server.headers] == ["key-1"] * 3


def test_use_options_idempotent_allows_retrying_a_post(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    server = serve(httpx2_mock, status(503), status(200))
    with use_options(idempotent=True):
        assert client.post(URL, json={}).status_code == 200
    assert server.attempts == 2
    assert "idempotency-key" not in server.headers[0]


def test_use_options_idempotency_key_is_sent_once_per_call_and_reused(
    httpx2_mock: HTTPXMock, client: httpx2.Client
) -> None:
    server = serve(httpx2_mock, httpx2.ConnectError("refused"), status(500), status(200))
    with use_options(idempotency_key="call-42"):
        assert client.post(URL, json={}).status_code == 200
    assert [h["idempotency-key"] for h in server.headers] == ["call-42"] * 3


def test_an_explicit_idempotency_header_wins_over_the_option(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    server = serve(httpx2_mock, status(200))
    with use_options(idempotency_key="from-options"):
        client.post(URL, headers={"idempotency-key": "from-call"})
    assert server.headers[0].get_list("idempotency-key") == ["from-call"]


def test_use_options_idempotent_false_stops_retrying_a_get(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    server = serve(httpx2_mock, status(503))
    with use_options(idempotent=False):
        client.get(URL)
    assert server.attempts == 1


# --- per-call retries and timeout ----------------------------------------------------------


def test_use_options_retries_zero_disables_retrying(
    httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]
) -> None:
    server = serve(httpx2_mock, status(503))
    with use_options(retries=0):
        assert client.get(URL).status_code == 503
    assert (server.attempts, sleeps) == (1, [])


def test_use_options_retries_raises_the_limit(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    server = serve(httpx2_mock, *[status(503)] * 5, status(200))
    with use_options(retries=5):
        assert client.get(URL).status_code == 200
    assert server.attempts == 6


def test_nested_options_override_outer_ones(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    server = serve(httpx2_mock, status(503), status(503))
    with use_options(retries=0, timeout=3.0), use_options(retries=1):
        client.get(URL)
    assert server.attempts == 2
    assert server.extensions[0]["timeout"] == httpx2.Timeout(3.0).as_dict()


def test_use_options_timeout_reaches_the_request(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    server = serve(httpx2_mock, status(200), status(200), status(200))
    client.get(URL)
    with use_options(timeout=2.0):
        client.get(URL)
    with use_options(timeout=httpx2.Timeout(30.0, connect=1.0)):
        client.get(URL)
    assert [e["timeout"] for e in server.extensions] == [
        {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0},
        {"connect": 1.0, "read": 30.0, "write": 30.0, "pool": 30.0},
    ]


# --- request bodies ------------------------------------------------------------------------


def test_a_streaming_request_body_is_not_retried(
    httpx2_mock: HTTPXMock, client: httpx2.Client, sleeps: list[float]
) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"part one, "
        yield b"part two"

    server = serve(httpx2_mock, status(503))
    response = client.put(URL, content=chunks(), headers={"Idempotency-Key": "k"})
    assert response.status_code == 503
    assert (server.attempts, sleeps) == (1, [])


def test_an_in_memory_body_is_resent_whole(httpx2_mock: HTTPXMock, client: httpx2.Client) -> None:
    bodies: list[bytes] = []

    def record(request: httpx2.Request) -> httpx2.Response:
        bodies.append(request.read())
        return status(503) if len(bodies) == 1 else status(200)

    httpx2_mock.add_callback(record, is_reusable=True)
    assert client.put(URL, content=b"payload").status_code == 200
    assert bodies == [b"payload", b"payload"]


# --- headers, closing ----------------------------------------------------------------------


def test_user_agent_names_the_sdk_and_the_api_unless_the_caller_set_one(
    httpx2_mock: HTTPXMock, client: httpx2.Client
) -> None:
    server = serve(httpx2_mock, status(200), status(200))
    client.get(URL)
    client.get(URL, headers={"User-Agent": "my-app/1.0"})
    assert [h["user-agent"] for h in server.headers] == [f"agentplug/{__version__} test", "my-app/1.0"]


class ClosingStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b"{}"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class ScriptedTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """An inner transport answering from a list of statuses, keeping each response's stream."""

    def __init__(self, *codes: int) -> None:
        self.codes = list(codes)
        self.streams: list[ClosingStream] = []
        self.closed = False

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.streams.append(ClosingStream())
        return httpx2.Response(self.codes.pop(0), stream=self.streams[-1])

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return self.handle_request(request)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_a_discarded_response_is_closed_and_close_reaches_the_inner_transport() -> None:
    inner = ScriptedTransport(503, 200)
    with httpx2.Client(transport=RetryTransport(inner, api="test", sleep=lambda _: None)) as client:
        response = client.get(URL)
        assert response.status_code == 200
        assert [s.closed for s in inner.streams] == [True, True]  # the 200 was read to the end
    assert inner.closed


def test_the_default_inner_transport_and_policy() -> None:
    transport = RetryTransport(api="test")
    assert isinstance(transport._transport, httpx2.HTTPTransport)
    assert transport._policy == RetryPolicy()
    transport.close()


def test_a_custom_policy_is_used(httpx2_mock: HTTPXMock, sleeps: list[float]) -> None:
    server = serve(httpx2_mock, status(503), status(503))
    transport = RetryTransport(api="test", policy=RetryPolicy(max_retries=1, jitter=0.0), sleep=sleeps.append)
    with httpx2.Client(transport=transport) as client:
        assert client.get(URL).status_code == 503
    assert (server.attempts, sleeps) == (2, [0.5])


# --- async ---------------------------------------------------------------------------------


@pytest.fixture
async def aclient(sleeps: list[float]) -> AsyncIterator[httpx2.AsyncClient]:
    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    transport = AsyncRetryTransport(httpx2.AsyncHTTPTransport(), api="test", sleep=sleep)
    async with httpx2.AsyncClient(transport=transport, timeout=DEFAULT_TIMEOUT) as client:
        yield client


@pytest.mark.anyio
async def test_async_429_with_retry_after(
    httpx2_mock: HTTPXMock, aclient: httpx2.AsyncClient, sleeps: list[float]
) -> None:
    server = serve(httpx2_mock, status(429, Retry_After="1"), status(200))
    assert (await aclient.get(URL)).status_code == 200
    assert sleeps == [1.0]
    assert [h.get(RETRY_COUNT_HEADER) for h in server.headers] == [None, "1"]


@pytest.mark.anyio
async def test_async_exhausted_retries_return_the_last_503(
    httpx2_mock: HTTPXMock, aclient: httpx2.AsyncClient, sleeps: list[float]
) -> None:
    server = serve(httpx2_mock, status(503), status(503), status(503))
    assert (await aclient.get(URL)).status_code == 503
    assert server.attempts == 3
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


@pytest.mark.anyio
async def test_async_post_needs_an_idempotency_key(httpx2_mock: HTTPXMock, aclient: httpx2.AsyncClient) -> None:
    server = serve(httpx2_mock, status(503), status(503), status(200))
    assert (await aclient.post(URL, json={})).status_code == 503
    assert (await aclient.post(URL, json={}, headers={"Idempotency-Key": "k"})).status_code == 200
    assert server.attempts == 3


@pytest.mark.anyio
async def test_async_connection_errors_are_retried_then_raised(
    httpx2_mock: HTTPXMock, aclient: httpx2.AsyncClient
) -> None:
    server = serve(httpx2_mock, *[httpx2.ConnectTimeout("slow")] * 3)
    with pytest.raises(httpx2.ConnectTimeout):
        await aclient.get(URL)
    assert server.attempts == 3


@pytest.mark.anyio
async def test_async_options_reach_the_transport(httpx2_mock: HTTPXMock, aclient: httpx2.AsyncClient) -> None:
    server = serve(httpx2_mock, status(503), status(503), status(200))
    with use_options(retries=0, timeout=2.0):
        assert (await aclient.get(URL)).status_code == 503
    with use_options(idempotency_key="k-async"):
        assert (await aclient.post(URL)).status_code == 200
    assert server.extensions[0]["timeout"] == httpx2.Timeout(2.0).as_dict()
    assert [h.get("idempotency-key") for h in server.headers] == [None, "k-async", "k-async"]


@pytest.mark.anyio
async def test_async_streaming_request_body_is_not_retried(httpx2_mock: HTTPXMock, aclient: httpx2.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"data"

    server = serve(httpx2_mock, status(503))
    assert (await aclient.put(URL, content=chunks())).status_code == 503
    assert server.attempts == 1


@pytest.mark.anyio
async def test_async_discarded_response_is_closed_and_aclose_reaches_the_inner_transport() -> None:
    inner = ScriptedTransport(500, 204)

    async def no_sleep(_: float) -> None:
        return None

    async with httpx2.AsyncClient(transport=AsyncRetryTransport(inner, api="test", sleep=no_sleep)) as client:
        assert (await client.delete(URL)).status_code == 204
    assert inner.streams[0].closed
    assert inner.closed


@pytest.mark.anyio
async def test_async_default_sleep_is_anyio(httpx2_mock: HTTPXMock) -> None:
    serve(httpx2_mock, status(429, retry_after_ms="1"), status(200))
    async with httpx2.AsyncClient(transport=AsyncRetryTransport(api="test")) as client:
        assert (await client.get(URL)).status_code == 200
