# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""A caller's own `http_client` is never modified; credentials go on each request, to the client's origin only."""

from __future__ import annotations

import httpx2
import pytest
from agentplug._core._http import HTTPSettings
from agentplug.errors import APIStatusError

from ..conftest import Target
from ._platforms import CLIENTS, Recorder, probe

pytestmark = pytest.mark.anyio


def _elsewhere(url: str) -> str:
    """The same server under another origin (another host name for the loopback address)."""
    return url.replace("127.0.0.1", "localhost")


def test_the_callers_client_is_not_modified(target: Target) -> None:
    recorder = Recorder()
    with httpx2.Client(transport=recorder, headers={"X-Mine": "1"}) as own:
        before = dict(own.headers)
        client = CLIENTS[target.platform](**target.arguments, headers={"X-Extra": "2"}, http_client=own)
        probe(target.platform, client)  # the sandbox checks the credential
        assert dict(own.headers) == before
    name, value = target.credential_header
    sent = recorder.requests[0]
    assert sent.headers[name] == value
    assert sent.headers["X-Mine"] == "1" and sent.headers["X-Extra"] == "2"


def test_no_credential_to_another_origin_through_the_callers_client(target: Target) -> None:
    recorder = Recorder()
    with httpx2.Client(transport=recorder) as own:
        client = CLIENTS[target.platform](**target.arguments, headers={"X-Extra": "2"}, http_client=own)
        with pytest.raises(APIStatusError):
            client._http_layer().send("GET", _elsewhere(target.url) + "/no-such-path")
    sent = recorder.requests[0]
    assert target.credential_header[0] not in sent.headers
    assert sent.headers["X-Extra"] == "2"


def test_no_credential_to_another_origin_through_the_clients_pool(target: Target) -> None:
    recorder = Recorder()
    settings = HTTPSettings(transport=recorder)
    with CLIENTS[target.platform](**target.arguments, http_settings=settings) as client:
        with pytest.raises(APIStatusError):
            client._http_layer().send("GET", _elsewhere(target.url) + "/no-such-path")
        probe(target.platform, client)
    elsewhere, home = recorder.requests
    name, value = target.credential_header
    assert name not in elsewhere.headers
    assert home.headers[name] == value
