"""One constructor vocabulary: base_url, the credential, timeout, max_retries, headers,
http_settings, transport and http_client on every client."""

from __future__ import annotations

import pytest
from agentplug._core._http import HTTPSettings
from agentplug.errors import ConfigurationError
from agentplug.prefactor import AsyncPrefactor

from ..conftest import PREFACTOR_TOKEN, Target
from ._platforms import CLIENTS, AsyncRecorder, probe

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


async def test_every_client_takes_the_same_arguments(target: Target) -> None:
    recorder = AsyncRecorder()
    async with CLIENTS[target.platform](**_vocabulary(target, transport=recorder)) as client:
        await probe(target.platform, client)
    sent = recorder.requests[0]
    assert sent.headers["X-Extra"] == "1" and sent.extensions["timeout"]["read"] == 30.0
    assert str(sent.url).startswith(target.url)


async def test_transport_replaces_the_one_of_http_settings(target: Target) -> None:
    unused, used = AsyncRecorder(), AsyncRecorder()
    settings = HTTPSettings(transport=unused)
    async with CLIENTS[target.platform](**_vocabulary(target, http_settings=settings, transport=used)) as client:
        await probe(target.platform, client)
    assert len(used.requests) == 1 and not unused.requests


async def test_prefactor_api_url_and_base_url_are_one_setting() -> None:
    with pytest.raises(ConfigurationError, match="api_url= and base_url="):
        AsyncPrefactor(api_url="http://a.invalid", base_url="http://b.invalid", api_token=PREFACTOR_TOKEN)
