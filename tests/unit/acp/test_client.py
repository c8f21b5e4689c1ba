"""The ACP client against scripted answers (pytest-httpx2): what real servers do that the sandbox doesn't.

The reference server has no terminal stream event, breaks its keep-alive, implements `/wait` but
not cancel, answers errors as `{"detail": ...}`; the spec declares a bare string. Each case here
is one of those behaviours.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from agentplug._core._environment import environment_arguments
from agentplug._core._http import HTTPSettings
from agentplug.acp import ACP, RunFinished, RunStatus, ValueRunResultUpdate
from agentplug.acp._settings import ACP_ENV
from agentplug.acp._wire import wait_not_supported
from agentplug.errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    ResponseValidationError,
)
from pytest_httpx2 import HTTPXMock

BASE = "http://acp.test"
AGENT = str(uuid.uuid4())
RUN = str(uuid.uuid4())


def run_json(status: str = "pending", run_id: str = RUN) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "agent_id": AGENT,
        "created_at": "2026-11-23T13:04:40.803935",  # no offset, as the reference server sends
        "updated_at": "2026-11-23T13:04:41.000001",
        "status": status,
        "creation": {"agent_id": AGENT, "input": "hi"},
    }


def values_event(text: str, event_id: str | None = None, status: str = "pending") -> str:
    data = json.dumps({"type": "values", "run_id": RUN, "status": status, "values": {"text": text}})
    head = f"id: {event_id}\n" if event_id else ""
    return f"{head}event: agent_event\ndata: {data}\n\n"


@pytest.fixture
def client() -> Iterator[ACP]:
    with ACP(base_url=BASE, api_key="k", max_retries=0) as acp:
        yield acp


def test_wait_falls_back_to_polling_when_the_server_lacks_it(httpx2_mock: HTTPXMock, client: ACP) -> None:
    httpx2_mock.add_response(
        method="GET", url=f"{BASE}/runs/{RUN}/wait", status_code=500, json={"detail": "Not implemented"}
    )
    httpx2_mock.add_response(method="GET", url=f"{BASE}/runs/{RUN}", json=run_json("pending"))
    httpx2_mock.add_response(method="GET", url=f"{BASE}/runs/{RUN}", json=run_json("success"))
    run = client.runs.wait(RUN, timeout=10)
    assert run.status == RunStatus.SUCCESS and run.output is None


def test_create_and_wait_falls_back_to_create_then_poll(httpx2_mock: HTTPXMock, client: ACP) -> None:
    httpx2_mock.add_response(method="POST", url=f"{BASE}/runs/wait", status_code=501, text="no")
    httpx2_mock.add_response(method="POST", url=f"{BASE}/runs", json=run_json("pending"))
    httpx2_mock.add_response(method="GET", url=f"{BASE}/runs/{RUN}/wait", status_code=405, text="no")
    httpx2_mock.add_response(method="GET", url=f"{BASE}/runs/{RUN}", json=run_json("interrupted"))
    run = client.runs.create_and_wait(agent_id=AGENT, input="hi")
    assert run.is_interrupted
    posted = [json.loads(r.content) for r in httpx2_mock.get_requests(method="POST")]
    assert posted[0] == posted[1] == {"agent_id": AGENT, "input": "hi"}


def test_a_404_from_wait_is_not_mistaken_for_a_missing_endpoint(httpx2_mock: HTTPXMock, client: ACP) -> None:
    httpx2_mock.add_response(url=f"{BASE}/runs/{RUN}/wait", status_code=404, json={"detail": f"Run {RUN} not found"})
    with pytest.raises(NotFoundError, match="not found"):
        client.runs.wait(RUN)


def test_wait_asks_again_while_the_server_answers_pending(httpx2_mock: HTTPXMock, client: ACP) -> None:
    httpx2_mock.add_response(url=f"{BASE}/runs/{RUN}/wait", json={"run": run_json("pending")})
    httpx2_mock.add_response(
        url=f"{BASE}/runs/{RUN}/wait",
        json={"run": run_json("success"), "output": {"type": "result", "values": [1, 2]}},
    )
    assert client.runs.wait(RUN).values == [1, 2]


def test_stream_without_a_terminal_event_ends_with_the_final_run(httpx2_mock: HTTPXMock, client: ACP) -> None:
    # The reference server: every update says pending, the stream just closes, the broken
    # keep-alive (a lone ":" with no newline) swallows the next event's id line.
    body = values_event("a", "1") + ":" + values_event("ab", "2") + values_event("abc", "3")
    httpx2_mock.add_response(
        method="POST", url=f"{BASE}/runs/stream", text=body, headers={"content-type": "text/event-stream"}
    )
    httpx2_mock.add_response(
        url=f"{BASE}/runs/{RUN}/wait",
        json={"run": run_json("success"), "output": {"type": "result", "values": {"text": "abc"}}},
    )
    with client.runs.create_and_stream(agent_id=AGENT, input="abc") as stream:
        events = list(stream)
    *updates, final = events
    assert [u.values["text"] for u in updates if isinstance(u, ValueRunResultUpdate)] == ["a", "ab", "abc"]
    assert isinstance(final, RunFinished) and final.status == RunStatus.SUCCESS
    assert final.run is not None and final.run.values == {"text": "abc"}


def test_multi_line_data_is_joined_not_lost(httpx2_mock: HTTPXMock, client: ACP) -> None:
    body = (
        'id: 1\nevent: agent_event\ndata: {"type": "values",\ndata:  "run_id": "' + RUN + '",\n'
        'data: "status": "success", "values": "line one\\nline two"}\n\n'
    )
    httpx2_mock.add_response(url=f"{BASE}/runs/{RUN}/stream", text=body, headers={"content-type": "text/event-stream"})
    httpx2_mock.add_response(url=f"{BASE}/runs/{RUN}/wait", json={"run": run_json("success")})
    with client.runs.stream(RUN) as stream:
        first, final = list(stream)
    assert isinstance(first, ValueRunResultUpdate) and first.values == "line one\nline two"
    assert isinstance(final, RunFinished) and final.status == RunStatus.SUCCESS


class _BreaksAfter(httpx2.SyncByteStream):
    """A body that delivers `text`, then loses the connection."""

    def __init__(self, text: str) -> None:
        self._text = text

    def __iter__(self) -> Iterator[bytes]:
        yield self._text.encode()
        raise httpx2.RemoteProtocolError("peer closed connection without sending complete message body")


def test_a_broken_stream_resumes_by_joining_from_the_last_event_id(httpx2_mock: HTTPXMock, client: ACP) -> None:
    sse = {"content-type": "text/event-stream"}
    httpx2_mock.add_callback(
        lambda request: httpx2.Response(
            200, headers=sse, stream=_BreaksAfter(values_event("a", "1") + values_event("ab", "2"))
        ),
        method="POST",
        url=f"{BASE}/runs/stream",
    )
    httpx2_mock.add_response(method="GET", url=f"{BASE}/runs/{RUN}/stream", text=values_event("abc", "3"), headers=sse)
    httpx2_mock.add_response(method="GET", url=f"{BASE}/runs/{RUN}/wait", json={"run": run_json("success")})
    with client.runs.create_and_stream(agent_id=AGENT, input="abc") as stream:
        texts = [event.values["text"] for event in stream if isinstance(event, ValueRunResultUpdate)]
    assert texts == ["a", "ab", "abc"]  # each once: no second POST, no replay
    join = httpx2_mock.get_request(method="GET", url=f"{BASE}/runs/{RUN}/stream")
    assert join is not None and join.headers["last-event-id"] == "2"
    assert len(httpx2_mock.get_requests(method="POST")) == 1


def test_a_stream_broken_before_any_event_is_not_posted_again(httpx2_mock: HTTPXMock, client: ACP) -> None:
    httpx2_mock.add_callback(
        lambda request: httpx2.Response(200, headers={"content-type": "text/event-stream"}, stream=_BreaksAfter("")),
        method="POST",
        url=f"{BASE}/runs/stream",
    )
    with pytest.raises(APIConnectionError), client.runs.create_and_stream(agent_id=AGENT, input="x") as stream:
        list(stream)
    assert len(httpx2_mock.get_requests(method="POST")) == 1


def test_error_bodies_of_real_servers_and_of_the_spec(httpx2_mock: HTTPXMock, client: ACP) -> None:
    httpx2_mock.add_response(url=f"{BASE}/runs/{RUN}", status_code=404, json={"detail": f"Run with ID {RUN} not found"})
    httpx2_mock.add_response(url=f"{BASE}/runs/{RUN}", status_code=500, json="Not implemented")
    with pytest.raises(NotFoundError, match="not found"):
        client.runs.get(RUN)
    with pytest.raises(InternalServerError, match="Not implemented"):
        client.runs.get(RUN)


def test_a_body_that_is_not_a_run_is_a_validation_error(httpx2_mock: HTTPXMock, client: ACP) -> None:
    httpx2_mock.add_response(url=f"{BASE}/runs/{RUN}", json={"run_id": RUN})
    httpx2_mock.add_response(url=f"{BASE}/agents/search", method="POST", json={"not": "a list"})
    with pytest.raises(ResponseValidationError):
        client.runs.get(RUN)
    with pytest.raises(ResponseValidationError):
        list(client.agents.search(name="x"))


def test_thread_delete_accepts_the_reference_servers_200_null(httpx2_mock: HTTPXMock, client: ACP) -> None:
    thread = str(uuid.uuid4())
    httpx2_mock.add_response(method="DELETE", url=f"{BASE}/threads/{thread}", json=None)
    assert client.threads.delete(thread) is None


def test_cancel_sends_action_and_wait(httpx2_mock: HTTPXMock, client: ACP) -> None:
    httpx2_mock.add_response(method="POST", url=f"{BASE}/runs/{RUN}/cancel?action=rollback&wait=true", status_code=204)
    client.runs.cancel(RUN, action="rollback", wait=True)
    httpx2_mock.add_response(method="POST", url=f"{BASE}/runs/{RUN}/cancel", status_code=204)
    client.runs.cancel(RUN)  # only what the caller set: the server's defaults apply
    with pytest.raises(ConfigurationError, match="action"):
        client.runs.cancel(RUN, action="explode")  # type: ignore[arg-type]


def test_credentials_go_in_the_configured_headers(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(url=f"{BASE}/agents/{AGENT}", json={"agent_id": AGENT, "metadata": {}}, status_code=404)
    with ACP(base_url=BASE, api_key="secret", api_key_header="X-Custom-Key", bearer_token="tok", max_retries=0) as acp:
        with pytest.raises(NotFoundError):
            acp.agents.get(AGENT)
        assert "secret" not in repr(acp)
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.headers["x-custom-key"] == "secret" and request.headers["authorization"] == "Bearer tok"
    assert "x-api-key" not in request.headers


def test_your_own_http_client_gets_the_credentials(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(url=f"{BASE}/runs/{RUN}", json=run_json("success"))
    with httpx2.Client() as own, ACP(base_url=BASE, api_key="k2", http_client=own) as acp:
        assert acp.runs.get(RUN).status == RunStatus.SUCCESS
    request = httpx2_mock.get_request()
    assert request is not None and request.headers["x-api-key"] == "k2"


def test_configuration_from_an_environment_prefix() -> None:
    env = {
        "MY_HOST": "http://h:1",
        "MY_API_KEY": "k",
        "MY_RETRIES": "5",
        "MY_TIMEOUT": "2.5",
        "MY_SSL_CA_CERT": "/ca.pem",
    }
    assert environment_arguments(ACP_ENV, "MY_", env) == {
        "base_url": "http://h:1",
        "api_key": "k",
        "http_settings": HTTPSettings(verify="/ca.pem"),
        "max_retries": 5,
        "timeout": 2.5,
    }
    with pytest.raises(ConfigurationError, match="MY_RETRIES"):
        environment_arguments(ACP_ENV, "MY_", {"MY_BASE_URL": "http://h", "MY_RETRIES": "many"})
    with pytest.raises(ConfigurationError, match="MY_BASE_URL"):
        environment_arguments(ACP_ENV, "MY_", {})


def test_from_env_builds_a_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACPX_BASE_URL", "http://from-env:9")
    with ACP.from_env("ACPX_", max_retries=0) as acp:
        assert acp.base_url == "http://from-env:9"


def test_environment_variables_of_the_default_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACP_BASE_URL", "http://default-env:7/")
    monkeypatch.delenv("ACP_API_KEY", raising=False)
    with ACP() as acp:
        assert acp.base_url == "http://default-env:7"
    monkeypatch.delenv("ACP_BASE_URL")
    with pytest.raises(ConfigurationError, match="ACP_BASE_URL"):
        ACP()


def test_only_405_501_and_not_implemented_500_mean_no_wait_endpoint() -> None:
    def error(status: int, text: str) -> APIStatusError:
        return APIStatusError(text, status_code=status)

    assert wait_not_supported(error(405, "Method Not Allowed"))
    assert wait_not_supported(error(501, "x"))
    assert wait_not_supported(error(500, "Not implemented"))
    assert not wait_not_supported(error(500, "database down"))
    assert not wait_not_supported(error(404, "Run not found"))


def test_ca_cert_data_builds_a_context_that_trusts_only_it() -> None:
    import ssl

    import trustme
    from agentplug.acp._settings import trust_only

    authority = trustme.CA()
    context = trust_only(authority.cert_pem.bytes().decode())
    assert isinstance(context, ssl.SSLContext) and context.verify_mode == ssl.CERT_REQUIRED
    assert len(context.get_ca_certs()) == 1
    with pytest.raises(ConfigurationError, match="ca_cert_data"):
        trust_only("not a certificate")


def test_open_events_starts_a_run_from_its_body_or_joins_one_by_id(httpx2_mock: HTTPXMock, client: ACP) -> None:
    # What AsyncRunStream / RunStream connect with: the response, its body not read yet.
    sse = {"content-type": "text/event-stream"}
    httpx2_mock.add_response(method="POST", url=f"{BASE}/runs/stream", text=values_event("a", "1"), headers=sse)
    httpx2_mock.add_response(method="GET", url=f"{BASE}/runs/{RUN}/stream", text=values_event("b", "2"), headers=sse)
    started = client.runs.open_events(body=b'{"agent_id":"x"}')
    try:
        assert started.read().startswith(b"id: 1")
    finally:
        started.close()
    joined = client.runs.open_events(RUN, headers={"Last-Event-ID": "1"})
    joined.close()
    posted, got = httpx2_mock.get_requests()
    assert posted.content == b'{"agent_id":"x"}' and posted.headers["content-type"] == "application/json"
    assert got.headers["last-event-id"] == "1"
    with pytest.raises(ConfigurationError, match="run_id"):
        client.runs.open_events()
