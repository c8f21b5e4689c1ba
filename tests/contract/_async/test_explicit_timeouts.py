"""An argument of the method beats the ambient `use_options`: a wait limit given to the call wins."""

from __future__ import annotations

import pytest
from agentplug import use_options
from agentplug.acp import AsyncACP
from agentplug.errors import APITimeoutError, WaitTimeoutError
from agentplug.nat import AsyncNAT

pytestmark = pytest.mark.anyio

ECHO = "agentplug.sandbox.echo"
# The run takes longer than the ambient timeout, far less than the call's own limit.
SLOW = {"configurable": {"sleep_secs": 1.5}}


async def test_create_and_wait_timeout_beats_use_options(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        agent = await client.agents.find(ECHO)
        with use_options(timeout=0.2):
            run = await client.runs.create_and_wait(agent_id=agent.agent_id, input="hi", config=SLOW, timeout=60)
    assert run.is_done and run.values == "hi"


async def test_wait_timeout_beats_use_options(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        agent = await client.agents.find(ECHO)
        run = await client.runs.create(agent_id=agent.agent_id, input="later", config=SLOW)
        with use_options(timeout=0.2, retries=0):
            waited = await client.runs.wait(run.run_id, timeout=60)
    assert waited.is_done and waited.values == "later"


async def test_ambient_timeout_applies_without_an_argument(acp_url: str) -> None:
    # No wait limit given: the use_options timeout bounds the read, and says so (not a TypeError).
    async with AsyncACP(base_url=acp_url) as client:
        agent = await client.agents.find(ECHO)
        with use_options(timeout=0.2, retries=0), pytest.raises(APITimeoutError) as caught:
            await client.runs.create_and_wait(agent_id=agent.agent_id, input="hi", config=SLOW)
    assert "Timed out" in str(caught.value)


async def test_the_call_limit_still_applies_under_a_longer_ambient_timeout(acp_url: str) -> None:
    async with AsyncACP(base_url=acp_url) as client:
        agent = await client.agents.find(ECHO)
        with use_options(timeout=60), pytest.raises(WaitTimeoutError) as caught:
            await client.runs.create_and_wait(agent_id=agent.agent_id, input="hi", config=SLOW, timeout=0.2)
    assert caught.value.timeout == 0.2


async def test_nat_run_timeout_beats_use_options(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        with use_options(timeout=0.2, retries=0):
            execution = await client.run("hi", endpoint="/slow", timeout=60)
    assert execution.execution_id


async def test_nat_ambient_timeout_applies_without_an_argument(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        with use_options(timeout=0.2, retries=0), pytest.raises(APITimeoutError):
            await client.run("hi", endpoint="/slow")
