"""The overlay's SSE decoder: the single source of the `_sse.py` copied into every generated package."""

from __future__ import annotations

from pathlib import Path

from agentplug._core import _sse_decoder
from agentplug._core._sse_decoder import ServerSentEvent, SSEDecoder

ROOT = Path(__file__).resolve().parents[3]


def test_every_generated_package_carries_a_byte_identical_copy() -> None:
    copies = sorted(ROOT.glob("generated/*/agentplug_*_client/_sse.py"))
    assert copies, "no generated package found"
    for copy in copies:
        assert copy.read_bytes() == Path(_sse_decoder.__file__).read_bytes(), copy


def test_the_decoder_imports_nothing_from_the_overlay() -> None:
    # It is copied into generated packages, which must not depend on agentplug.
    source = Path(_sse_decoder.__file__).read_text()
    assert "agentplug" not in source
    assert "import httpx2" not in source


def feed_bytewise(data: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return [event for i in range(len(data)) for event in decoder.feed(data[i : i + 1])]


def test_edge_cases_fed_byte_by_byte() -> None:
    data = (
        "\ufeff".encode()
        + b": comment\r\n"
        + b"retry: 250\r"
        + b"id: a\ndata: one\ndata: two\n\n"  # multi-line data
        + b"event: e\r\ndata:no space\r\n\r\n"  # CRLF, no space after the colon
        + b":"  # a keep-alive without its newline (ACP servers)
        + b"id: b\ndata: after keep-alive\n\n"
        + b"::id: c\ndata: after two\n\n"
        + "data: \u00e9\u2713\U0001f600\n\n".encode()  # multi-byte UTF-8 split across bytes
    )
    assert feed_bytewise(data) == [
        ServerSentEvent("message", "one\ntwo", "a", 250),
        ServerSentEvent("e", "no space", "a", 250),
        ServerSentEvent("message", "after keep-alive", "b", 250),
        ServerSentEvent("message", "after two", "c", 250),
        ServerSentEvent("message", "\u00e9\u2713\U0001f600", "c", 250),
    ]


def test_ten_thousand_small_events_decode_in_one_pass() -> None:
    # A sanity check of the fast path (no timing: the benchmark lives in scripts/bench).
    data = b"".join(b'id: %d\nevent: tick\ndata: {"n": %d}\n\n' % (n, n) for n in range(10_000))
    decoder = SSEDecoder()
    events = [event for start in range(0, len(data), 65_536) for event in decoder.feed(data[start : start + 65_536])]
    assert len(events) == 10_000
    assert events[-1] == ServerSentEvent("tick", '{"n": 9999}', "9999", None)
    assert decoder.last_event_id == "9999"


def test_reconnected_drops_the_partial_event_and_keeps_retry_and_last_id() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"retry: 1500\nid: 7\ndata: whole\n\nid: 8\ndata: half") == [
        ServerSentEvent("message", "whole", "7", 1500)
    ]
    decoder.reconnected()  # the connection broke in the middle of event 8
    assert decoder.retry == 1500 and decoder.last_event_id == "7"
    assert decoder.feed(b"data: next\n\n") == [ServerSentEvent("message", "next", "7", 1500)]
