"""``python -m agentplug.sandbox acp``: prints its base URL when ready and serves, in either profile."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import httpx2
import pytest
from agentplug.sandbox import acp


@contextmanager
def cli(*args: str) -> Iterator[httpx2.Client]:
    command = [sys.executable, "-m", "agentplug.sandbox", "acp", "--port", "0", *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:")
            with httpx2.Client(base_url=url) as http:
                yield http
        finally:
            process.terminate()
            process.wait(10)
        # uvicorn shuts down cleanly, then re-raises the signal it caught.
        assert process.returncode in (0, -signal.SIGTERM)


def test_cli_serves_the_spec_profile_until_terminated() -> None:
    with cli("--profile", "spec", "--api-key", "k") as http:
        assert http.post("/agents/search", json={}).status_code == 401
        assert http.post("/agents/search", json={}, headers={"x-api-key": "k"}).status_code == 200
        thread = http.post("/threads", json={}, headers={"x-api-key": "k"}).json()
    assert datetime.fromisoformat(thread["created_at"]).tzinfo is not None and "values" not in thread


def test_cli_serves_the_reference_profile_by_default() -> None:
    with cli() as http:
        # The reference server refuses a search without name or version, and writes nulls.
        assert http.post("/agents/search", json={}).status_code == 422
        thread = http.post("/threads", json={}).json()
    assert datetime.fromisoformat(thread["created_at"]).tzinfo is None
    assert thread["values"] is None and thread["messages"] is None


def test_cli_refuses_an_unknown_profile() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "agentplug.sandbox", "acp", "--profile", "loose"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2 and "reference" in result.stderr


def test_settings_refuse_an_unknown_profile() -> None:
    with pytest.raises(ValueError, match="profile must be one of reference, spec"):
        acp.SandboxSettings(profile="loose")  # type: ignore[arg-type]


def test_cli_needs_a_platform() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "agentplug.sandbox"], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 2 and "acp" in result.stderr
