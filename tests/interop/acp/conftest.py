"""Fixtures for the ACP interop tests: sandboxes whose state the tests can read, and the vendor driver."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import pytest
from agentplug.sandbox._server import BackgroundServer
from agentplug.sandbox.acp import SandboxSettings, create_app
from agentplug.sandbox.acp.store import Store
from sandbox.acp.spec import AcpCaller, Spec

from ..conftest import read_pins
from .stubs import StubServer, serve_stubs

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "vendor_driver.py"
PINS = read_pins(HERE / "requirements.txt")
API_KEY = "interop-key-1"
DRIVER_TIMEOUT = 180.0  # seconds; the slowest scenario (all operations, async) takes a few

Drive = Callable[..., dict[str, Any]]


@dataclass
class Sandbox:
    """A running ACP sandbox and its in-memory state (read it only once the clients are done)."""

    base_url: str
    store: Store
    api: AcpCaller


@pytest.fixture(scope="session")
def acp_python(vendor_python: Callable[..., Path]) -> Path:
    """The interpreter of the venv holding the pinned agntcy-acp."""
    return vendor_python("agntcy-acp", PINS)


def _serve(settings: SandboxSettings, spec: Spec) -> Iterator[Sandbox]:
    app = create_app(settings)
    service = app.state.service
    server = BackgroundServer(app, before_stop=service.engine.close)
    headers = {"x-api-key": settings.api_key} if settings.api_key else {}
    with server.running() as base_url, httpx2.Client(base_url=base_url, timeout=30.0, headers=headers) as http:
        yield Sandbox(base_url, service.store, AcpCaller(http, spec))


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec()


@pytest.fixture(scope="module")
def sandbox(spec: Spec) -> Iterator[Sandbox]:
    """A fresh sandbox per test module: runs one module leaves behind do not reach the next."""
    yield from _serve(SandboxSettings(profile="spec", wait_timeout=30.0), spec)


@pytest.fixture(scope="session")
def keyed_sandbox(spec: Spec) -> Iterator[Sandbox]:
    yield from _serve(SandboxSettings(profile="spec", api_key=API_KEY, wait_timeout=30.0), spec)


@pytest.fixture(scope="session")
def stubs() -> Iterator[StubServer]:
    with serve_stubs() as server:
        yield server


@pytest.fixture(scope="session")
def drive(acp_python: Path) -> Drive:
    """`drive(scenario, base_url, mode="sync", api_key=None, **arg)` -> the driver's JSON result."""

    def run(scenario: str, base_url: str, *, mode: str = "sync", api_key: str | None = None, **arg: Any) -> Any:
        argv = [str(acp_python), str(DRIVER), scenario, base_url, "--mode", mode, "--arg", json.dumps(arg)]
        if api_key is not None:
            argv += ["--api-key", api_key]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=DRIVER_TIMEOUT, check=False)
        assert done.returncode == 0, f"driver {scenario} ({mode}) failed:\n{done.stderr[-4000:]}"
        return json.loads(done.stdout)

    return run
