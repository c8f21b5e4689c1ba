"""`client.with_options(...)`: a configured copy over the original's connection pool, on every client."""

from __future__ import annotations

import pytest
from agentplug import use_options
from agentplug._core._http import HTTPSettings
from agentplug.errors import APIStatusError

from ..conftest import Target
from ._platforms import CLIENTS, AsyncRecorder, probe

pytestmark = pytest.mark.anyio


def _client(target: Target, recorder: AsyncRecorder, **arguments: object) -> object:
    settings = HTTPSettings(transport=recorder)
    return CLIENTS[target.platform](**{**target.arguments, "http_settings": settings, **arguments})


async def test_the_copy_uses_the_original_pool_and_credentials(target: Target) -> None:
    recorder = AsyncRecorder()
    async with _client(target, recorder) as client:  # type: ignore[attr-defined]
        copy = client.with_options(timeout=7.0)
        assert type(copy) is type(client) and copy is not client
        await probe(target.platform, copy)  # the sandbox checks the credential
        assert len(recorder.requests) == 1


async def test_timeout_and_headers_apply_to_the_copy_only(target: Target) -> None:
    recorder = AsyncRecorder()
    async with _client(target, recorder, headers={"X-Original": "1"}) as client:  # type: ignore[attr-defined]
        copy = client.with_options(timeout=7.0, headers={"X-Copy": "2"})
        await probe(target.platform, copy)
        await probe(target.platform, client)
    sent_by_copy, sent_by_original = recorder.requests
    assert sent_by_copy.extensions["timeout"]["read"] == 7.0
    assert sent_by_copy.headers["X-Copy"] == "2" and sent_by_copy.headers["X-Original"] == "1"
    assert sent_by_original.extensions["timeout"]["read"] == 60.0
    assert "X-Copy" not in sent_by_original.headers


async def test_max_retries_applies_to_the_copy_only(target: Target) -> None:
    recorder = AsyncRecorder(fail_next=1)
    async with _client(target, recorder, max_retries=2) as client:  # type: ignore[attr-defined]
        copy = client.with_options(max_retries=0)
        with use_options(idempotent=True), pytest.raises(APIStatusError) as caught:
            await probe(target.platform, copy)
        assert caught.value.status_code == 503
        recorder.fail_next = 1
        with use_options(idempotent=True):
            await probe(target.platform, client)  # retried past the 503
    assert len(recorder.requests) == 3


async def test_closing_the_copy_leaves_the_pool_open(target: Target) -> None:
    recorder = AsyncRecorder()
    client = _client(target, recorder)
    async with client.with_options(timeout=5.0) as copy:  # type: ignore[attr-defined]
        await probe(target.platform, copy)
    assert not recorder.closed
    await probe(target.platform, client)
    await client.aclose()  # type: ignore[attr-defined]
    assert recorder.closed


async def test_timeout_none_waits_forever(target: Target) -> None:
    recorder = AsyncRecorder()
    async with _client(target, recorder) as client:  # type: ignore[attr-defined]
        await probe(target.platform, client.with_options(timeout=None))
    assert recorder.requests[0].extensions["timeout"]["read"] is None
