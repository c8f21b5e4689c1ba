"""`python -m agentplug.sandbox nat`: prints its base URL once it serves."""

from __future__ import annotations

import subprocess
import sys

import httpx2


def test_the_cli_serves_the_nat_sandbox() -> None:
    command = [sys.executable, "-m", "agentplug.sandbox", "nat", "--port", "0", "--workflow", "plain"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert httpx2.post(f"{url}/v1/workflow", json={"input_message": "cli"}).json() == {"value": "CLI"}
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()
