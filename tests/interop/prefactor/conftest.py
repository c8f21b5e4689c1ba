"""prefactor-http 0.4.3 (its own venv) against our Prefactor sandbox."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from agentplug.sandbox import prefactor

from ..conftest import read_pins

HERE = Path(__file__).resolve().parent
TOKEN = "interop-token"

Driver = Callable[..., dict[str, Any]]


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    with prefactor.serve(api_token=TOKEN) as url:
        yield url


@pytest.fixture(scope="session")
def vendor(vendor_python: Callable[..., Path]) -> Driver:
    python = vendor_python("prefactor-http", read_pins(HERE / "requirements.txt"))

    def run(scenario: str, url: str, *, token: str = TOKEN, argument: str = "") -> dict[str, Any]:
        command = [str(python), str(HERE / "vendor_driver.py"), scenario, url, token, argument]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 0, result.stderr[-3000:]
        answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
        return answer

    return run
