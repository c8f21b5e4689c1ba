"""1 GiB through the sandbox's storage, up and down, while the server's memory stays flat."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from .conftest import TEAM

SIZE = 1024**3
CHUNK = 1024 * 1024
PEAK_GROWTH_LIMIT = 64 * 1024 * 1024


def chunks() -> Iterator[bytes]:
    """A deterministic 1 GiB body, produced a chunk at a time."""
    for index in range(SIZE // CHUNK):
        yield index.to_bytes(8, "big") * (CHUNK // 8)


def peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM line")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads peak RSS from /proc")
def test_one_gibibyte_round_trip_with_flat_server_memory(tmp_path: Path) -> None:
    digest = hashlib.sha256()
    for chunk in chunks():
        digest.update(chunk)
    expected = digest.hexdigest()
    command = [sys.executable, "-m", "agentplug.sandbox", "moderately", "--port", "0", "--storage-dir", str(tmp_path)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as server:
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            with httpx2.Client(base_url=url, headers={"Authorization": "Bearer t"}, timeout=120) as api:
                baseline = peak_rss(server.pid)
                body = {
                    "fileName": "big.bin",
                    "fileSize": SIZE,
                    "fileHash": expected,
                    "mimeType": "application/octet-stream",
                    "teamId": TEAM,
                }
                ticket = api.post("/files/upload-url", json=body).json()
                with httpx2.Client(timeout=120) as storage:
                    put = storage.put(
                        ticket["uploadUrl"],
                        content=chunks(),
                        headers={"Content-Type": "application/octet-stream", "Content-Length": str(SIZE)},
                    )
                    assert put.status_code == 200
                    file_id = ticket["file"]["fileId"]
                    done = api.post(f"/files/{file_id}/complete", json={"fileSize": SIZE, "fileHash": expected})
                    assert done.json()["uploadStatus"] == "completed"
                    link = api.get(f"/files/{file_id}/download").json()["downloadUrl"]
                    received = hashlib.sha256()
                    size = 0
                    with storage.stream("GET", link) as download:
                        for part in download.iter_bytes(CHUNK):
                            received.update(part)
                            size += len(part)
                assert (size, received.hexdigest()) == (SIZE, expected)
                growth = peak_rss(server.pid) - baseline
                assert growth < PEAK_GROWTH_LIMIT, f"server peak RSS grew by {growth / 2**20:.1f} MiB"
        finally:
            server.terminate()
            server.wait(10)
