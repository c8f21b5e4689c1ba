"""The generated ACP client over (mocked) HTTP: status handling, error bodies, event streams."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterable, Iterator
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx2
import pytest
from agentplug_acp_client import Client, errors
from agentplug_acp_client._sse import SSEDecoder
from agentplug_acp_client.api.stateless_runs import (
    create_and_stream_stateless_run_output,
    create_stateless_run,
    get_stateless_run,
    resume_stateless_run,
    stream_stateless_run_output,
)
from agentplug_acp_client.api.threads import delete_thread
from agentplug_acp_client.models import (
    CustomRunResultUpdate,
    ErrorResponse,
    RunCreateStateless,
    RunOutputStream,
    RunStateless,
    ValidationErrorItem,
    ValueRunErrorUpdate,
    ValueRunInterruptUpdate,
    ValueRunResultUpdate,
)
from agentplug_acp_client.types import UNSET
from pytest_httpx2 import HTTPXMock, IteratorStream

BASE_URL = "http://acp.test"
RUN_ID = UUID("6f0d1c2b-3a4e-4f5a-8b6c-7d8e9f0a1b2c")
AGENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

RUN = {
    "run_id": str(RUN_ID),
    "agent_id": AGENT_ID,
    "created_at": "2026-11-23T13:04:40.803935",
    "updated_at": "2026-11-23T13:04:40.803935",
    "status": "pending",
    "creation": {"agent_id": AGENT_ID, "input": "hello"},
}


# --------------------------------------------------------------------------------------------
# Status codes and error bodies
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [520, 499])
def test_undocumented_non_iana_status_is_returned_not_raised(httpx2_mock: HTTPXMock, status: int) -> None:
    httpx2_mock.add_response(
        method="GET", url=f"{BASE_URL}/runs/{RUN_ID}", status_code=status, text="<html>origin error</html>"
    )
    with Client(base_url=BASE_URL) as client:
        response = get_stateless_run.sync_detailed(RUN_ID, client=client)
    assert response.status_code == status
    assert type(response.status_code) is int
    assert response.parsed is None
    assert response.content == b"<html>origin error</html>"


def test_undocumented_status_raises_when_asked_to(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="GET", url=f"{BASE_URL}/runs/{RUN_ID}", status_code=520, text="oops")
    with (
        Client(base_url=BASE_URL, raise_on_unexpected_status=True) as client,
        pytest.raises(errors.UnexpectedStatus) as raised,
    ):
        get_stateless_run.sync_detailed(RUN_ID, client=client)
    assert raised.value.status_code == 520
    assert raised.value.content == b"oops"


def test_documented_200_parses_into_the_model(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="GET", url=f"{BASE_URL}/runs/{RUN_ID}", json=RUN, is_reusable=True)
    with Client(base_url=BASE_URL) as client:
        response = get_stateless_run.sync_detailed(RUN_ID, client=client)
        run = get_stateless_run.sync(RUN_ID, client=client)
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, RunStateless)
    assert isinstance(run, RunStateless)
    assert run.run_id == str(RUN_ID)
    assert run.creation.input_ == "hello"
    assert run.to_dict() == RUN


def test_documented_404_parses_into_error_response(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="GET",
        url=f"{BASE_URL}/runs/{RUN_ID}",
        status_code=404,
        json={"detail": f"Run with ID {RUN_ID} not found"},
    )
    with Client(base_url=BASE_URL) as client:
        response = get_stateless_run.sync_detailed(RUN_ID, client=client)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.detail == f"Run with ID {RUN_ID} not found"


def test_documented_422_parses_validation_errors(httpx2_mock: HTTPXMock) -> None:
    body = {"detail": [{"loc": ["body", "input"], "msg": "bad", "type": "value_error"}]}
    httpx2_mock.add_response(method="GET", url=f"{BASE_URL}/runs/{RUN_ID}", status_code=422, json=body)
    with Client(base_url=BASE_URL) as client:
        response = get_stateless_run.sync_detailed(RUN_ID, client=client)
    assert response.status_code == 422
    assert isinstance(response.parsed, ErrorResponse)
    detail = response.parsed.detail
    assert isinstance(detail, list)
    assert all(isinstance(item, ValidationErrorItem) for item in detail)
    assert [(item.loc, item.msg, item.type_) for item in detail] == [(["body", "input"], "bad", "value_error")]


@pytest.mark.anyio
async def test_async_undocumented_status_is_returned(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="GET", url=f"{BASE_URL}/runs/{RUN_ID}", status_code=520)
    async with Client(base_url=BASE_URL) as client:
        response = await get_stateless_run.asyncio_detailed(RUN_ID, client=client)
    assert response.status_code == 520
    assert response.parsed is None


# --------------------------------------------------------------------------------------------
# Request side
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["hello", 42, 3.5, True, [1, "a"], {"question": "?"}])
def test_create_stateless_run_sends_the_body_as_json(httpx2_mock: HTTPXMock, value: Any) -> None:
    body = {"agent_id": AGENT_ID, "input": value, "metadata": {"k": "v"}, "stream_mode": None}
    httpx2_mock.add_response(method="POST", url=f"{BASE_URL}/runs", json={**RUN, "creation": body})
    with Client(base_url=BASE_URL, headers={"x-api-key": "secret"}) as client:
        response = create_stateless_run.sync_detailed(client=client, body=RunCreateStateless.from_dict(body))
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.method == "POST"
    assert request.url == f"{BASE_URL}/runs"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-api-key"] == "secret"
    sent = json.loads(request.content)
    assert sent == body
    assert type(sent["input"]) is type(value)
    assert isinstance(response.parsed, RunStateless)
    assert response.parsed.creation.input_ == value


@pytest.mark.parametrize("value", ["yes", 0, False, 2.5, [1, "a"], {"approved": True}])
def test_resume_sends_a_bare_scalar_payload(httpx2_mock: HTTPXMock, value: Any) -> None:
    httpx2_mock.add_response(method="POST", url=f"{BASE_URL}/runs/{RUN_ID}", json=RUN)
    with Client(base_url=BASE_URL) as client:
        response = resume_stateless_run.sync_detailed(RUN_ID, client=client, body=value)
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.headers["content-type"] == "application/json"
    sent = json.loads(request.content)
    assert sent == value
    assert type(sent) is type(value)
    assert isinstance(response.parsed, RunStateless)


def test_delete_answered_with_200_null_is_not_an_error_by_default(httpx2_mock: HTTPXMock) -> None:
    # the spec documents 204, and says some servers answer 200 with a `null` body
    httpx2_mock.add_response(method="DELETE", url=f"{BASE_URL}/threads/{RUN_ID}", json=None, content=b"null")
    with Client(base_url=BASE_URL) as client:
        response = delete_thread.sync_detailed(RUN_ID, client=client)
    assert response.status_code == 200
    assert response.parsed is None


def test_delete_answered_with_204(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="DELETE", url=f"{BASE_URL}/threads/{RUN_ID}", status_code=204)
    with Client(base_url=BASE_URL, raise_on_unexpected_status=True) as client:
        response = delete_thread.sync_detailed(RUN_ID, client=client)
    assert response.status_code == HTTPStatus.NO_CONTENT
    assert response.parsed is None


def test_path_parameters_are_quoted(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="GET", url=f"{BASE_URL}/runs/a%2Fb%3Fc", status_code=404, json={"detail": "no"})
    with Client(base_url=BASE_URL) as client:
        response = get_stateless_run.sync_detailed("a/b?c", client=client)  # type: ignore[arg-type]
    assert response.status_code == 404


# --------------------------------------------------------------------------------------------
# Event streams
# --------------------------------------------------------------------------------------------


def _data(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


VALUES = {"type": "values", "run_id": str(RUN_ID), "status": "pending", "values": {"answer": "4", "steps": [1, 2]}}
CUSTOM = {"type": "custom", "run_id": str(RUN_ID), "status": "pending", "update": {"token": "h\u00e9"}}
INTERRUPT = {"type": "interrupt", "run_id": str(RUN_ID), "status": "interrupted", "interrupt": {"approve": "?"}}
ERROR = {"type": "error", "run_id": str(RUN_ID), "status": "error", "errcode": 500, "description": "boom"}

_values_json = json.dumps(VALUES, indent=None)
_cut = _values_json.index('"values"')
BODY = (
    ": stream opened\n\n"
    "id: 1\n"
    "event: agent_event\n"
    # one JSON document split over two data lines
    f"data: {_values_json[:_cut]}\n"
    f"data: {_values_json[_cut:]}\n"
    "\n"
    ": keep-alive\n"
    "id: 2\r\n"  # CRLF line endings in one event
    "event: agent_event\r\n"
    f"data: {_data(CUSTOM)}\r\n"
    "\r\n"
    ":"  # a keep-alive written without its newline ...
    "id: 7\n"  # ... turns this line into `:id: 7`
    "event: agent_event\n"
    f"data: {_data(INTERRUPT)}\n"
    "\n"
    ": keep-alive\n\n"
    "id: 8\n"
    "event: agent_event\n"
    f"data: {_data(ERROR)}\n"
    "\n"
).encode()

EXPECTED_EVENTS = [
    ("1", ValueRunResultUpdate, VALUES),
    ("2", CustomRunResultUpdate, CUSTOM),
    ("7", ValueRunInterruptUpdate, INTERRUPT),
    ("8", ValueRunErrorUpdate, ERROR),
]


def _chunks(body: bytes) -> list[bytes]:
    """Chunks of 1, 3, 5 ... 13 bytes, cycling, also cut inside a CRLF, inside a two-byte
    character and right after the stray keep-alive colon."""
    cuts, position, size = set(), 0, 1
    while position < len(body):
        cuts.add(position)
        position += size
        size = size + 2 if size < 13 else 1
    cuts.add(body.index(b"\r\n") + 1)
    cuts.add(body.index("\u00e9".encode()) + 1)
    cuts.add(body.index(b"\n:id: 7") + 2)
    ordered = [*sorted(cuts), len(body)]
    return [body[start:end] for start, end in itertools.pairwise(ordered)]


CHUNKS = _chunks(BODY)


def test_the_chunking_splits_what_it_should() -> None:
    assert b"".join(CHUNKS) == BODY
    assert len(CHUNKS) > 40
    assert any(chunk.endswith(b"\r") for chunk in CHUNKS)
    assert any(chunk.endswith("\u00e9".encode()[:1]) for chunk in CHUNKS)
    assert any(chunk.endswith(b"\n:") for chunk in CHUNKS)


@pytest.fixture
def fed_chunks(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every chunk the stream functions hand their decoder (to prove the body arrived in pieces)."""
    seen: list[bytes] = []

    class RecordingDecoder(SSEDecoder):
        def feed(self, chunk: bytes) -> Any:
            seen.append(chunk)
            return super().feed(chunk)

    for module in (create_and_stream_stateless_run_output, stream_stateless_run_output):
        monkeypatch.setattr(module, "SSEDecoder", RecordingDecoder)
    return seen


