"""Wrong types and values of public arguments raise `InvalidArgumentError` at the call, naming the
argument and what it accepts, on every client (instead of an internal TypeError later)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from agentplug.acp import ACP, AsyncACP
from agentplug.errors import ConfigurationError, InvalidArgumentError
from agentplug.moderately import AsyncModeratelyAI, ModeratelyAI
from agentplug.nat import NAT, AsyncNAT
from agentplug.prefactor import AsyncPrefactor, Prefactor

BASE = "http://127.0.0.1:9"
CLIENTS: dict[str, Callable[..., Any]] = {
    "ACP": lambda **kw: ACP(base_url=BASE, **kw),
    "AsyncACP": lambda **kw: AsyncACP(base_url=BASE, **kw),
    "NAT": lambda **kw: NAT(base_url=BASE, **kw),
    "AsyncNAT": lambda **kw: AsyncNAT(base_url=BASE, **kw),
    "Prefactor": lambda **kw: Prefactor(api_url=BASE, api_token="t", **kw),
    "AsyncPrefactor": lambda **kw: AsyncPrefactor(api_url=BASE, api_token="t", **kw),
    "ModeratelyAI": lambda **kw: ModeratelyAI(base_url=BASE, api_key="k", team_id="t", **kw),
    "AsyncModeratelyAI": lambda **kw: AsyncModeratelyAI(base_url=BASE, api_key="k", team_id="t", **kw),
}

WRONG = [
    (
        {"timeout": "5"},
        "timeout",
        r"timeout takes a number of seconds >= 0 or None \(a number, not a string\), got '5'",
    ),
    ({"timeout": -1}, "timeout", "timeout takes a number of seconds >= 0 or None, got -1"),
    ({"timeout": float("nan")}, "timeout", "got nan"),
    ({"max_retries": "3"}, "max_retries", "max_retries takes an integer >= 0, got '3'"),
    ({"max_retries": -1}, "max_retries", "got -1"),
    ({"max_retries": True}, "max_retries", "got True"),
    ({"headers": {"x-trace": 1}}, "headers", "headers takes string names and values, got 'x-trace': int"),
]


@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
@pytest.mark.parametrize(("kwargs", "argument", "message"), WRONG, ids=[str(case[0]) for case in WRONG])
def test_client_arguments_are_checked_at_construction(
    make: Callable[..., Any], kwargs: dict[str, Any], argument: str, message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message) as caught:
        make(**kwargs)
    assert caught.value.argument == argument and isinstance(caught.value, ConfigurationError)


@pytest.mark.parametrize("make", CLIENTS.values(), ids=CLIENTS.keys())
def test_right_arguments_still_pass(make: Callable[..., Any]) -> None:
    make(timeout=5, max_retries=0, headers={"x-trace": "1"})
    make(timeout=None)


def test_page_size_and_per_call_timeouts_are_checked() -> None:
    with ACP(base_url=BASE) as client:
        with pytest.raises(InvalidArgumentError, match="page_size takes an integer >= 1 or None, got '10'"):
            client.agents.search(page_size="10")  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="max_items takes an integer >= 0 or None, got -2"):
            client.agents.search(max_items=-2)
        with pytest.raises(InvalidArgumentError, match="timeout takes a number of seconds"):
            client.runs.wait("5a3b0c2e-7d41-4f6a-9e8b-1c2d3e4f5a6b", timeout="5")  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="timeout takes a number of seconds"):
            client.runs.create_and_wait(agent_id="5a3b0c2e-7d41-4f6a-9e8b-1c2d3e4f5a6b", timeout="5")  # type: ignore[arg-type]
    with (
        ModeratelyAI(base_url=BASE, api_key="k", team_id="t") as moderately,
        pytest.raises(InvalidArgumentError, match="poll_interval takes a number of seconds > 0"),
    ):
        moderately.pipeline_executions.wait_for_completion("pe_1", poll_interval=0)
