# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""One constructor vocabulary: base_url, the credential, timeout, max_retries, headers,
http_settings, transport and http_client on every client."""

from __future__ import annotations

import pytest
from agentplug._core._http import HTTPSettings
from agentplug.errors import ConfigurationError
from agentplug.prefactor import Prefactor

from ..conftest import PREFACTOR_TOKEN, Target
from ._platforms import CLIENTS, Recorder, probe

pytestmark = pytest.mark.anyio


def _vocabulary(target: Target, **extra: object) -> dict[str, object]:
    arguments = {name: value for name, value in target.arguments.items() if name != target.url_argument}
    return {
        **arguments,
        "base_url": target.url,
        "timeout": 30.0,
        "max_retries": 0,
        "headers": {"X-Extra": "1"},
        **extra,
    }


def test_every_client_takes_the_same_arguments(target: Target) -> None:
    recorder = Recorder()
    with CLIENTS[target.platform](**_vocabulary(target, transport=recorder)) as client:
        probe(target.platform, client)
    sent = recorder.requests[0]
    assert sent.headers["X-Extra"] == "1" and sent.extensions["timeout"]["read"] == 30.0
    assert str(sent.url).startswith(target.url)


def test_transport_replaces_the_one_of_http_settings(target: Target) -> None:
    unused, used = Recorder(), Recorder()
    settings = HTTPSettings(transport=unused)
    with CLIENTS[target.platform](**_vocabulary(target, http_settings=settings, transport=used)) as client:
        probe(target.platform, client)
    assert len(used.requests) == 1 and not unused.requests


def test_prefactor_api_url_and_base_url_are_one_setting() -> None:
    with pytest.raises(ConfigurationError, match="api_url= and base_url="):
        Prefactor(api_url="http://a.invalid", base_url="http://b.invalid", api_token=PREFACTOR_TOKEN)
