"""Per-call options, raw and streaming responses: the core mechanism, on a small resource over `HTTP`.

The platform clients use the same base; `tests/contract` drives it on all four against their sandboxes.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx2
import pytest
from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._resource import AsyncResourceBase
from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug._core._config import ClientConfig
from agentplug._core._http import HTTPSettings
from agentplug._core._options import use_options
from agentplug._core._pagination import OffsetPagination, Page
from agentplug._core._response import RawResponse
from agentplug._core._sync._http import HTTP
from agentplug._core._sync._pagination import Pager
from agentplug._core._sync._raw_calls import RawResponseView, StreamedResponse
from agentplug._core._sync._resource import ResourceBase
from agentplug.errors import ConfigurationError, InvalidArgumentError, NotFoundError
from typing_extensions import Unpack

BASE = "http://api.test"


class Server:
    """A mock API: agents by id, a paged list, and a POST echoing its JSON body."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/agents/a1":
            body = b'{"agent_id":"a1","name":"echo"}'
            headers = {"content-type": "application/json", "x-request-id": "req-1"}
            return httpx2.Response(200, stream=httpx2.ByteStream(body), headers=headers)
        if path == "/agents" and request.method == "GET":
            offset = int(request.url.params.get("offset", "0"))
            items = [{"agent_id": f"a{n}"} for n in range(offset, min(offset + 2, 5))]
            return httpx2.Response(200, json={"items": items, "total": 5})
        if path == "/agents" and request.method == "POST":
            return httpx2.Response(201, json={"echo": json.loads(request.content or b"null")})
        if path == "/upload":
            return httpx2.Response(204)
        return httpx2.Response(404, json={"detail": "Agent not found"})


class Agents(ResourceBase):
    """Written the way platform resources are: plain methods ending with `**options`."""

    def __init__(self, http: HTTP) -> None:
        self._http = http

    def get(self, agent_id: str, *, token: str | None = None, **options: Unpack[CallOptions]) -> dict[str, Any]:
        """Fetch one agent."""
        params = {"token": token} if token else None
        return self._http.send("GET", f"/agents/{agent_id}", params=params).json()  # type: ignore[no-any-return]

    def create(self, **fields: Any) -> Any:
        """POST the fields as JSON."""
        return self._http.send("POST", "/agents", json=fields).json()

    def create_then_get(self, agent_id: str, **options: Unpack[CallOptions]) -> dict[str, Any]:
        """Two requests in one call."""
        self._http.send("POST", "/agents", json={"agent_id": agent_id})
        return self.get(agent_id)

    def upload(self, data: bytes, **options: Unpack[CallOptions]) -> None:
        """A body that is not JSON."""
        self._http.send("PUT", "/upload", content=data, headers={"content-type": "application/octet-stream"})

    def wait(self, agent_id: str, timeout: float | None = None, **options: Unpack[RequestExtras]) -> dict[str, Any]:
        """A method whose `timeout` is its own (a wait's limit), sent as the request's timeout."""
        return self._http.send("GET", f"/agents/{agent_id}", timeout=timeout).json()  # type: ignore[no-any-return]

    def list(self, **options: Unpack[CallOptions]) -> Pager[dict[str, Any]]:
        """A lazy pager: nothing is sent until it is iterated."""

        def fetch(params: dict[str, int]) -> Page[dict[str, Any]]:
            body = self._http.send("GET", "/agents", params=params).json()
            return Page(body["items"], total=body["total"], params=params)

        return Pager(fetch, OffsetPagination(limit=2))

    def name(self) -> str:
        """A local method: no request, no options."""
        return "agents"


class Client(ResourceBase):
    def __init__(self, http: HTTP) -> None:
        self.agents = Agents(http)
        self.version = "1"


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def http(server: Server) -> Iterator[HTTP]:
    config = ClientConfig(api="test", base_url=BASE, max_retries=0)
    http = HTTP(config, settings=HTTPSettings(transport=httpx2.MockTransport(server)))
    yield http
    http.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# ---------------------------------------------------------------------- signatures


def test_methods_stay_plain_functions_with_their_own_signature() -> None:
    assert inspect.isfunction(Agents.get)
    assert list(inspect.signature(Agents.get).parameters) == ["self", "agent_id", "token", "options"]
    assert Agents.get.__doc__ == "Fetch one agent."
    assert Agents.name.__qualname__ == "Agents.name" and not hasattr(Agents.name, "__wrapped__")


# ---------------------------------------------------------------------- per-call options


def test_extra_headers_query_and_timeout_go_on_the_request(http: HTTP, server: Server) -> None:
    agent = Agents(http).get("a1", extra_headers={"X-Trace": "t1"}, extra_query={"v": "2"}, timeout=3.5)
    assert agent["name"] == "echo"
    sent = server.requests[-1]
    assert sent.headers["X-Trace"] == "t1"
    assert sent.url.params["v"] == "2"
    assert sent.extensions["timeout"]["read"] == 3.5


