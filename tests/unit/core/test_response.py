"""Raw access: one declaration per resource method, sync and async, normal and raw results."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx2
import pytest
from agentplug._core._errors import build_model, parse_json
from agentplug._core._response import (
    APIResult,
    AsyncRawCapable,
    RawResponse,
    RawResponseMixin,
    RawResponseView,
    SyncRawCapable,
    raw_capable,
)
from agentplug.errors import NotFoundError, ResponseValidationError

BASE = "http://acp.test"


class Agent:
    def __init__(self, agent_id: str, name: str) -> None:
        self.agent_id = agent_id
        self.name = name

    @classmethod
    def from_dict(cls, data: Any) -> Agent:
        return cls(data["agent_id"], data["name"])


class ParseCounter:
    """Counts how often the resource's parser runs."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, response: httpx2.Response) -> Agent:
        self.calls += 1
        return build_model(Agent.from_dict, parse_json(response, platform="acp"), response=response)


def handler(request: httpx2.Request) -> httpx2.Response:
    if request.url.path == "/agents/a1":
        # A stream, as from a real transport (a preloaded body never gets an `elapsed` time).
        return httpx2.Response(
            200,
            stream=httpx2.ByteStream(b'{"agent_id":"a1","name":"echo"}'),
            headers={"content-type": "application/json", "x-request-id": "req-1", "x-ratelimit-remaining": "9"},
        )
    if request.url.path == "/agents/bad":
        return httpx2.Response(200, json={"agent_id": "bad"})
    return httpx2.Response(404, json={"detail": "Agent not found"})


class Agents(RawResponseMixin):
    """An example resource written the way platform resources are: one declaration per method."""

    def __init__(self, client: httpx2.Client) -> None:
        self._client = client
        self.parser = ParseCounter()

    @raw_capable
    def get(self, agent_id: str, *, token: str | None = None) -> APIResult[Agent]:
        """Fetch one agent."""
        params = {"token": token} if token else None
        response = self._client.get(f"/agents/{agent_id}", params=params)
        if response.status_code >= 400:
            raise NotFoundError("Agent not found", status_code=response.status_code)
        return APIResult(response, self.parser, platform="acp")


class AsyncAgents(RawResponseMixin):
    def __init__(self, client: httpx2.AsyncClient) -> None:
        self._client = client
        self.parser = ParseCounter()

    @raw_capable
    async def get(self, agent_id: str) -> APIResult[Agent]:
        """Fetch one agent."""
        response = await self._client.get(f"/agents/{agent_id}")
        return APIResult(response, self.parser, platform="acp")


class Client(RawResponseMixin):
    def __init__(self, http: httpx2.Client) -> None:
        self.agents = Agents(http)
        self.version = "1"


@pytest.fixture
def http() -> Any:
    with httpx2.Client(base_url=BASE, transport=httpx2.MockTransport(handler)) as client:
        yield client


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_normal_call_returns_the_parsed_result(http: httpx2.Client) -> None:
    agents = Agents(http)
    agent = agents.get("a1")
    assert isinstance(agent, Agent)
    assert (agent.agent_id, agent.name) == ("a1", "echo")
    assert agents.parser.calls == 1


def test_raw_view_gives_status_headers_content_and_parsed_body(http: httpx2.Client) -> None:
    agents = Agents(http)
    raw = agents.with_raw_response.get("a1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-1"
    assert raw.headers["X-RateLimit-Remaining"] == "9"
    assert raw.content == b'{"agent_id":"a1","name":"echo"}'
    assert raw.json() == {"agent_id": "a1", "name": "echo"}
    assert raw.http_version == "HTTP/1.1"
    assert raw.url == f"{BASE}/agents/a1"
    assert isinstance(raw.elapsed, timedelta)
    assert isinstance(raw.http_response, httpx2.Response)
    assert agents.parser.calls == 0  # nothing parsed until asked
    agent = raw.parse()
    assert agent.name == "echo"


def test_parse_runs_once(http: httpx2.Client) -> None:
    agents = Agents(http)
    raw = agents.get.with_raw_response("a1")
    first = raw.parse()
    assert raw.parse() is first
    assert agents.parser.calls == 1


def test_parse_errors_surface_on_parse_not_on_the_call(http: httpx2.Client) -> None:
    agents = Agents(http)
    raw = agents.with_raw_response.get("bad")
    assert raw.status_code == 200
    with pytest.raises(ResponseValidationError, match="Agent"):
        raw.parse()


def test_errors_raised_by_the_method_reach_the_raw_caller(http: httpx2.Client) -> None:
    with pytest.raises(NotFoundError):
        Agents(http).with_raw_response.get("missing")


def test_raw_url_and_repr_are_redacted(http: httpx2.Client) -> None:
    raw = Agents(http).with_raw_response.get("a1", token="tok-secret-123")
    assert "tok-secret-123" not in raw.url
    assert "tok-secret-123" not in repr(raw)
    assert "200" in repr(raw)


def test_view_follows_sub_resources(http: httpx2.Client) -> None:
    client = Client(http)
    raw = client.with_raw_response.agents.get("a1")
    assert raw.parse().agent_id == "a1"


def test_view_rejects_attributes_without_a_raw_form(http: httpx2.Client) -> None:
    client = Client(http)
    with pytest.raises(AttributeError, match=r"Client\.version"):
        _ = client.with_raw_response.version
    with pytest.raises(AttributeError):
        _ = client.with_raw_response.nope
    assert "Client" in repr(client.with_raw_response)
    assert isinstance(client.with_raw_response, RawResponseView)


def test_decorated_methods_keep_their_name_and_doc(http: httpx2.Client) -> None:
    assert isinstance(Agents.__dict__["get"], SyncRawCapable)
    assert isinstance(AsyncAgents.__dict__["get"], AsyncRawCapable)
    assert Agents.get.__doc__ == "Fetch one agent."
    bound = Agents(http).get
    assert bound.__name__ == "get"  # type: ignore[attr-defined]
    assert bound.__doc__ == "Fetch one agent."


def test_raw_response_without_request_or_close() -> None:
    response = httpx2.Response(201, content=b"[]")
    raw = RawResponse(APIResult(response, lambda r: r.status_code))
    assert raw.url == ""
    assert raw.parse() == 201
    assert raw.json() == []


def test_raw_json_of_a_non_json_body_is_a_validation_error() -> None:
    raw = RawResponse(APIResult(httpx2.Response(200, content=b"<html>"), lambda r: None, platform="nat"))
    with pytest.raises(ResponseValidationError, match="nat"):
        raw.json()


@pytest.mark.anyio
async def test_async_resource_normal_and_raw() -> None:
    async with httpx2.AsyncClient(base_url=BASE, transport=httpx2.MockTransport(handler)) as http:
        agents = AsyncAgents(http)
        agent = await agents.get("a1")
        assert agent.name == "echo"
        assert agents.parser.calls == 1

        raw = await agents.with_raw_response.get("a1")
        assert isinstance(raw, RawResponse)
        assert (raw.status_code, raw.headers["x-request-id"]) == (200, "req-1")
        assert raw.content == b'{"agent_id":"a1","name":"echo"}'
        assert raw.parse() is raw.parse()
        assert agents.parser.calls == 2

        typed = await agents.get.with_raw_response("a1")
        assert typed.parse().agent_id == "a1"