def _check_events(events: list[RunOutputStream]) -> None:
    assert [type(event) for event in events] == [RunOutputStream] * len(EXPECTED_EVENTS)
    assert [(event.id, type(event.data), event.data.to_dict()) for event in events] == EXPECTED_EVENTS
    assert all(event.event == "agent_event" for event in events)
    assert isinstance(events[0].data, ValueRunResultUpdate)
    assert events[0].data.values == VALUES["values"]
    assert isinstance(events[2].data, ValueRunInterruptUpdate)
    assert events[2].data.interrupt == {"approve": "?"}
    assert isinstance(events[3].data, ValueRunErrorUpdate)
    assert (events[3].data.errcode, events[3].data.description) == (500, "boom")


def _stream_response(httpx2_mock: HTTPXMock, method: str, url: str, chunks: Iterable[bytes]) -> None:
    httpx2_mock.add_response(
        method=method,
        url=url,
        headers={"content-type": "text/event-stream"},
        stream=IteratorStream(chunks),
    )


def test_stream_decodes_every_event_once_in_order(httpx2_mock: HTTPXMock, fed_chunks: list[bytes]) -> None:
    _stream_response(httpx2_mock, "POST", f"{BASE_URL}/runs/stream", CHUNKS)
    body = RunCreateStateless.from_dict({"agent_id": AGENT_ID, "input": "hi", "stream_mode": "values"})
    with Client(base_url=BASE_URL) as client:
        events = list(create_and_stream_stateless_run_output.stream(body=body, client=client))
    _check_events(events)
    assert fed_chunks == CHUNKS
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.headers["accept"] == "text/event-stream"
    assert json.loads(request.content) == {"agent_id": AGENT_ID, "input": "hi", "stream_mode": "values"}


