# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Every APIStatusError and APIConnectionError carries `.request` and `.response`."""

from __future__ import annotations

import socket

import pytest
from agentplug.errors import APIConnectionError, APIStatusError

from ..conftest import Target
from ._platforms import CLIENTS, probe

pytestmark = pytest.mark.anyio


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there any more


def test_status_errors_carry_the_request_and_response(target: Target) -> None:
    with CLIENTS[target.platform](**target.arguments) as client, pytest.raises(APIStatusError) as caught:
        client._http_layer().send("GET", "/no-such-path")
    error = caught.value
    assert error.response is not None and error.response.status_code == error.status_code >= 400
    assert error.request is not None and error.request.url.path == "/no-such-path"
    assert error.response.request is error.request
    assert target.credential_header[1] not in str(error) + repr(error)


def test_connection_errors_carry_the_request(target: Target) -> None:
    arguments = {**target.arguments, target.url_argument: _closed_port_url(), "max_retries": 0}
    with CLIENTS[target.platform](**arguments) as client, pytest.raises(APIConnectionError) as caught:
        probe(target.platform, client)
    error = caught.value
    assert error.request is not None and str(error.request.url).startswith(arguments[target.url_argument])
    assert error.response is None
    assert target.credential_header[1] not in str(error) + repr(error)
