"""Moderately AI: 1 GiB transfers through the sandbox, and listing 10,000 files, agentplug side by side.

    .venv/bin/python scripts/bench/moderately.py [--mib 1024] [--rounds 3] [--files 10000] [--list-rounds 5]
                                                 [--skip-transfers] [--skip-list] [--json out.json]

The sandbox runs in its own process (`python -m agentplug.sandbox moderately`: the API on one
port, presigned storage on another). Every measured operation runs in a fresh child process,
which reads its own peak RSS before and after, so figures are the operation's alone. Rounds
alternate the order of the cases so that machine noise hits them alike; medians are reported.

Transfers (a generated file of `--mib` MiB):
    raw-upload          raw httpx2 doing the API's upload flow: sha256 (streamed), register, streamed
                        PUT to the storage endpoint, complete (the reference)
    agentplug-upload    `ModeratelyAI.files.upload(path)` (hashes, registers, streams, completes;
                        the body is hashed again as it is sent, to refuse a source that changed)
    raw-download        raw httpx2 streaming the presigned GET to a file (the reference)
    agentplug-download  `files.download(file_id, path=)`: temporary file, size check, atomic rename
Targets: agentplug throughput >= 0.9x raw, peak RSS increase <= 64 MiB.

Listing (`--files` files seeded as pending uploads, then every file listed):
    agentplug-list      iterate `files.list(page_size=100)` (pages fetched as iteration reaches them)
    vendor-list         moderatelyai-sdk 0.2.7 `files.list(page=, page_size=100)` page after page (the
                        SDK sends `page_size`, which the API ignores, so it gets the default 20 per page)
Target: agentplug time <= 0.5x the vendor's.

Exits non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import vendor_venvs  # noqa: E402

WORKER = HERE / "_moderately_worker.py"
VENDOR = HERE / "_moderately_vendor.py"
VENDOR_PINS = {"moderatelyai-sdk": ["moderatelyai-sdk==0.2.7"]}
API_KEY = "bench-key"
TEAM_ID = "team_sandbox"
MIB = 1 << 20

THROUGHPUT_TARGET = 0.9
RSS_TARGET = 64 * MIB
LIST_TARGET = 0.5


@contextmanager
def sandbox(storage_dir: str) -> Iterator[str]:
    command = [
        sys.executable,
        *("-m", "agentplug.sandbox", "moderately", "--port", "0", "--api-key", API_KEY),
        *("--storage-dir", storage_dir),
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            if not url.startswith("http"):
                raise SystemExit("the sandbox did not start")
            # The server logs each request to stdout: keep the pipe drained, or it blocks when full.
            threading.Thread(target=process.stdout.read, daemon=True).start()
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)


def run_case(python: Path, script: Path, case: str, base_url: str, **options: str) -> dict[str, Any]:
    command = [str(python), str(script), case, "--base-url", base_url, "--api-key", API_KEY, "--team-id", TEAM_ID]
    for name, value in options.items():
        command += [f"--{name.replace('_', '-')}", value]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise SystemExit(f"{case} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def write_file(path: Path, mib: int) -> None:
    block = hashlib.sha256(b"bench").digest() * (MIB // 32)
    with path.open("wb") as out:
        for index in range(mib):
            out.write(index.to_bytes(8, "big") + block[8:])


async def seed_files(base_url: str, count: int) -> None:
    """`count` pending file records, registered concurrently (no bytes: listing is what is measured)."""
    headers = {"Authorization": f"Bearer {API_KEY}"}
    limit = asyncio.Semaphore(32)
    async with httpx2.AsyncClient(base_url=base_url, headers=headers, timeout=60.0) as http:

        async def one(index: int) -> None:
            body = {
                "fileName": f"seed-{index:05d}.txt",
                "fileSize": index,
                "fileHash": hashlib.sha256(str(index).encode()).hexdigest(),
                "mimeType": "text/plain",
                "teamId": TEAM_ID,
            }
            async with limit:
                (await http.post("/files/upload-url", json=body)).raise_for_status()

        await asyncio.gather(*(one(index) for index in range(count)))


def alternating(cases: list[str], rounds: int) -> Iterator[tuple[int, list[str]]]:
    for number in range(rounds):
        yield number, cases if number % 2 == 0 else cases[::-1]


def bench_transfers(args: argparse.Namespace, work: Path) -> tuple[list[str], bool]:
    source = work / "payload.bin"
    write_file(source, args.mib)
    size = source.stat().st_size
    python = Path(sys.executable)
    samples: dict[str, list[dict[str, Any]]] = {}
    with sandbox(str(work / "storage")) as base_url:
        from agentplug.moderately import ModeratelyAI

        with ModeratelyAI(api_key=API_KEY, team_id=TEAM_ID, base_url=base_url) as client:
            file_id = client.files.upload(source).file_id  # what the download cases fetch
        cases = ["raw-upload", "agentplug-upload", "raw-download", "agentplug-download"]
        for number, order in alternating(cases, args.rounds):
            for case in order:
                options = {"file": str(source)} if case.endswith("upload") else {"file_id": file_id}
                options["out"] = str(work / "downloaded.bin")
                result = run_case(python, WORKER, case, base_url, **options)
                if result["amount"] != size:
                    raise SystemExit(f"{case} moved {result['amount']} bytes, not {size}")
                samples.setdefault(case, []).append(result)
                print(f"  round {number + 1}: {case:<20} {size / MIB / result['seconds']:8.1f} MiB/s", flush=True)
    lines = [f"Transfers of {args.mib} MiB ({args.rounds} rounds, medians)", ""]
    lines.append(f"{'case':<20} {'MiB/s':>9} {'vs raw':>7} {'peak RSS +':>11}")
    ok = True
    for direction in ("upload", "download"):
        raw = statistics.median(size / MIB / s["seconds"] for s in samples[f"raw-{direction}"])
        for case in (f"raw-{direction}", f"agentplug-{direction}"):
            speed = statistics.median(size / MIB / s["seconds"] for s in samples[case])
            rss = max(s["rss_increase"] for s in samples[case])
            ratio = speed / raw
            lines.append(f"{case:<20} {speed:9.1f} {ratio:6.2f}x {rss / MIB:9.1f} MiB")
            if case.startswith("agentplug") and (ratio < THROUGHPUT_TARGET or rss > RSS_TARGET):
                ok = False
    lines.append(
        f"targets: agentplug >= {THROUGHPUT_TARGET}x raw, peak RSS increase <= {RSS_TARGET // MIB} MiB: "
        + ("met" if ok else "MISSED")
    )
    return lines, ok


def bench_listing(args: argparse.Namespace, work: Path) -> tuple[list[str], bool]:
    vendor = vendor_venvs.vendor_python("moderatelyai-sdk", VENDOR_PINS["moderatelyai-sdk"])
    python = Path(sys.executable)
    seconds: dict[str, list[float]] = {"agentplug-list": [], "vendor-list": []}
    with sandbox(str(work / "list-storage")) as base_url:
        asyncio.run(seed_files(base_url, args.files))
        for number, order in alternating(list(seconds), args.list_rounds):
            for case in order:
                interpreter, script = (python, WORKER) if case.startswith("agentplug") else (vendor, VENDOR)
                result = run_case(interpreter, script, case, base_url)
                if result["amount"] != args.files:
                    raise SystemExit(f"{case} listed {result['amount']} files, not {args.files}")
                seconds[case].append(result["seconds"])
                print(f"  round {number + 1}: {case:<15} {result['seconds']:7.3f} s", flush=True)
    ours = statistics.median(seconds["agentplug-list"])
    theirs = statistics.median(seconds["vendor-list"])
    ratio = ours / theirs
    ok = ratio <= LIST_TARGET
    lines = [
        f"Listing {args.files} files ({args.list_rounds} rounds, medians)",
        "",
        f"{'agentplug-list':<15} {ours:7.3f} s  (page_size=100: {-(-args.files // 100)} requests)",
        f"{'vendor-list':<15} {theirs:7.3f} s  (sends page_size, which the API does not read: 20 per page)",
        f"ratio agentplug / vendor: {ratio:.2f}x (target <= {LIST_TARGET}x): " + ("met" if ok else "MISSED"),
    ]
    return lines, ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mib", type=int, default=1024, help="size of the transferred file (default 1024)")
    parser.add_argument("--rounds", type=int, default=3, help="transfer rounds (default 3)")
    parser.add_argument("--files", type=int, default=10_000, help="files to list (default 10000)")
    parser.add_argument("--list-rounds", type=int, default=5, help="listing rounds (default 5)")
    parser.add_argument("--skip-transfers", action="store_true")
    parser.add_argument("--skip-list", action="store_true")
    parser.add_argument("--json", help="also write the report lines here")
    args = parser.parse_args()
    report: list[str] = []
    ok = True
    with tempfile.TemporaryDirectory(prefix="bench-moderately-") as tmp:
        work = Path(tmp)
        if not args.skip_transfers:
            lines, passed = bench_transfers(args, work)
            report += [*lines, ""]
            ok = ok and passed
        if not args.skip_list:
            lines, passed = bench_listing(args, work)
            report += lines
            ok = ok and passed
    print("\n" + "\n".join(report))
    if args.json:
        Path(args.json).write_text(json.dumps({"report": report, "ok": ok}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
