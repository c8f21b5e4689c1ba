"""Fixtures: one ACP sandbox per session on a loopback port, spec-checking callers."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest
from agentplug.sandbox import acp

from .spec import AcpCaller, Spec


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec()


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    with acp.serve(settings=acp.SandboxSettings(profile="spec", wait_timeout=10.0)) as url:
        yield url


@pytest.fixture
def http(base_url: str) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=base_url, timeout=15.0) as client:
        yield client


@pytest.fixture
def api(http: httpx2.Client, spec: Spec) -> AcpCaller:
    return AcpCaller(http, spec)


def chat(text: str) -> dict[str, object]:
    return {"messages": [{"type": "human", "content": text}]}


def run_body(text: str = "hello", **configurable: object) -> dict[str, object]:
    return {"agent_id": acp.ECHO_AGENT_ID, "input": chat(text), "config": {"configurable": configurable}}
