"""The client itself: configuration, identity, health, endpoints."""

from __future__ import annotations

import pytest
from agentplug.errors import ConfigurationError
from agentplug.nat import AsyncNAT, InvalidInputError

pytestmark = pytest.mark.anyio


async def test_base_url_comes_from_the_environment(nat_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAT_BASE_URL", nat_url + "/")
    async with AsyncNAT() as client:
        assert client.base_url == nat_url
        assert await client.health() == "healthy"


async def test_a_missing_or_bad_setting_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NAT_BASE_URL", raising=False)
    with pytest.raises(ConfigurationError, match="NAT_BASE_URL"):
        AsyncNAT()
    with pytest.raises(ConfigurationError, match="session"):
        AsyncNAT(base_url="http://127.0.0.1:1", session="a; b")
    with pytest.raises(ConfigurationError, match="token"):
        AsyncNAT(base_url="http://127.0.0.1:1", token="two\nlines")


async def test_the_repr_shows_no_credential(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url, token="very-secret-token") as client:
        assert "very-secret-token" not in repr(client)


async def test_endpoints_must_be_paths_of_the_right_kind(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        with pytest.raises(InvalidInputError, match="streaming route"):
            await client.run("x", endpoint="/v1/workflow/stream")
        with pytest.raises(InvalidInputError, match="path"):
            await client.run("x", endpoint="http://elsewhere/v1/workflow")
        execution = await client.run("x", endpoint="plain/")
        assert await execution.wait_for_completion() == {"value": "X"}
