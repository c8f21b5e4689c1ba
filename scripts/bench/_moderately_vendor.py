"""The vendor SDK side of `moderately.py`, run with the vendor's own interpreter; prints one JSON line.

    python _moderately_vendor.py CASE --base-url URL --api-key KEY --team-id TEAM [--file PATH] [--file-id ID] [--out P]

Cases:
    vendor-list      every file of the team, page after page, with `files.list(page=, page_size=100)`
    vendor-upload    `files.upload(path)`
    vendor-download  `files.download(file_id, path=...)`

Only the vendor's public, documented calls are used.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time


def peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def list_everything(client: object) -> int:
    count, page = 0, 1
    while True:
        response = client.files.list(page=page, page_size=100)  # type: ignore[attr-defined]
        items = response["items"]
        count += len(items)
        pagination = response.get("pagination") or {}
        more = pagination.get("hasNextPage", pagination.get("has_next_page"))
        if not items or not more:
            return count
        page += 1


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

    import moderatelyai_sdk

    client = moderatelyai_sdk.ModeratelyAI(api_key=args.api_key, team_id=args.team_id, base_url=args.base_url)
    before = peak_rss()
    started = time.perf_counter()
    if args.case == "vendor-list":
        amount = list_everything(client)
    elif args.case == "vendor-upload":
        client.files.upload(args.file)
        amount = os.path.getsize(args.file)
    elif args.case == "vendor-download":
        client.files.download(args.file_id, path=args.out)
        amount = os.path.getsize(args.out)
    else:
        raise SystemExit(f"unknown case {args.case}")
    seconds = time.perf_counter() - started
    increase = peak_rss() - before
    if args.out and os.path.exists(args.out):
        os.unlink(args.out)
    print(json.dumps({"seconds": seconds, "amount": amount, "rss_increase": increase}))


if __name__ == "__main__":
    main()
