"""Fixtures: one fast Moderately sandbox per session on loopback ports, spec-checking callers."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest
from agentplug.sandbox import moderately

from .spec import Caller, Spec

TEAM = moderately.DEFAULT_TEAM_ID
FAST = moderately.SandboxSettings(step_seconds=0.02, processing_seconds=0.02, inline_output_limit=4096)


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec()


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    with moderately.serve(settings=FAST) as url:
        yield url


@pytest.fixture
def http(base_url: str) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=base_url, timeout=15.0, headers={"Authorization": "Bearer test-token"}) as client:
        yield client


@pytest.fixture
def api(http: httpx2.Client, spec: Spec) -> Caller:
    return Caller(http, spec)


@pytest.fixture
def unique() -> Callable[[str], str]:
    """Names no other test uses (the session's sandbox is shared)."""
    counter = iter(range(1_000_000))
    stamp = time.monotonic_ns()
    return lambda prefix: f"{prefix}-{stamp}-{next(counter)}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def wait_for(fetch: Callable[[], dict[str, Any]], done: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """Poll fetch until done(result) holds (the sandbox runs with tiny step times)."""
    deadline = time.monotonic() + 10.0
    while True:
        result = fetch()
        if done(result) or time.monotonic() > deadline:
            return result
        time.sleep(0.02)
