"""A 1 GiB file up and down through the client and the sandbox's presigned storage (slow).

The sandbox runs in its own process, so this process's peak RSS is the client's alone: the
whole transfer must not grow it by more than a bounded amount (the file is streamed, never held).
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from agentplug.moderately import ModeratelyAI

from .conftest import API_KEY

GIB = 1 << 30
MIB = 1 << 20
RSS_BUDGET = 128 * MIB  # far below the file size: anything holding the file in memory fails


def _peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


@pytest.fixture(scope="module")
def sandbox_process_url() -> Iterator[str]:
    command = [sys.executable, "-m", "agentplug.sandbox", "moderately", "--port", "0", "--api-key", API_KEY]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            # The server logs each request to stdout: keep the pipe drained, or it blocks when full.
            threading.Thread(target=process.stdout.read, daemon=True).start()
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)


def _write_file(path: Path) -> str:
    block = hashlib.sha256(b"seed").digest() * (MIB // 32)  # 1 MiB, varied enough
    digest = hashlib.sha256()
    with path.open("wb") as out:
        for index in range(GIB // MIB):
            chunk = index.to_bytes(8, "big") + block[8:]  # every MiB differs
            out.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


@pytest.mark.slow
def test_one_gib_up_and_down(sandbox_process_url: str, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    expected = _write_file(source)
    before = _peak_rss()
    with ModeratelyAI(api_key=API_KEY, team_id="team_sandbox", base_url=sandbox_process_url) as client:
        uploaded = client.files.upload(source)
        assert uploaded.file_size == GIB and uploaded.file_hash == expected
        target = uploaded.download(tmp_path / "copy.bin", verify_checksum=True)
    assert target.stat().st_size == GIB
    assert _peak_rss() - before < RSS_BUDGET
    os.unlink(source)
    os.unlink(target)
