"""Typed SSE streams (`Stream`, `AsyncStream`) over pytest-httpx2: order, laziness, closing, reconnect, errors."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager

import httpx2
import pytest
from agentplug._core._async._streaming import AsyncStream
from agentplug._core._streaming import ServerSentEvent
from agentplug._core._sync._streaming import Stream
from agentplug.errors import APIConnectionError, APITimeoutError, ResponseValidationError
from pytest_httpx2 import HTTPXMock, IteratorStream

from .bodies import BrokenBody

URL = "https://agents.example/runs/r1/stream"
SSE = {"content-type": "text/event-stream"}


def tick(n: int, *, with_id: bool = True) -> bytes:
    return (f"id: {n}\n" if with_id else "").encode() + f'event: tick\ndata: {{"n": {n}}}\n\n'.encode()


def body(numbers: Iterable[int], *, with_id: bool = True) -> bytes:
    return b"".join(tick(n, with_id=with_id) for n in numbers)


def odd_chunks(data: bytes) -> list[bytes]:
    """`data` cut at irregular sizes, so that lines, CRLFs and UTF-8 sequences straddle chunks."""
    sizes = itertools.cycle([1, 7, 3, 64, 2, 509, 13])
    chunks, start = [], 0
    while start < len(data):
        size = next(sizes)
        chunks.append(data[start : start + size])
        start += size
    return chunks


def decode_tick(event: ServerSentEvent) -> int | None:
    if event.event != "tick":
        return None  # unknown kinds are skipped
    number: int = json.loads(event.data)["n"]
    return number


def opener(client: httpx2.Client) -> Callable[[Mapping[str, str]], AbstractContextManager[httpx2.Response]]:
    return lambda headers: client.stream("GET", URL, headers=headers)


def async_opener(
    client: httpx2.AsyncClient,
) -> Callable[[Mapping[str, str]], AbstractAsyncContextManager[httpx2.Response]]:
    return lambda headers: client.stream("GET", URL, headers=headers)


# A stream with everything an event stream may hold besides the typed events.
NOISY = (
    "\ufeff".encode()
    + b": hello\r\n"
    + b"retry: 1000\r\n\r\n"
    + body(range(0, 700))
    + b"event: unknown_kind\ndata: {}\n\n"
    + b"::"  # two keep-alives written without their newline, as ACP servers do
    + body(range(700, 1400)).replace(b"\n", b"\r\n")
    + b": ping\r"
    + body(range(1400, 2000)).replace(b"\n", b"\r")
    + b"data: an incomplete event at the end is dropped\n"
)


# --- sync --------------------------------------------------------------------------------------


def test_typed_events_arrive_in_order_exactly_once(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream(odd_chunks(NOISY)))
    with httpx2.Client() as client, Stream(opener(client), decode_tick) as stream:
        assert list(stream) == list(range(2000))
        assert stream.last_event_id == "1999"
        assert stream.response.is_closed  # the end of the stream released the connection


def test_events_fed_byte_by_byte(httpx2_mock: HTTPXMock) -> None:
    data = b":" + body(range(3)).replace(b"\n", b"\r\n") + "data: \u00e9\U0001f600\n\n".encode()
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream([data[i : i + 1] for i in range(len(data))]))
    with httpx2.Client() as client, Stream(opener(client), lambda event: event) as stream:
        events = list(stream)
    assert [event.data for event in events] == ['{"n": 0}', '{"n": 1}', '{"n": 2}', "\u00e9\U0001f600"]
    assert [event.id for event in events] == ["0", "1", "2", "2"]


def test_events_are_read_as_they_arrive(httpx2_mock: HTTPXMock) -> None:
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        for n in range(100):
            sent.append(n)
            yield tick(n)

    httpx2_mock.add_response(headers=SSE, stream=IteratorStream(chunks()))
    with httpx2.Client() as client, Stream(opener(client), decode_tick) as stream:
        assert next(stream) == 0
        assert len(sent) == 1  # nothing read ahead
        assert next(stream) == 1
        assert len(sent) == 2


def test_close_early_closes_the_connection(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream(odd_chunks(body(range(50)))))
    with httpx2.Client() as client:
        stream = Stream(opener(client), decode_tick).open()
        assert [next(stream) for _ in range(3)] == [0, 1, 2]
        stream.close()
        assert stream.closed
        assert stream.response.is_closed
        assert list(stream) == []
        stream.close()  # idempotent


def test_context_manager_exposes_the_response_and_closes_on_break(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers={**SSE, "x-request-id": "req-1"}, stream=IteratorStream([body(range(10))]))
    with httpx2.Client() as client:
        with Stream(opener(client), decode_tick) as stream:
            assert stream.response.status_code == 200
            assert stream.response.headers["x-request-id"] == "req-1"
            for number in stream:
                if number == 4:
                    break
        assert stream.response.is_closed


def test_iterating_without_with_opens_lazily(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream([body(range(3))]))
    with httpx2.Client() as client:
        stream = Stream(opener(client), decode_tick)
        assert httpx2_mock.get_requests() == []
        with pytest.raises(RuntimeError):
            _ = stream.response
        assert list(stream) == [0, 1, 2]
        assert stream.response.is_closed


def test_reconnects_with_last_event_id_after_a_mid_stream_failure(httpx2_mock: HTTPXMock) -> None:
    def first(request: httpx2.Request) -> httpx2.Response:
        assert "last-event-id" not in request.headers
        chunks = odd_chunks(b"retry: 1\n\n" + body(range(5)) + b"id: 5\ndata: half an ev")
        return httpx2.Response(200, headers=SSE, stream=BrokenBody(chunks, httpx2.ReadError("connection reset")))

    def second(request: httpx2.Request) -> httpx2.Response:
        assert request.headers["last-event-id"] == "4"
        return httpx2.Response(200, headers=SSE, stream=IteratorStream(odd_chunks(body(range(5, 10)))))

    httpx2_mock.add_callback(first)
    httpx2_mock.add_callback(second)
    with httpx2.Client() as client, Stream(opener(client), decode_tick, max_reconnects=2) as stream:
        assert list(stream) == list(range(10))
    assert len(httpx2_mock.get_requests()) == 2


def test_a_resumed_stream_keeps_the_id_and_the_server_retry_delay(
    httpx2_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(time, "sleep", sleeps.append)  # the stream sleeps through time.sleep
    first = b"retry: 1500\n\n" + body(range(2))
    httpx2_mock.add_response(headers=SSE, stream=BrokenBody([first], httpx2.ReadError("reset")))
    httpx2_mock.add_response(headers=SSE, stream=BrokenBody([body([2], with_id=False)], httpx2.ReadError("reset")))
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream([body([3], with_id=False)]))
    with httpx2.Client() as client, Stream(opener(client), lambda event: event, max_reconnects=1) as stream:
        events = list(stream)
    # An event without an id keeps the last one (WHATWG): the third request still resumes from "1".
    assert [event.id for event in events] == ["0", "1", "1", "1"]
    assert [request.headers.get("last-event-id") for request in httpx2_mock.get_requests()] == [None, "1", "1"]
    assert sleeps == [1.5, 1.5]


def test_a_failed_reopen_counts_as_one_more_attempt(httpx2_mock: HTTPXMock) -> None:
    broken = BrokenBody([body(range(3))], httpx2.RemoteProtocolError("peer closed connection"))
    httpx2_mock.add_response(headers=SSE, stream=broken)
    httpx2_mock.add_exception(httpx2.ConnectError("refused"))
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream([body(range(3, 6))]))
    with httpx2.Client() as client:
        stream = Stream(opener(client), decode_tick, max_reconnects=2, reconnect_delay=0.001)
        with stream:
            assert list(stream) == list(range(6))
    assert [request.headers.get("last-event-id") for request in httpx2_mock.get_requests()] == [None, "2", "2"]


def test_reconnects_give_up_after_max_reconnects(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=BrokenBody([body(range(2))], httpx2.ReadError("reset")))
    httpx2_mock.add_exception(httpx2.ConnectError("refused"))
    httpx2_mock.add_exception(httpx2.ConnectError("refused"))
    with httpx2.Client() as client, Stream(opener(client), decode_tick, max_reconnects=2, reconnect_delay=0.001) as s:
        received = []
        with pytest.raises(APIConnectionError):
            for number in s:
                received.append(number)
    assert received == [0, 1]
    assert s.closed


def test_without_reconnect_a_broken_connection_is_an_api_connection_error(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=BrokenBody([body(range(2))], httpx2.ReadError("reset")))
    with httpx2.Client() as client, Stream(opener(client), decode_tick) as stream:
        assert next(stream) == 0
        assert next(stream) == 1
        with pytest.raises(APIConnectionError) as caught:
            next(stream)
        assert isinstance(caught.value.__cause__, httpx2.ReadError)
        assert stream.response.is_closed


def test_a_read_timeout_is_an_api_timeout_error(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=BrokenBody([], httpx2.ReadTimeout("slow")))
    with httpx2.Client() as client, Stream(opener(client), decode_tick) as stream, pytest.raises(APITimeoutError):
        next(stream)


def test_no_resume_without_an_event_id_once_events_were_delivered(httpx2_mock: HTTPXMock) -> None:
    # Reopening would replay the stream from its start: the events already seen would repeat.
    httpx2_mock.add_response(headers=SSE, stream=BrokenBody([body(range(2), with_id=False)], httpx2.ReadError("x")))
    with httpx2.Client() as client, Stream(opener(client), decode_tick, max_reconnects=3) as stream:
        assert next(stream) == 0
        assert next(stream) == 1
        with pytest.raises(APIConnectionError):
            next(stream)
    assert len(httpx2_mock.get_requests()) == 1


def test_a_clean_end_of_stream_is_not_reconnected(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream([body(range(3))]))
    with httpx2.Client() as client, Stream(opener(client), decode_tick, max_reconnects=5) as stream:
        assert list(stream) == [0, 1, 2]
    assert len(httpx2_mock.get_requests()) == 1


def test_a_malformed_event_is_a_response_validation_error_after_the_good_ones(httpx2_mock: HTTPXMock) -> None:
    data = body(range(3)) + b"event: tick\ndata: {not json\n\n" + body(range(3, 5))
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream([data]))
    with httpx2.Client() as client, Stream(opener(client), decode_tick) as stream:
        received = []
        with pytest.raises(ResponseValidationError) as caught:
            for number in stream:
                received.append(number)
        assert received == [0, 1, 2]
        assert caught.value.body == "{not json"
        assert caught.value.status_code == 200
        assert isinstance(caught.value.__cause__, json.JSONDecodeError)
        assert stream.response.is_closed


def test_a_line_over_the_limit_is_a_response_validation_error(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream(odd_chunks(body([0]) + b"data: " + b"x" * 500)))
    with httpx2.Client() as client, Stream(opener(client), decode_tick, max_line_length=100) as stream:
        assert next(stream) == 0
        with pytest.raises(ResponseValidationError, match="longer than 100"):
            next(stream)


def test_a_connection_failure_on_open_is_an_api_connection_error(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_exception(httpx2.ConnectError("refused"))
    with httpx2.Client() as client, pytest.raises(APIConnectionError):
        Stream(opener(client), decode_tick).open()


# --- async -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_typed_events_arrive_in_order_exactly_once(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream(odd_chunks(NOISY)))
    async with httpx2.AsyncClient() as client, AsyncStream(async_opener(client), decode_tick) as stream:
        assert [number async for number in stream] == list(range(2000))
        assert stream.last_event_id == "1999"
        assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_aclose_early_closes_the_connection(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream(odd_chunks(body(range(50)))))
    async with httpx2.AsyncClient() as client:
        stream = await AsyncStream(async_opener(client), decode_tick).open()
        assert [await stream.__anext__() for _ in range(3)] == [0, 1, 2]
        await stream.aclose()
        assert stream.response.is_closed
        assert [number async for number in stream] == []


@pytest.mark.anyio
async def test_async_context_manager_closes_on_break(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream([body(range(10))]))
    async with httpx2.AsyncClient() as client:
        async with AsyncStream(async_opener(client), decode_tick) as stream:
            assert stream.response.status_code == 200
            async for number in stream:
                if number == 4:
                    break
        assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_reconnects_with_last_event_id(httpx2_mock: HTTPXMock) -> None:
    def first(request: httpx2.Request) -> httpx2.Response:
        chunks = odd_chunks(b"retry: 1\n\n" + body(range(5)) + b"data: half")
        return httpx2.Response(200, headers=SSE, stream=BrokenBody(chunks, httpx2.ReadError("reset")))

    def second(request: httpx2.Request) -> httpx2.Response:
        assert request.headers["last-event-id"] == "4"
        return httpx2.Response(200, headers=SSE, stream=IteratorStream(odd_chunks(body(range(5, 10)))))

    httpx2_mock.add_callback(first)
    httpx2_mock.add_callback(second)
    async with (
        httpx2.AsyncClient() as client,
        AsyncStream(async_opener(client), decode_tick, max_reconnects=1) as stream,
    ):
        assert [number async for number in stream] == list(range(10))


@pytest.mark.anyio
async def test_async_broken_connection_without_reconnect(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=BrokenBody([body(range(2))], httpx2.ReadError("reset")))
    async with httpx2.AsyncClient() as client, AsyncStream(async_opener(client), decode_tick) as stream:
        received = []
        with pytest.raises(APIConnectionError):
            async for number in stream:
                received.append(number)
        assert received == [0, 1]
        assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_malformed_event_is_a_response_validation_error(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(headers=SSE, stream=IteratorStream([body([0]) + b"event: tick\ndata: []\n\n"]))
    async with httpx2.AsyncClient() as client, AsyncStream(async_opener(client), decode_tick) as stream:
        assert await stream.__anext__() == 0
        with pytest.raises(ResponseValidationError) as caught:
            await stream.__anext__()
        assert isinstance(caught.value.__cause__, TypeError)
