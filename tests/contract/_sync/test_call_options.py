# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Per-call options, raw and streaming responses: the same on every platform, over loopback."""

from __future__ import annotations

import json
from typing import Any

import pytest
from agentplug._core._http import HTTPSettings
from agentplug._core._options import use_options
from agentplug._core._response import RawResponse
from agentplug.errors import InvalidArgumentError

from ..conftest import Target
from ._platforms import CLIENTS, Recorder, json_call, one_call, paged_call, streamed_call

pytestmark = pytest.mark.anyio


def _client(target: Target, recorder: Recorder) -> Any:
    return CLIENTS[target.platform](**target.arguments, http_settings=HTTPSettings(transport=recorder))


def test_per_call_options_reach_the_wire(target: Target) -> None:
    recorder = Recorder()
    with _client(target, recorder) as client:
        owner, name, args, kwargs = one_call(target.platform, client)
        options = {"extra_headers": {"X-Trace": "t1"}, "extra_query": {"trace": "1"}, "timeout": 12.5}
        with use_options(timeout=0.5):  # the explicit per-call timeout wins
            getattr(owner, name)(*args, **kwargs, **options)
        getattr(owner, name)(*args, **kwargs)
    explicit, plain = recorder.requests
    assert explicit.headers["X-Trace"] == "t1"
    assert explicit.url.params["trace"] == "1"
    assert explicit.extensions["timeout"]["read"] == 12.5
    assert explicit.headers[target.credential_header[0]] == target.credential_header[1]
    assert "X-Trace" not in plain.headers and "trace" not in plain.url.params


def test_extra_body_merges_into_a_json_body_and_is_refused_without_one(target: Target) -> None:
    recorder = Recorder()
    with _client(target, recorder) as client:
        owner, name, args, kwargs = one_call(target.platform, client)
        with pytest.raises(InvalidArgumentError, match="extra_body"):
            getattr(owner, name)(*args, **kwargs, extra_body={"x": 1})
        assert recorder.requests == []  # refused before sending
        json_call(target.platform, client, extra_body={"metadata_extra": 1})
    assert json.loads(recorder.requests[0].content)["metadata_extra"] == 1


def test_raw_response_of_a_call(target: Target) -> None:
    with CLIENTS[target.platform](**target.arguments) as client:
        owner, name, args, kwargs = one_call(target.platform, client)
        direct = getattr(owner, name)(*args, **kwargs)
        raw = getattr(owner.with_raw_response, name)(*args, **kwargs, extra_headers={"X-A": "1"})
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.http_response.request.headers["X-A"] == "1"
    assert type(raw.parse()) is type(direct)
    assert raw.json() is not None or raw.content == b"null"


def test_streaming_response_of_a_call(target: Target) -> None:
    recorder = Recorder()
    with _client(target, recorder) as client:
        owner, name, args, kwargs = one_call(target.platform, client)
        direct = getattr(owner, name)(*args, **kwargs)
        with getattr(owner.with_streaming_response, name)(*args, **kwargs) as response:
            assert response.status_code == 200
            assert not response.http_response.is_stream_consumed
            body = b"".join([chunk for chunk in response.iter_bytes()])
        with getattr(owner.with_streaming_response, name)(*args, **kwargs) as response:
            parsed = response.parse()
    assert json.loads(body) is not None or body == b"null"
    assert type(parsed) is type(direct)
    assert len(recorder.requests) == 3  # parse() builds the result from the response it has


@pytest.mark.parametrize("form", ["raw", "streaming"])
def test_raw_and_streaming_forms_of_a_pager(target: Target, form: str) -> None:
    recorder = Recorder()
    with _client(target, recorder) as client:
        call = paged_call(target.platform, client)
        if call is None:
            assert target.platform == "nat"  # NAT lists nothing
            return
        owner, name, args, kwargs = call
        expected = [repr(item) for item in getattr(owner, name)(*args, **kwargs)]
        before = len(recorder.requests)
        if form == "raw":
            raw = getattr(owner.with_raw_response, name)(*args, **kwargs, extra_headers={"X-P": "1"})
            assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
            pager = raw.parse()
        else:
            with getattr(owner.with_streaming_response, name)(*args, **kwargs, extra_headers={"X-P": "1"}) as r:
                assert r.status_code == 200
                pager = r.parse()
        assert [repr(item) for item in pager] == expected
    fetched = recorder.requests[before:]
    assert len(fetched) == before  # the same pages as the plain listing, the first one not fetched twice
    assert all(request.headers["X-P"] == "1" for request in fetched)


def test_raw_and_streaming_forms_of_an_event_stream(target: Target) -> None:
    recorder = Recorder()
    with _client(target, recorder) as client:
        call = streamed_call(target.platform, client)
        if call is None:
            assert target.platform in ("prefactor", "moderately")  # they stream no events
            return
        owner, name, args, kwargs = call
        with getattr(owner, name)(*args, **kwargs) as stream:
            expected = [type(event).__name__ for event in stream]
        before = len(recorder.requests)
        raw = getattr(owner.with_raw_response, name)(*args, **kwargs, extra_headers={"X-S": "1"})
        assert raw.headers["content-type"].startswith("text/event-stream")
        with raw.parse() as stream:
            assert [type(event).__name__ for event in stream] == expected
        with getattr(owner.with_streaming_response, name)(*args, **kwargs) as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            with response.parse() as stream:
                assert [type(event).__name__ for event in stream] == expected
    assert recorder.requests[before].headers["X-S"] == "1"
