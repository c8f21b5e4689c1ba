"""agentplug.acp.compat runs on agentplug's transport: retries, per-call options, typed errors, streams."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from agentplug.acp.compat import (
    ACPClient,
    ApiClient,
    ApiClientConfiguration,
    ConflictException,
    ServiceException,
)
from agentplug.acp.compat.models import RunCreateStateless, ThreadCreate
from pytest_httpx2 import HTTPXMock

BASE = "http://acp.test"
THREAD = str(uuid.uuid4())
RUN = str(uuid.uuid4())


def thread_json() -> dict[str, Any]:
    return {
        "thread_id": THREAD,
        "created_at": "2026-11-23T13:04:40",
        "updated_at": "2026-11-23T13:04:40",
        "status": "idle",
        "metadata": {},
    }


@pytest.fixture
def client() -> Iterator[ACPClient]:
    configuration = ApiClientConfiguration(host=BASE, api_key={"x-api-key": "secret"}, retries=2)
    with ApiClient(configuration) as api_client:
        yield ACPClient(api_client)


def test_a_read_is_retried_on_503_and_carries_the_credential(httpx2_mock: HTTPXMock, client: ACPClient) -> None:
    httpx2_mock.add_response(
        method="GET", url=f"{BASE}/threads/{THREAD}", status_code=503, headers={"Retry-After": "0"}
    )
    httpx2_mock.add_response(method="GET", url=f"{BASE}/threads/{THREAD}", json=thread_json())
    assert str(client.get_thread(THREAD).thread_id) == THREAD
    requests = httpx2_mock.get_requests()
    assert len(requests) == 2 and all(request.headers["x-api-key"] == "secret" for request in requests)


def test_a_create_is_not_repeated_on_503(httpx2_mock: HTTPXMock, client: ACPClient) -> None:
    httpx2_mock.add_response(method="POST", url=f"{BASE}/threads", status_code=503, json={"detail": "busy"})
    with pytest.raises(ServiceException) as caught:
        client.create_thread(ThreadCreate(metadata={"a": 1}))
    assert caught.value.status == 503 and caught.value.data == {"detail": "busy"}
    assert len(httpx2_mock.get_requests()) == 1  # a POST without an idempotency key is sent once


def test_per_call_options_reach_the_request(httpx2_mock: HTTPXMock, client: ACPClient) -> None:
    httpx2_mock.add_response(method="POST", url=f"{BASE}/threads", json=thread_json())
    client.create_thread(
        ThreadCreate(metadata={"a": 1}),
        _headers={"x-trace": "t1"},
        _request_auth={"in": "header", "key": "x-api-key", "value": "other"},
        _content_type="application/json; charset=utf-8",
    )
    request = httpx2_mock.get_requests()[0]
    assert request.headers["x-trace"] == "t1" and request.headers["x-api-key"] == "other"
    assert request.headers["content-type"] == "application/json; charset=utf-8"
    assert json.loads(request.content) == {"metadata": {"a": 1}}  # only what the caller set


def test_a_conflict_is_a_conflict_exception(httpx2_mock: HTTPXMock, client: ACPClient) -> None:
    httpx2_mock.add_response(method="POST", url=f"{BASE}/threads", status_code=409, json={"detail": "exists"})
    with pytest.raises(ConflictException, match="409"):
        client.create_thread({"thread_id": THREAD, "if_exists": "raise"})


def test_a_stream_yields_each_event_once_then_reads_the_final_run(httpx2_mock: HTTPXMock, client: ACPClient) -> None:
    def event(event_id: str, text: str, status: str = "pending") -> str:
        data = json.dumps({"type": "values", "run_id": RUN, "status": status, "values": {"text": text}})
        return f"id: {event_id}\nevent: agent_event\ndata: {data}\n\n"

    body = event("1", "a") + event("2", "b") + event("3", "c", "success")
    httpx2_mock.add_response(
        method="POST", url=f"{BASE}/runs/stream", content=body.encode(), headers={"content-type": "text/event-stream"}
    )
    run = {
        "run_id": RUN,
        "agent_id": str(uuid.uuid4()),
        "created_at": "2026-11-23T13:04:40",
        "updated_at": "2026-11-23T13:04:41",
        "status": "success",
        "creation": {"input": "x"},
    }
    httpx2_mock.add_response(
        method="GET",
        url=f"{BASE}/runs/{RUN}/wait",
        json={"run": run, "output": {"type": "result", "values": {"text": "c"}, "messages": []}},
    )
    httpx2_mock.add_response(method="GET", url=f"{BASE}/runs/{RUN}", json=run, is_optional=True)
    events = list(
        client.create_and_stream_stateless_run_output(RunCreateStateless(agent_id=str(uuid.uuid4()), input="x"))
    )
    assert [e.data.values["text"] for e in events] == ["a", "b", "c"]


def test_a_descriptor_that_does_not_validate(httpx2_mock: HTTPXMock, client: ACPClient) -> None:
    from agentplug.acp.compat import ACPDescriptorValidationException
    from agentplug.errors import ResponseValidationError

    agent = str(uuid.uuid4())
    httpx2_mock.add_response(method="GET", url=f"{BASE}/agents/{agent}/descriptor", json={"metadata": "nope"})
    with pytest.raises(ACPDescriptorValidationException) as caught:
        client.get_acp_descriptor_by_id(agent)
    assert isinstance(caught.value.__cause__, ResponseValidationError)
