# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The client itself: configuration, identity, health, endpoints."""

from __future__ import annotations

import pytest
from agentplug.errors import ConfigurationError
from agentplug.nat import NAT, InvalidInputError

pytestmark = pytest.mark.anyio


def test_base_url_comes_from_the_environment(nat_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAT_BASE_URL", nat_url + "/")
    with NAT() as client:
        assert client.base_url == nat_url
        assert client.health() == "healthy"


def test_a_missing_or_bad_setting_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NAT_BASE_URL", raising=False)
    with pytest.raises(ConfigurationError, match="NAT_BASE_URL"):
        NAT()
    with pytest.raises(ConfigurationError, match="session"):
        NAT(base_url="http://127.0.0.1:1", session="a; b")
    with pytest.raises(ConfigurationError, match="token"):
        NAT(base_url="http://127.0.0.1:1", token="two\nlines")


def test_the_repr_shows_no_credential(nat_url: str) -> None:
    with NAT(base_url=nat_url, token="very-secret-token") as client:
        assert "very-secret-token" not in repr(client)


def test_endpoints_must_be_paths_of_the_right_kind(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        with pytest.raises(InvalidInputError, match="streaming route"):
            client.run("x", endpoint="/v1/workflow/stream")
        with pytest.raises(InvalidInputError, match="path"):
            client.run("x", endpoint="http://elsewhere/v1/workflow")
        execution = client.run("x", endpoint="plain/")
        assert execution.wait_for_completion() == {"value": "X"}