@pytest.mark.anyio
async def test_astream_decodes_every_event_once_in_order(httpx2_mock: HTTPXMock, fed_chunks: list[bytes]) -> None:
    _stream_response(httpx2_mock, "POST", f"{BASE_URL}/runs/stream", CHUNKS)
    body = RunCreateStateless.from_dict({"agent_id": AGENT_ID, "input": 42})
    async with Client(base_url=BASE_URL) as client:
        events = [event async for event in create_and_stream_stateless_run_output.astream(body=body, client=client)]
    _check_events(events)
    assert fed_chunks == CHUNKS
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.headers["accept"] == "text/event-stream"


def test_get_stream_decodes_every_event_once_in_order(httpx2_mock: HTTPXMock, fed_chunks: list[bytes]) -> None:
    _stream_response(httpx2_mock, "GET", f"{BASE_URL}/runs/{RUN_ID}/stream", CHUNKS)
    with Client(base_url=BASE_URL) as client:
        events = list(stream_stateless_run_output.stream(RUN_ID, client=client))
    _check_events(events)
    assert fed_chunks == CHUNKS


def test_stream_in_one_chunk_gives_the_same_events(httpx2_mock: HTTPXMock) -> None:
    _stream_response(httpx2_mock, "GET", f"{BASE_URL}/runs/{RUN_ID}/stream", [BODY])
    with Client(base_url=BASE_URL) as client:
        events = list(stream_stateless_run_output.stream(RUN_ID, client=client))
    _check_events(events)


