"""agentplug runs on httpx2: an object of the old httpx package is refused at construction, with the fix."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx  # the generator tool's dependency, present in the development environment only
import pytest
from agentplug.acp import ACP, AsyncACP
from agentplug.moderately import AsyncModeratelyAI, ModeratelyAI
from agentplug.nat import NAT, AsyncNAT
from agentplug.prefactor import AsyncPrefactor, Prefactor

BASE = "http://127.0.0.1:9"

CLIENTS: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "acp": (ACP, AsyncACP),
    "nat": (NAT, AsyncNAT),
    "prefactor": (Prefactor, AsyncPrefactor),
    "moderately": (ModeratelyAI, AsyncModeratelyAI),
}
CREDENTIALS: dict[str, dict[str, Any]] = {
    "acp": {"base_url": BASE},
    "nat": {"base_url": BASE},
    "prefactor": {"api_url": BASE, "api_token": "t"},
    "moderately": {"base_url": BASE, "api_key": "k", "team_id": "team"},
}


@pytest.mark.parametrize("platform", sorted(CLIENTS))
@pytest.mark.parametrize("blocking", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("argument", ["timeout", "http_client"])
def test_an_httpx_object_is_refused_naming_httpx2(platform: str, blocking: bool, argument: str) -> None:
    factory = CLIENTS[platform][0 if blocking else 1]
    foreign: Any = httpx.Timeout(5.0)
    if argument == "http_client":
        foreign = httpx.Client() if blocking else httpx.AsyncClient()
    with pytest.raises(TypeError, match=r"httpx2\.") as caught:
        factory(**CREDENTIALS[platform], **{argument: foreign})
    assert "agentplug runs on httpx2" in str(caught.value)
    if isinstance(foreign, httpx.Client):
        foreign.close()


def test_an_httpx_transport_is_refused() -> None:
    with pytest.raises(TypeError, match=r"transport= got an httpx\.HTTPTransport.*httpx2\.HTTPTransport"):
        ACP(base_url=BASE, transport=httpx.HTTPTransport())  # type: ignore[arg-type]
