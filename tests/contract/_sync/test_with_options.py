# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""`client.with_options(...)`: a configured copy over the original's connection pool, on every client."""

from __future__ import annotations

import pytest
from agentplug import use_options
from agentplug._core._http import HTTPSettings
from agentplug.errors import APIStatusError

from ..conftest import Target
from ._platforms import CLIENTS, Recorder, probe

pytestmark = pytest.mark.anyio


def _client(target: Target, recorder: Recorder, **arguments: object) -> object:
    settings = HTTPSettings(transport=recorder)
    return CLIENTS[target.platform](**{**target.arguments, "http_settings": settings, **arguments})


def test_the_copy_uses_the_original_pool_and_credentials(target: Target) -> None:
    recorder = Recorder()
    with _client(target, recorder) as client:  # type: ignore[attr-defined]
        copy = client.with_options(timeout=7.0)
        assert type(copy) is type(client) and copy is not client
        probe(target.platform, copy)  # the sandbox checks the credential
        assert len(recorder.requests) == 1


def test_timeout_and_headers_apply_to_the_copy_only(target: Target) -> None:
    recorder = Recorder()
    with _client(target, recorder, headers={"X-Original": "1"}) as client:  # type: ignore[attr-defined]
        copy = client.with_options(timeout=7.0, headers={"X-Copy": "2"})
        probe(target.platform, copy)
        probe(target.platform, client)
    sent_by_copy, sent_by_original = recorder.requests
    assert sent_by_copy.extensions["timeout"]["read"] == 7.0
    assert sent_by_copy.headers["X-Copy"] == "2" and sent_by_copy.headers["X-Original"] == "1"
    assert sent_by_original.extensions["timeout"]["read"] == 60.0
    assert "X-Copy" not in sent_by_original.headers


def test_max_retries_applies_to_the_copy_only(target: Target) -> None:
    recorder = Recorder(fail_next=1)
    with _client(target, recorder, max_retries=2) as client:  # type: ignore[attr-defined]
        copy = client.with_options(max_retries=0)
        with use_options(idempotent=True), pytest.raises(APIStatusError) as caught:
            probe(target.platform, copy)
        assert caught.value.status_code == 503
        recorder.fail_next = 1
        with use_options(idempotent=True):
            probe(target.platform, client)  # retried past the 503
    assert len(recorder.requests) == 3


def test_closing_the_copy_leaves_the_pool_open(target: Target) -> None:
    recorder = Recorder()
    client = _client(target, recorder)
    with client.with_options(timeout=5.0) as copy:  # type: ignore[attr-defined]
        probe(target.platform, copy)
    assert not recorder.closed
    probe(target.platform, client)
    client.close()  # type: ignore[attr-defined]
    assert recorder.closed


def test_timeout_none_waits_forever(target: Target) -> None:
    recorder = Recorder()
    with _client(target, recorder) as client:  # type: ignore[attr-defined]
        probe(target.platform, client.with_options(timeout=None))
    assert recorder.requests[0].extensions["timeout"]["read"] is None