def test_stream_events_are_yielded_as_they_arrive(httpx2_mock: HTTPXMock) -> None:
    parts = [part + b"\n\n" for part in BODY.split(b"\n\n") if part]
    produced: list[int] = []

    def body() -> Iterator[bytes]:
        for index, part in enumerate(parts):
            produced.append(index)
            yield part

    _stream_response(httpx2_mock, "GET", f"{BASE_URL}/runs/{RUN_ID}/stream", body())
    with Client(base_url=BASE_URL) as client:
        iterator = stream_stateless_run_output.stream(RUN_ID, client=client)
        first = next(iterator)
        assert first.id == "1"
        assert len(produced) < len(parts)  # the rest of the body was not read yet
        assert len(list(iterator)) == len(EXPECTED_EVENTS) - 1
    assert len(produced) == len(parts)


def test_event_without_id_or_event_field_is_accepted(httpx2_mock: HTTPXMock) -> None:
    # the spec: servers can lose the id (and a client sees the SSE default type `message`
    # when there is no `event` field)
    _stream_response(httpx2_mock, "GET", f"{BASE_URL}/runs/{RUN_ID}/stream", [f"data: {_data(VALUES)}\n\n".encode()])
    with Client(base_url=BASE_URL) as client:
        (event,) = list(stream_stateless_run_output.stream(RUN_ID, client=client))
    assert event.id is UNSET
    assert event.event == "message"
    assert isinstance(event.data, ValueRunResultUpdate)


