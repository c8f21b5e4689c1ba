"""``python -m agentplug.sandbox acp``: prints its base URL when ready and serves."""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx2


def test_cli_serves_until_terminated() -> None:
    command = [sys.executable, "-m", "agentplug.sandbox", "acp", "--port", "0", "--api-key", "k"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:")
            with httpx2.Client(base_url=url) as http:
                assert http.post("/agents/search", json={}).status_code == 401
                assert http.post("/agents/search", json={}, headers={"x-api-key": "k"}).status_code == 200
        finally:
            process.terminate()
            process.wait(10)
        # uvicorn shuts down cleanly, then re-raises the signal it caught.
        assert process.returncode in (0, -signal.SIGTERM)


def test_cli_needs_a_platform() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "agentplug.sandbox"], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 2 and "acp" in result.stderr