def test_a_per_call_timeout_beats_use_options(http: HTTP, server: Server) -> None:
    with use_options(timeout=0.25):
        Agents(http).get("a1", timeout=9.0)
        Agents(http).get("a1")
    explicit, ambient = server.requests
    assert explicit.extensions["timeout"]["read"] == 9.0
    assert ambient.extensions["timeout"]["read"] == 0.25


def test_a_methods_own_timeout_stays_its_own(http: HTTP, server: Server) -> None:
    Agents(http).wait("a1", timeout=7.0, extra_headers={"X-A": "1"})
    assert server.requests[-1].extensions["timeout"]["read"] == 7.0
    assert server.requests[-1].headers["X-A"] == "1"


def test_extra_body_merges_into_the_json_body(http: HTTP, server: Server) -> None:
    answer = Agents(http).create(name="n", extra_body={"tags": ["x"], "name": "m"})
    assert answer == {"echo": {"name": "m", "tags": ["x"]}}


def test_options_apply_to_every_request_of_the_call(http: HTTP, server: Server) -> None:
    Agents(http).create_then_get("a1", extra_headers={"X-Trace": "t2"}, extra_body={"k": 1})
    post, get = server.requests
    assert post.headers["X-Trace"] == get.headers["X-Trace"] == "t2"
    assert json.loads(post.content) == {"agent_id": "a1", "k": 1}
    assert get.content == b""  # a later bodiless request of the call gets no body


def test_a_pager_applies_the_options_to_every_page(http: HTTP, server: Server) -> None:
    pager = Agents(http).list(extra_headers={"X-Trace": "t3"})
    assert [item["agent_id"] for item in pager] == ["a0", "a1", "a2", "a3", "a4"]
    assert len(server.requests) == 3
    assert all(request.headers["X-Trace"] == "t3" for request in server.requests)


def test_extra_body_on_a_bodiless_request_is_refused_before_sending(http: HTTP, server: Server) -> None:
    with pytest.raises(InvalidArgumentError, match="extra_body: a GET request carries no body") as caught:
        Agents(http).get("a1", extra_body={"x": 1})
    assert caught.value.argument == "extra_body"
    assert server.requests == []


def test_extra_body_on_a_body_that_is_not_json_is_refused(http: HTTP, server: Server) -> None:
    with pytest.raises(InvalidArgumentError, match="not a JSON object"):
        Agents(http).upload(b"\x00\x01", extra_body={"x": 1})
    assert server.requests == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"extra_headers": ["X-A"]}, "extra_headers must be a mapping"),
        ({"extra_query": "a=1"}, "extra_query must be a mapping"),
        ({"timeout": -1}, "timeout must be seconds > 0"),
        ({"timeout": True}, "timeout must be seconds > 0"),
    ],
)
def test_bad_options_are_typed_errors(http: HTTP, options: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        Agents(http).get("a1", **options)


def test_an_unknown_keyword_is_a_type_error_naming_it(http: HTTP, server: Server) -> None:
    with pytest.raises(TypeError, match=r"Agents.get\(\) got an unexpected keyword argument 'extra_header'"):
        Agents(http).get("a1", extra_header={"X": "1"})  # type: ignore[call-arg]
    assert server.requests == []


def test_options_of_a_call_end_with_it(http: HTTP, server: Server) -> None:
    agents = Agents(http)
    agents.get("a1", extra_headers={"X-Once": "1"})
    agents.get("a1")
    assert "X-Once" not in server.requests[-1].headers


# ---------------------------------------------------------------------- raw responses


def test_raw_form_gives_status_headers_content_and_the_result(http: HTTP) -> None:
    raw = Agents(http).with_raw_response.get("a1")
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.headers["x-request-id"]) == (200, "req-1")
    assert raw.content == b'{"agent_id":"a1","name":"echo"}'
    assert raw.json() == {"agent_id": "a1", "name": "echo"}
    assert raw.http_version == "HTTP/1.1"
    assert raw.url == f"{BASE}/agents/a1"
    assert isinstance(raw.elapsed, timedelta)
    assert raw.parse() == {"agent_id": "a1", "name": "echo"}
    assert raw.parse() is raw.parse()


def test_raw_form_of_a_call_with_several_requests_keeps_each(http: HTTP) -> None:
    raw = Agents(http).with_raw_response.create_then_get("a1")
    assert [response.request.method for response in raw.responses] == ["POST", "GET"]
    assert raw.status_code == 200 and raw.responses[0].status_code == 201


def test_raw_form_of_a_pager_is_its_first_page(http: HTTP, server: Server) -> None:
    raw = Agents(http).with_raw_response.list()
    assert raw.json() == {"items": [{"agent_id": "a0"}, {"agent_id": "a1"}], "total": 5}
    pager = raw.parse()
    assert len(list(pager)) == 5
    assert len(server.requests) == 3  # the first page is not fetched twice


def test_raw_form_takes_options_and_follows_sub_resources(http: HTTP, server: Server) -> None:
    raw = Client(http).with_raw_response.agents.get("a1", extra_headers={"X-T": "1"})
    assert raw.parse()["agent_id"] == "a1"
    assert server.requests[-1].headers["X-T"] == "1"


