"""The pytest plugin `agentplug.testing`: each fixture's sandbox runs, its clients and variables work."""

from __future__ import annotations

import pytest
from agentplug.acp import ACP, AsyncACP
from agentplug.errors import AuthenticationError
from agentplug.moderately import AsyncModeratelyAI, ModeratelyAI
from agentplug.nat import NAT, AsyncNAT, answers
from agentplug.prefactor import AsyncPrefactor, Prefactor
from agentplug.testing import Sandbox

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_the_plugin_is_registered(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.pluginmanager.has_plugin("agentplug")


def test_acp_sandbox_client_and_environment(acp_sandbox: Sandbox[ACP, AsyncACP]) -> None:
    agent = acp_sandbox.client.agents.find("agentplug.sandbox.echo")
    with ACP() as from_env:  # ACP_BASE_URL is set for the test
        run = from_env.runs.create_and_wait(agent_id=agent.agent_id, input="ping", config={"configurable": {}})
    assert acp_sandbox.env == {"ACP_BASE_URL": acp_sandbox.base_url}
    assert str(run.status) == "success" and run.values == "ping"


async def test_acp_sandbox_async_client(acp_sandbox: Sandbox[ACP, AsyncACP]) -> None:
    client = acp_sandbox.async_client()
    assert isinstance(client, AsyncACP)
    async with client:
        agent = await client.agents.find("agentplug.sandbox.echo")
    assert agent.metadata.ref.name == "agentplug.sandbox.echo"


def test_nat_sandbox(nat_sandbox: Sandbox[NAT, AsyncNAT]) -> None:
    execution = nat_sandbox.client.run("hi")
    result = execution.wait_for_completion(
        on_interaction=lambda i: "n" if i.input_type == "text" else answers.approve(), timeout=60
    )
    assert result == {"value": "input='hi'; note='n'; approved=True"}


def test_prefactor_sandbox_checks_its_token(prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor]) -> None:
    prefactor_sandbox.client.ping()
    with Prefactor() as from_env:  # PREFACTOR_API_URL / PREFACTOR_API_TOKEN are set
        agent = from_env.agents.create("plugin-test")
    assert prefactor_sandbox.client.agents.get(agent.id).name == "plugin-test"
    with (
        Prefactor(api_url=prefactor_sandbox.base_url, api_token="wrong", max_retries=0) as stranger,
        pytest.raises(AuthenticationError),
    ):
        stranger.ping()


async def test_moderately_sandbox(moderately_sandbox: Sandbox[ModeratelyAI, AsyncModeratelyAI]) -> None:
    file = moderately_sandbox.client.files.upload(b"a,b\n1,2\n", name="t.csv")
    with ModeratelyAI() as from_env:  # MODERATELY_BASE_URL / _API_KEY / _TEAM_ID are set
        assert from_env.files.retrieve(file.file_id).file_name == "t.csv"
    async with moderately_sandbox.async_client() as client:
        assert (await client.files.download(file.file_id)) == b"a,b\n1,2\n"
