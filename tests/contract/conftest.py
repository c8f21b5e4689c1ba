"""The client contract: what every platform client promises, checked against each sandbox.

Tests are written once as async code in `_async/`; `_sync/` is generated from them
(scripts/unasync_overlay.py), so the blocking clients meet the same contract. The `target` fixture
runs a test once per platform, against that platform's sandbox over loopback.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from agentplug.sandbox import acp, moderately, nat, prefactor
from agentplug.sandbox.moderately import DEFAULT_TEAM_ID

ACP_KEY = "contract-acp-key"
PREFACTOR_TOKEN = "contract-prefactor-token"
MODERATELY_KEY = "contract-moderately-key"
NAT_TOKEN = "contract-nat-token"
PLATFORMS = ("acp", "nat", "prefactor", "moderately")


@dataclass(frozen=True)
class Target:
    """One platform's sandbox as its clients see it.

    Attributes:
        platform: `acp`, `nat`, `prefactor` or `moderately`.
        url: the sandbox's base URL.
        prefix: the platform's environment prefix (`ACP_`...).
        env: the variables (under `prefix`) that configure a client for the sandbox.
        arguments: the constructor arguments that do the same.
        url_argument: the constructor's name for the base URL.
        credential: the constructor's name for the credential.
        credential_header: the header the credential travels in, and its value.
    """

    platform: str
    url: str
    prefix: str
    env: Mapping[str, str]
    arguments: Mapping[str, Any]
    url_argument: str
    credential: str
    credential_header: tuple[str, str]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def acp_url() -> Iterator[str]:
    with acp.serve() as url:
        yield url


@pytest.fixture(scope="session")
def nat_url() -> Iterator[str]:
    # The `slow` workflow works 1.5 s before its first prompt (its POST blocks meanwhile).
    with nat.serve(nat.SandboxSettings(pre_delay=1.5)) as url:
        yield url


def _serve(platform: str) -> Any:
    if platform == "acp":
        return acp.serve(ACP_KEY)
    if platform == "nat":
        return nat.serve()
    if platform == "prefactor":
        return prefactor.serve(PREFACTOR_TOKEN)
    return moderately.serve(settings=moderately.SandboxSettings(api_keys=frozenset({MODERATELY_KEY})))


def _target(platform: str, url: str) -> Target:
    if platform == "acp":
        env = {"ACP_BASE_URL": url, "ACP_API_KEY": ACP_KEY}
        arguments = {"base_url": url, "api_key": ACP_KEY}
        return Target(platform, url, "ACP_", env, arguments, "base_url", "api_key", ("x-api-key", ACP_KEY))
    if platform == "nat":
        arguments = {"base_url": url, "token": NAT_TOKEN}
        bearer = ("Authorization", f"Bearer {NAT_TOKEN}")
        return Target(platform, url, "NAT_", {"NAT_BASE_URL": url}, arguments, "base_url", "token", bearer)
    if platform == "prefactor":
        env = {"PREFACTOR_API_URL": url, "PREFACTOR_API_TOKEN": PREFACTOR_TOKEN}
        arguments = {"api_url": url, "api_token": PREFACTOR_TOKEN}
        bearer = ("Authorization", f"Bearer {PREFACTOR_TOKEN}")
        return Target(platform, url, "PREFACTOR_", env, arguments, "api_url", "api_token", bearer)
    env = {"MODERATELY_BASE_URL": url, "MODERATELY_API_KEY": MODERATELY_KEY, "MODERATELY_TEAM_ID": DEFAULT_TEAM_ID}
    arguments = {"base_url": url, "api_key": MODERATELY_KEY, "team_id": DEFAULT_TEAM_ID}
    bearer = ("Authorization", f"Bearer {MODERATELY_KEY}")
    return Target(platform, url, "MODERATELY_", env, arguments, "base_url", "api_key", bearer)


@pytest.fixture(scope="session", params=PLATFORMS)
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    platform: str = request.param
    with _serve(platform) as url:
        yield _target(platform, url)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No client variable of any platform is set (so only what a test sets is read)."""
    import os

    for name in list(os.environ):
        if name.startswith(("ACP_", "NAT_", "PREFACTOR_", "MODERATELY_", "CONTRACT_")):
            monkeypatch.delenv(name)
    return monkeypatch
