"""Fixtures: a NAT sandbox per session on a loopback port, and spec-checking callers."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest
from agentplug.sandbox import nat

from .spec import NatCaller, Spec

SETTINGS = nat.SandboxSettings(prompt_grace=0.2, auth_timeout=2.0, pre_delay=0.3, identity_header="x-user")


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec()


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    with nat.serve(SETTINGS) as url:
        yield url


@pytest.fixture
def http(base_url: str) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=base_url, timeout=15.0) as client:
        yield client


@pytest.fixture
def api(http: httpx2.Client, spec: Spec) -> NatCaller:
    return NatCaller(http, spec)
