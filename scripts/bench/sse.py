"""SSE decoding throughput: small ACP-like events through the bare decoder and through Stream[T].

The body is built in memory and served by `httpx2.MockTransport` in 16 KiB chunks, so the figure
is the decoder's and the stream's own cost (no socket). Reported: events per second, median of
the rounds (the goal is at least 150,000 small events per second).

Beside ours, on the same bytes and with the same UTF-8 decoding step: httpx2's built-in parser
(`httpx2._sse`, behind `httpx2.EventSource`) and httpx-sse's decoder (if installed). Both take
text, so their rows include an incremental UTF-8 decode, as ours does inside `feed`. Limits:
ours bounds lines (1 MiB), events (16 MiB) and bytes without an event (4 MiB); httpx2's bounds
the event size only (1 MiB); httpx-sse bounds nothing.

    python scripts/bench/sse.py [--events 200000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import codecs
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import httpx2
from agentplug._core._sse_decoder import ServerSentEvent, SSEDecoder
from agentplug._core._sync._streaming import Stream

CHUNK = 16 * 1024


def _body(events: int) -> bytes:
    data = {"type": "values", "run_id": "5b3c1e0a-8f43-4a8e-9d2b-2f7d1c6e4a10", "status": "pending", "values": {"n": 1}}
    event = f"id: 1\nevent: agent_event\ndata: {json.dumps(data)}\n\n".encode()
    return event * events


def _chunks(body: bytes) -> list[bytes]:
    return [body[start : start + CHUNK] for start in range(0, len(body), CHUNK)]


def bare(chunks: list[bytes]) -> int:
    decoder = SSEDecoder()
    return sum(len(decoder.feed(chunk)) for chunk in chunks)


def httpx2_builtin(chunks: list[bytes]) -> int:
    from httpx2._sse import _SSEParser  # what httpx2.EventSource.iter_sse runs on each text chunk

    utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
    parser = _SSEParser(max_event_size=1 << 20)
    return sum(1 for chunk in chunks for _ in parser.decode(utf8.decode(chunk)))


def httpx_sse(chunks: list[bytes]) -> int:
    from httpx_sse._decoders import SSEDecoder as EventDecoder
    from httpx_sse._decoders import SSELineDecoder

    utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
    lines, events = SSELineDecoder(), EventDecoder()
    count = 0
    for chunk in chunks:
        for line in lines.decode(utf8.decode(chunk)):
            if events.decode(line) is not None:
                count += 1
    return count


def through_stream(chunks: list[bytes], parse: bool) -> int:
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=iter(chunks))
    )
    client = httpx2.Client(transport=transport)

    @contextmanager
    def open_response(headers: Mapping[str, str]) -> Iterator[httpx2.Response]:
        with client.stream("GET", "http://sse.local/stream", headers=dict(headers)) as response:
            yield response

    def decode(event: ServerSentEvent) -> object:
        return json.loads(event.data) if parse else event

    with Stream(open_response, decode) as stream:
        return sum(1 for _ in stream)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    chunks = _chunks(_body(args.events))
    cases = {
        "bare decoder": lambda: bare(chunks),
        "httpx2 built-in parser": lambda: httpx2_builtin(chunks),
        "Stream[T], raw events": lambda: through_stream(chunks, parse=False),
        "Stream[T] + json.loads": lambda: through_stream(chunks, parse=True),
    }
    if importlib.util.find_spec("httpx_sse") is not None:
        cases["httpx-sse decoder"] = lambda: httpx_sse(chunks)
    print(f"SSE decoding, {args.events} events in {CHUNK // 1024} KiB chunks, {args.rounds} interleaved rounds")
    rates: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.rounds):  # interleaved: a busy moment of a shared machine hits every case alike
        for name, case in cases.items():
            start = time.perf_counter()
            count = case()
            rates[name].append(count / (time.perf_counter() - start))
            if count != args.events:
                raise SystemExit(f"{name}: decoded {count} events, expected {args.events}")
    medians = {name: statistics.median(values) for name, values in rates.items()}
    libraries = [medians[name] for name in ("httpx2 built-in parser", "httpx-sse decoder") if name in medians]
    fastest = max(libraries) if libraries else None
    for name, rate in medians.items():
        ratio = f"  {rate / fastest:.2f}x the faster library" if fastest else ""
        print(f"  {name:26s} {rate:>12,.0f} events/s{ratio}  (goal >= 150,000)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