def test_empty_stream_yields_nothing(httpx2_mock: HTTPXMock) -> None:
    _stream_response(httpx2_mock, "GET", f"{BASE_URL}/runs/{RUN_ID}/stream", [b": bye\n\n"])
    with Client(base_url=BASE_URL) as client:
        assert list(stream_stateless_run_output.stream(RUN_ID, client=client)) == []


def test_stream_with_non_200_status_raises_unexpected_status(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="POST", url=f"{BASE_URL}/runs/stream", status_code=404, json={"detail": "Agent not found"}
    )
    with Client(base_url=BASE_URL) as client, pytest.raises(errors.UnexpectedStatus) as raised:
        list(create_and_stream_stateless_run_output.stream(body=RunCreateStateless.from_dict({}), client=client))
    assert raised.value.status_code == 404
    assert json.loads(raised.value.content) == {"detail": "Agent not found"}


def test_get_stream_with_non_200_status_raises_unexpected_status(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="GET", url=f"{BASE_URL}/runs/{RUN_ID}/stream", status_code=404, json={"detail": "no run"}
    )
    with Client(base_url=BASE_URL) as client, pytest.raises(errors.UnexpectedStatus) as raised:
        list(stream_stateless_run_output.stream(RUN_ID, client=client))
    assert raised.value.status_code == 404


@pytest.mark.anyio
async def test_astream_with_non_200_status_raises_unexpected_status(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="POST", url=f"{BASE_URL}/runs/stream", status_code=404, json={"detail": "Agent not found"}
    )

    async def consume() -> AsyncIterator[RunOutputStream]:
        body = RunCreateStateless.from_dict({})
        async with Client(base_url=BASE_URL) as client:
            async for event in create_and_stream_stateless_run_output.astream(body=body, client=client):
                yield event

    with pytest.raises(errors.UnexpectedStatus) as raised:
        async for _ in consume():
            pass
    assert raised.value.status_code == 404
    assert b"Agent not found" in raised.value.content


def test_sync_detailed_on_a_stream_operation_does_not_parse_the_stream(httpx2_mock: HTTPXMock) -> None:
    _stream_response(httpx2_mock, "POST", f"{BASE_URL}/runs/stream", [BODY])
    with Client(base_url=BASE_URL) as client:
        response = create_and_stream_stateless_run_output.sync_detailed(
            body=RunCreateStateless.from_dict({}), client=client
        )
    assert response.status_code == 200
    assert response.parsed is None
    assert response.content == BODY


def test_request_kwargs_describe_the_request_that_sync_detailed_sends(httpx2_mock: HTTPXMock) -> None:
    from agentplug_acp_client.api.thread_runs import cancel_thread_run

    thread_id, run_id = UUID(int=1), UUID(int=2)
    kwargs = cancel_thread_run.request_kwargs(thread_id, run_id, wait=True)
    assert kwargs["method"] == "post"
    assert kwargs["url"] == f"/threads/{thread_id}/runs/{run_id}/cancel"
    assert kwargs["params"] == {"wait": True}  # no spec default goes on the wire

    httpx2_mock.add_response(status_code=204)
    client = Client(base_url="http://acp.test")
    cancel_thread_run.sync_detailed(thread_id, run_id, client=client, wait=True)
    sent = httpx2_mock.get_request()
    assert sent is not None
    built = httpx2.Client(base_url="http://acp.test").build_request(**kwargs)
    assert (sent.method, sent.url) == (built.method, built.url)
