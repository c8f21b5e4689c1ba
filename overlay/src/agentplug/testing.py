"""pytest fixtures for apps built on agentplug: each platform's sandbox, running, with ready clients.

Installed as a pytest plugin (entry point `pytest11`), so the fixtures are there in any project
that installs `agentplug[sandbox]`; nothing is imported until a test asks for one:

    def test_my_agent_call(acp_sandbox):
        agent = acp_sandbox.client.agents.find("agentplug.sandbox.echo")
        ...

    async def test_async(acp_sandbox):
        async with acp_sandbox.async_client() as client:
            ...

`acp_sandbox`, `nat_sandbox`, `prefactor_sandbox` and `moderately_sandbox` each give a `Sandbox`:
`base_url`, `env` (the variables the clients read: while the test runs they are set, so `ACP()`
finds the sandbox by itself), `client` (a blocking client, closed after the test) and
`async_client()` (a new asyncio client; close it, e.g. with `async with`). One server per platform
serves the whole session; each test gets its own clients. See docs/testing.md.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pytest

if TYPE_CHECKING:
    from agentplug.acp import ACP, AsyncACP
    from agentplug.moderately import AsyncModeratelyAI, ModeratelyAI
    from agentplug.nat import NAT, AsyncNAT
    from agentplug.prefactor import AsyncPrefactor, Prefactor

__all__ = [
    "MODERATELY_KEY",
    "PREFACTOR_TOKEN",
    "Sandbox",
    "acp_sandbox",
    "moderately_sandbox",
    "nat_sandbox",
    "prefactor_sandbox",
]

PREFACTOR_TOKEN = "sandbox-token"  # the one token the Prefactor sandbox fixture accepts
MODERATELY_KEY = "sandbox-key"  # the one API key the Moderately sandbox fixture accepts

C = TypeVar("C")
A = TypeVar("A")


@dataclass
class Sandbox(Generic[C, A]):
    """A running sandbox and clients for it.

    Attributes:
        platform: `acp`, `nat`, `prefactor` or `moderately`.
        base_url: where the sandbox listens (loopback, a free port).
        env: the environment variables the platform's clients read (base URL and credentials);
            the fixture sets them for the test's duration.
        client: a blocking client for the sandbox, closed when the test ends.
    """

    platform: str
    base_url: str
    env: Mapping[str, str]
    client: C
    _async_factory: Callable[[], A] = field(repr=False)

    def async_client(self) -> A:
        """A new asyncio client for the sandbox; close it (`async with` does)."""
        return self._async_factory()


def _require_sandbox_extra() -> None:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ModuleNotFoundError as exc:
        pytest.fail(
            f"the agentplug sandbox fixtures need the 'sandbox' extra ({exc.name} is not installed): "
            "pip install 'agentplug[sandbox]'",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def _agentplug_acp_url() -> Iterator[str]:
    _require_sandbox_extra()
    from agentplug.sandbox import acp

    with acp.serve() as url:
        yield url


@pytest.fixture(scope="session")
def _agentplug_nat_url() -> Iterator[str]:
    _require_sandbox_extra()
    from agentplug.sandbox import nat

    with nat.serve() as url:
        yield url


@pytest.fixture(scope="session")
def _agentplug_prefactor_url() -> Iterator[str]:
    _require_sandbox_extra()
    from agentplug.sandbox import prefactor

    with prefactor.serve(PREFACTOR_TOKEN) as url:
        yield url


@pytest.fixture(scope="session")
def _agentplug_moderately_url() -> Iterator[str]:
    _require_sandbox_extra()
    from agentplug.sandbox import moderately

    settings = moderately.SandboxSettings(
        api_keys=frozenset({MODERATELY_KEY}), step_seconds=0.05, processing_seconds=0.05
    )
    with moderately.serve(settings=settings) as url:
        yield url


@contextlib.contextmanager
def _sandbox(
    monkeypatch: pytest.MonkeyPatch,
    platform: str,
    base_url: str,
    env: dict[str, str],
    client: Callable[[], Any],
    async_client: Callable[[], Any],
) -> Iterator[Sandbox[Any, Any]]:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with client() as sync_client:
        yield Sandbox(platform, base_url, env, sync_client, async_client)


@pytest.fixture
def acp_sandbox(_agentplug_acp_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox[ACP, AsyncACP]]:
    """The ACP sandbox (its echo agent is `agentplug.sandbox.echo`): `ACP_BASE_URL`, clients."""
    from agentplug.acp import ACP, AsyncACP

    url = _agentplug_acp_url
    env = {"ACP_BASE_URL": url}
    with _sandbox(monkeypatch, "acp", url, env, lambda: ACP(base_url=url), lambda: AsyncACP(base_url=url)) as box:
        yield box


@pytest.fixture
def nat_sandbox(_agentplug_nat_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox[NAT, AsyncNAT]]:
    """The NAT sandbox (scripted HITL workflows, a fake identity provider): `NAT_BASE_URL`, clients."""
    from agentplug.nat import NAT, AsyncNAT

    url = _agentplug_nat_url
    env = {"NAT_BASE_URL": url}
    with _sandbox(monkeypatch, "nat", url, env, lambda: NAT(base_url=url), lambda: AsyncNAT(base_url=url)) as box:
        yield box


@pytest.fixture
def prefactor_sandbox(
    _agentplug_prefactor_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Sandbox[Prefactor, AsyncPrefactor]]:
    """The Prefactor sandbox: `PREFACTOR_API_URL` / `PREFACTOR_API_TOKEN`, clients."""
    from agentplug.prefactor import AsyncPrefactor, Prefactor

    url = _agentplug_prefactor_url
    env = {"PREFACTOR_API_URL": url, "PREFACTOR_API_TOKEN": PREFACTOR_TOKEN}
    with _sandbox(
        monkeypatch,
        "prefactor",
        url,
        env,
        lambda: Prefactor(api_url=url, api_token=PREFACTOR_TOKEN),
        lambda: AsyncPrefactor(api_url=url, api_token=PREFACTOR_TOKEN),
    ) as box:
        yield box


@pytest.fixture
def moderately_sandbox(
    _agentplug_moderately_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Sandbox[ModeratelyAI, AsyncModeratelyAI]]:
    """The Moderately AI sandbox (team `team_sandbox`): `MODERATELY_BASE_URL` / `_API_KEY` / `_TEAM_ID`, clients."""
    from agentplug.moderately import AsyncModeratelyAI, ModeratelyAI
    from agentplug.sandbox.moderately import DEFAULT_TEAM_ID

    url = _agentplug_moderately_url
    env = {"MODERATELY_BASE_URL": url, "MODERATELY_API_KEY": MODERATELY_KEY, "MODERATELY_TEAM_ID": DEFAULT_TEAM_ID}
    with _sandbox(
        monkeypatch,
        "moderately",
        url,
        env,
        lambda: ModeratelyAI(api_key=MODERATELY_KEY, team_id=DEFAULT_TEAM_ID, base_url=url),
        lambda: AsyncModeratelyAI(api_key=MODERATELY_KEY, team_id=DEFAULT_TEAM_ID, base_url=url),
    ) as box:
        yield box
