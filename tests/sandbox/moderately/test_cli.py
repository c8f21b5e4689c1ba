"""``python -m agentplug.sandbox moderately``: prints its base URL when ready and serves."""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx2


def test_cli_serves_until_terminated() -> None:
    command = [sys.executable, "-m", "agentplug.sandbox", "moderately", "--port", "0", "--api-key", "k"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:")
            with httpx2.Client(base_url=url) as http:
                assert http.get("/health").status_code == 200
                assert http.get("/teams").status_code == 401
                assert http.get("/teams", headers={"Authorization": "Bearer wrong"}).status_code == 401
                teams = http.get("/teams", headers={"Authorization": "Bearer k"}).json()
                assert [team["teamId"] for team in teams["items"]] == ["team_sandbox"]
                body = {
                    "fileName": "a",
                    "fileSize": 0,
                    "fileHash": "e3b0",
                    "mimeType": "text/plain",
                    "teamId": "team_sandbox",
                }
                ticket = http.post("/files/upload-url", json=body, headers={"Authorization": "Bearer k"}).json()
                # The storage origin runs alongside the API, on its own port.
                assert (
                    httpx2.put(ticket["uploadUrl"], content=b"", headers={"Content-Type": "text/plain"}).status_code
                    == 200
                )
        finally:
            process.terminate()
            process.wait(10)
        assert process.returncode in (0, -signal.SIGTERM)


def test_cli_help_lists_the_platform() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "agentplug.sandbox", "moderately", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0 and "--storage-port" in result.stdout
