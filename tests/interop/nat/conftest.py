"""A real NAT 1.9.0 server (`nat serve`) from its own venv, with the LLM-free workflows of the NAT kit.

The kit lives outside this repository: `AGENTPLUG_NAT_KIT` names its folder, by default
`../shared/peers/nat` next to the repository root.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx2
import pytest

from ..conftest import ROOT, read_pins

HERE = Path(__file__).resolve().parent
KIT_ENV = "AGENTPLUG_NAT_KIT"
STARTUP_TIMEOUT = 90.0


def kit_path() -> Path:
    configured = os.environ.get(KIT_ENV)
    path = Path(configured) if configured else ROOT.parent / "shared" / "peers" / "nat"
    path = path.resolve()
    if not (path / "pyproject.toml").is_file() or not (path / "hitl_config.yml").is_file():
        pytest.fail(
            f"the NAT kit was not found at {path}: set {KIT_ENV} to the folder holding its pyproject.toml, "
            "hitl_config.yml, oauth_config.yml and fake_oauth.py",
            pytrace=False,
        )
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def _wait_healthy(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"nat serve exited with {process.returncode}:\n{log.read_text()[-4000:]}", pytrace=False)
        try:
            if httpx2.get(f"{url}/health", timeout=1.0).status_code == 200:
                return
        except httpx2.HTTPError:
            pass
        time.sleep(0.3)
    _stop(process)
    pytest.fail(f"nat serve not ready after {STARTUP_TIMEOUT:g} s:\n{log.read_text()[-4000:]}", pytrace=False)


@pytest.fixture(scope="session")
def kit() -> Path:
    return kit_path()


@pytest.fixture(scope="session")
def nat_python(vendor_python: Callable[..., Path], kit: Path) -> Path:
    return vendor_python("nat", read_pins(HERE / "requirements.txt"), extra_args=[str(kit)])


@pytest.fixture(scope="module")
def start_server(nat_python: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., str]]:
    """start_server(config, port=None) -> base URL of a `nat serve` running that config (stopped at module end)."""
    processes: list[subprocess.Popen[bytes]] = []
    workdir = tmp_path_factory.mktemp("nat-serve")
    env = {
        **os.environ,
        "PYTHONWARNINGS": "ignore::DeprecationWarning",
        "AUTHLIB_INSECURE_TRANSPORT": "1",  # the fake identity provider's token URL is plain http
    }
    nat = nat_python.parent / "nat"

    def start(config: Path, port: int | None = None) -> str:
        port = port or free_port()
        log = workdir / f"nat-{port}.log"
        command = [str(nat), "serve", "--config_file", str(config), "--host", "127.0.0.1", "--port", str(port)]
        with log.open("wb") as out:
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=workdir, env=env)
        processes.append(process)
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(process, url, log)
        return url

    yield start
    for process in processes:
        _stop(process)


@pytest.fixture(scope="module")
def hitl_server(start_server: Callable[..., str], kit: Path) -> str:
    return start_server(kit / "hitl_config.yml")


@pytest.fixture(scope="module")
def timeout_server(start_server: Callable[..., str], kit: Path) -> str:
    return start_server(kit / "hitl_config_timeout.yml")


@pytest.fixture(scope="module")
def oauth_server(
    start_server: Callable[..., str], kit: Path, nat_python: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The OAuth workflow, with the kit's fake identity provider, both on free ports."""
    server_port, idp_port = free_port(), free_port()
    config = (kit / "oauth_config.yml").read_text()
    config = config.replace("127.0.0.1:8799", f"127.0.0.1:{idp_port}").replace(
        "127.0.0.1:8767", f"127.0.0.1:{server_port}"
    )
    path = tmp_path_factory.mktemp("nat-oauth") / "oauth_config.yml"
    path.write_text(config)
    idp = subprocess.Popen(
        [str(nat_python), str(kit / "fake_oauth.py"), str(idp_port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield start_server(path, port=server_port)
    finally:
        _stop(idp)