def test_raw_form_rejects_what_is_not_a_method(http: HTTP) -> None:
    client = Client(http)
    with pytest.raises(AttributeError, match=r"Client\.version"):
        _ = client.with_raw_response.version
    with pytest.raises(AttributeError):
        _ = client.with_raw_response.nope
    assert isinstance(client.with_raw_response, RawResponseView)
    assert "Client" in repr(client.with_raw_response)


def test_errors_reach_the_raw_caller(http: HTTP) -> None:
    with pytest.raises(NotFoundError):
        Agents(http).with_raw_response.get("missing")


def test_raw_url_and_repr_are_redacted(http: HTTP) -> None:
    raw = Agents(http).with_raw_response.get("a1", token="tok-secret-123")
    assert "tok-secret-123" not in raw.url
    assert "tok-secret-123" not in repr(raw)
    assert "200" in repr(raw)


def test_raw_response_needs_a_request() -> None:
    with pytest.raises(ValueError, match="sent a request"):
        RawResponse([], None)
    raw = RawResponse([httpx2.Response(201, content=b"[]")], 201)
    assert (raw.url, raw.parse(), raw.json()) == ("", 201, [])


# ---------------------------------------------------------------------- streaming responses


def test_streaming_form_gives_the_body_unread_and_parses_without_sending_again(http: HTTP, server: Server) -> None:
    with Agents(http).with_streaming_response.get("a1") as response:
        assert isinstance(response, StreamedResponse)
        assert (response.status_code, response.headers["x-request-id"]) == (200, "req-1")
        assert not response.http_response.is_stream_consumed
        assert b"".join(response.iter_bytes()) == b'{"agent_id":"a1","name":"echo"}'
    with Agents(http).with_streaming_response.get("a1") as response:
        assert response.parse() == {"agent_id": "a1", "name": "echo"}
    assert len(server.requests) == 2  # one request per call: parse() replays the response
    assert response.http_response.is_closed


def test_streaming_form_stops_at_the_first_response(http: HTTP, server: Server) -> None:
    with Agents(http).with_streaming_response.create_then_get("a1") as response:
        assert response.status_code == 201
        assert len(server.requests) == 1
        assert response.parse()["agent_id"] == "a1"  # the rest of the call runs on parse()
    assert [request.method for request in server.requests] == ["POST", "GET"]


def test_streaming_form_of_a_pager(http: HTTP, server: Server) -> None:
    with Agents(http).with_streaming_response.list() as response:
        pager = response.parse()
        assert [item["agent_id"] for item in pager] == ["a0", "a1", "a2", "a3", "a4"]
    assert len(server.requests) == 3


def test_streaming_form_raises_error_statuses_on_entry(http: HTTP) -> None:
    with pytest.raises(NotFoundError), Agents(http).with_streaming_response.get("missing"):
        pass


# ---------------------------------------------------------------------- async


class AsyncAgents(AsyncResourceBase):
    def __init__(self, http: AsyncHTTP) -> None:
        self._http = http

    async def get(self, agent_id: str, **options: Unpack[CallOptions]) -> dict[str, Any]:
        """Fetch one agent."""
        return (await self._http.send("GET", f"/agents/{agent_id}")).json()  # type: ignore[no-any-return]


@pytest.mark.anyio
async def test_async_options_raw_and_streaming(server: Server) -> None:
    config = ClientConfig(api="test", base_url=BASE, max_retries=0)
    http = AsyncHTTP(config, settings=HTTPSettings(transport=httpx2.MockTransport(server)))
    agents = AsyncAgents(http)
    assert (await agents.get("a1", extra_headers={"X-A": "1"}))["name"] == "echo"
    assert server.requests[-1].headers["X-A"] == "1"
    raw = await agents.with_raw_response.get("a1")
    assert (raw.status_code, raw.parse()["agent_id"]) == (200, "a1")
    async with agents.with_streaming_response.get("a1") as response:
        assert response.status_code == 200
        assert (await response.parse())["name"] == "echo"
    assert len(server.requests) == 3
    await http.aclose()


def test_extra_body_that_is_not_json_is_refused_before_sending(http: HTTP, server: Server) -> None:
    with pytest.raises(InvalidArgumentError, match="extra_body must be JSON") as caught:
        Agents(http).create(name="n", extra_body={"when": object()})
    assert caught.value.argument == "extra_body"
    assert server.requests == []


def test_raw_and_streaming_forms_of_a_method_that_sends_nothing_are_refused(http: HTTP) -> None:
    with pytest.raises(ConfigurationError, match=r"Agents.name sent no request, so it has no raw response"):
        Agents(http).with_raw_response.name()
    with (
        pytest.raises(ConfigurationError, match="no streaming form"),
        Agents(http).with_streaming_response.name(),
    ):
        pass


def test_raw_forms_show_the_methods_parameters(http: HTTP) -> None:
    raw_get = Agents(http).with_raw_response.get
    assert raw_get.__doc__ == "Fetch one agent."
    signature = inspect.signature(raw_get)
    assert list(signature.parameters) == ["agent_id", "token", "options"]
    assert signature.return_annotation == "RawResponse"
    assert inspect.signature(Agents(http).with_streaming_response.get).return_annotation == "StreamedResponse"
