"""One measured Moderately operation in a fresh process (run by `moderately.py`); prints one JSON line.

    python _moderately_worker.py CASE --base-url URL --api-key KEY --team-id TEAM [--file PATH] [--file-id ID]

Cases:
    raw-upload          the upload flow with raw httpx2: sha256 (streamed), register, streamed PUT, complete
    agentplug-upload    `ModeratelyAI.files.upload(path)`
    raw-download        raw httpx2: ask for the download URL, stream the GET to a file
    agentplug-download  `ModeratelyAI.files.download(file_id, path=...)`
    agentplug-list      every file of the team through the auto-paginating `files.list(page_size=100)`

Peak RSS is read (`ru_maxrss`) after the imports and the client set-up, and again at the end; the
difference is what the operation itself cost.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2

MIB = 1 << 20


def peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(MIB):
            yield chunk


def raw_upload(args: argparse.Namespace, http: httpx2.Client) -> int:
    path = Path(args.file)
    digest = hashlib.sha256()
    for chunk in chunks(path):
        digest.update(chunk)
    size = path.stat().st_size
    body = {
        "fileName": path.name,
        "fileSize": size,
        "fileHash": digest.hexdigest(),
        "mimeType": "application/octet-stream",
        "teamId": args.team_id,
    }
    ticket = http.post("/files/upload-url", json=body).raise_for_status().json()
    headers = {"Content-Type": "application/octet-stream", "Content-Length": str(size)}
    with httpx2.Client(timeout=60.0) as storage:
        storage.put(ticket["uploadUrl"], content=chunks(path), headers=headers).raise_for_status()
    completion = {"fileSize": size, "fileHash": body["fileHash"]}
    http.post(f"/files/{ticket['file']['fileId']}/complete", json=completion).raise_for_status()
    return size


def raw_download(args: argparse.Namespace, http: httpx2.Client) -> int:
    link = http.get(f"/files/{args.file_id}/download").raise_for_status().json()
    received = 0
    with (
        httpx2.Client(timeout=60.0) as storage,
        storage.stream("GET", link["downloadUrl"]) as response,
        open(args.out, "wb") as out,
    ):
        response.raise_for_status()
        for chunk in response.iter_bytes(MIB):
            out.write(chunk)
            received += len(chunk)
    return received


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("case")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--team-id", required=True)
    parser.add_argument("--file")
    parser.add_argument("--file-id")
    parser.add_argument("--out")
    args = parser.parse_args()

    from agentplug.moderately import ModeratelyAI

    headers = {"Authorization": f"Bearer {args.api_key}"}
    with (
        httpx2.Client(base_url=args.base_url, headers=headers, timeout=60.0) as http,
        ModeratelyAI(api_key=args.api_key, team_id=args.team_id, base_url=args.base_url) as client,
    ):
        before = peak_rss()
        started = time.perf_counter()
        if args.case == "raw-upload":
            amount = raw_upload(args, http)
        elif args.case == "agentplug-upload":
            amount = client.files.upload(args.file).file_size
        elif args.case == "raw-download":
            amount = raw_download(args, http)
        elif args.case == "agentplug-download":
            amount = client.files.download(args.file_id, path=args.out).stat().st_size
        elif args.case == "agentplug-list":
            amount = sum(1 for _ in client.files.list(page_size=100))
        else:
            raise SystemExit(f"unknown case {args.case}")
        seconds = time.perf_counter() - started
        increase = peak_rss() - before
    if args.out and os.path.exists(args.out):
        os.unlink(args.out)
    print(json.dumps({"seconds": seconds, "amount": amount, "rss_increase": increase}))


if __name__ == "__main__":
    main()
