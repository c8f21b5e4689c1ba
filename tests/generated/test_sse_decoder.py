"""The incremental `text/event-stream` decoder shipped in every generated package (`_sse.py`).

The decoder is sans-I/O: the events it returns may not depend on how the bytes were chunked.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pytest
from agentplug_acp_client._sse import ServerSentEvent, SSEDecodeError, SSEDecoder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BOM = "\ufeff".encode()

# One stream exercising most rules at once, with what it must decode to.
STREAM = (
    BOM
    + b": stream opened\n"
    + b"retry: 2500\n"
    + b"id: 1\n"
    + b"event: agent_event\n"
    + b'data: {"a":\n'
    + b"data:  1}\n"  # a second data line, keeping its second leading space
    + b"\n"
    + b"data: second, id carried over\r\n\r\n"  # CRLF
    + b"id: 3\rdata: cr only\r\r"  # lone CRs
    + b"data\n\n"  # a field with no colon: empty data
    + b"data:\ndata:\n\n"  # two empty data lines: one newline
    + b": ping\n:data-ish comment\nevent: ignored because no data follows\n\n"
    + "data: h\u00e9llo \u2713 \U0001f600\n".encode()  # 2-, 3- and 4-byte UTF-8
    + b"retry: 10s\n"  # not all digits: ignored
    + b"id: bad\0id\n"  # NUL in id: ignored
    + b"unknown: field\n"
    + b"\n"
    + b":id: 7\n"  # a keep-alive ':' written without its newline
    + b"::data: recovered\n"
    + b"\n"
    + b"event: custom\ndata: last\n"  # no blank line at the end: never dispatched
)
EXPECTED = [
    ServerSentEvent("agent_event", '{"a":\n 1}', "1", 2500),
    ServerSentEvent("message", "second, id carried over", "1", 2500),
    ServerSentEvent("message", "cr only", "3", 2500),
    ServerSentEvent("message", "", "3", 2500),
    ServerSentEvent("message", "\n", "3", 2500),
    ServerSentEvent("message", "h\u00e9llo \u2713 \U0001f600", "3", 2500),
    ServerSentEvent("message", "recovered", "7", 2500),
]


def decode(chunks: Iterable[bytes], decoder: SSEDecoder | None = None) -> list[ServerSentEvent]:
    decoder = decoder or SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)]


def split(data: bytes, points: Iterable[int]) -> list[bytes]:
    cuts = [0, *sorted(set(points)), len(data)]
    return [data[start:end] for start, end in itertools.pairwise(cuts)]


def test_whole_stream_in_one_chunk() -> None:
    assert decode([STREAM]) == EXPECTED


def test_stream_fed_byte_by_byte() -> None:
    decoder = SSEDecoder()
    assert decode([STREAM[i : i + 1] for i in range(len(STREAM))], decoder) == EXPECTED
    assert decoder.last_event_id == "7"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(points=st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=40))
def test_events_do_not_depend_on_the_chunking(points: list[int]) -> None:
    assert decode(split(STREAM, points)) == EXPECTED


@settings(max_examples=100, deadline=None)
@given(
    lines=st.lists(
        st.sampled_from(
            ["data: x", "data: \u00e9\u20ac\U0001f600", "data", "id: 4", "event: e", "retry: 9", ": c", ":id: 5", ""]
        ),
        max_size=25,
    ),
    line_end=st.sampled_from(["\n", "\r", "\r\n"]),
    points=st.lists(st.integers(min_value=0, max_value=400), max_size=30),
)
def test_random_streams_decode_the_same_in_every_chunking(lines: list[str], line_end: str, points: list[int]) -> None:
    data = "".join(line + line_end for line in lines).encode()
    whole = decode([data])
    assert decode(split(data, [p for p in points if p <= len(data)])) == whole
    assert decode([data[i : i + 1] for i in range(len(data))]) == whole
    assert len(whole) <= lines.count("")


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert decode([b"data: a\ndata: b\ndata: c\n\n"]) == [ServerSentEvent("message", "a\nb\nc", None, None)]


def test_only_one_leading_space_is_removed_from_a_value() -> None:
    events = decode([b"data:no space\n\ndata:  two spaces\n\n"])
    assert [event.data for event in events] == ["no space", " two spaces"]


def test_comments_are_ignored() -> None:
    assert decode([b": ping\n:\n:data-ish comment\n: data: not recovered\n\n"]) == []
    assert decode([b": ping\ndata: x\n: another\n\n"]) == [ServerSentEvent("message", "x", None, None)]


@pytest.mark.parametrize(
    ("line", "event"),
    [
        (b":id: 1\ndata: x\n\n", ServerSentEvent("message", "x", "1", None)),
        (b"::data: x\n\n", ServerSentEvent("message", "x", None, None)),
        (b":::event: update\ndata: x\n\n", ServerSentEvent("update", "x", None, None)),
        (b":retry: 15\ndata: x\n\n", ServerSentEvent("message", "x", None, 15)),
        (b":data\n\n", ServerSentEvent("message", "", None, None)),  # a bare field name, no colon
    ],
)
def test_field_after_a_keep_alive_colon_is_recovered(line: bytes, event: ServerSentEvent) -> None:
    assert decode([line]) == [event]


@pytest.mark.parametrize(
    "comment",
    [b": ping", b":data-ish comment", b": data: x", b":identity", b":datax: 1", b":events: 1", b":retrying: 1"],
)
def test_other_comments_stay_comments(comment: bytes) -> None:
    decoder = SSEDecoder()
    assert decode([comment + b"\n\n"], decoder) == []
    assert decoder.last_event_id is None
    assert decode([b"data: after\n\n"], decoder) == [ServerSentEvent("message", "after", None, None)]


def test_id_persists_as_the_last_event_id() -> None:
    decoder = SSEDecoder()
    events = decode([b"id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\nid\ndata: d\n\n"], decoder)
    assert [(event.data, event.id) for event in events] == [("a", "1"), ("b", "1"), ("c", "2"), ("d", "")]
    assert decoder.last_event_id == ""


def test_id_is_set_even_by_an_event_without_data() -> None:
    decoder = SSEDecoder()
    assert decode([b"id: 5\n\ndata: x\n\n"], decoder) == [ServerSentEvent("message", "x", "5", None)]


def test_id_containing_nul_is_ignored() -> None:
    decoder = SSEDecoder()
    assert decode([b"id: 1\n\nid: 2\x003\ndata: x\n\n"], decoder) == [ServerSentEvent("message", "x", "1", None)]
    assert decoder.last_event_id == "1"


@pytest.mark.parametrize(
    ("value", "retry"),
    [
        ("3000", 3000),
        ("0", 0),
        ("30s", None),
        ("-1", None),
        ("1.5", None),
        (" 10", None),  # only one space is part of the separator
        ("", None),
        ("\uff13", None),  # a digit, but not ASCII
        ("\u0663", None),  # ARABIC-INDIC DIGIT THREE
    ],
)
def test_retry_is_parsed_only_when_all_ascii_digits(value: str, retry: int | None) -> None:
    assert decode([f"retry: {value}\ndata: x\n\n".encode()]) == [ServerSentEvent("message", "x", None, retry)]


def test_retry_persists_and_a_later_valid_value_replaces_it() -> None:
    events = decode([b"retry: 100\n\ndata: a\n\nretry: x\ndata: b\n\nretry: 200\ndata: c\n\n"])
    assert [event.retry for event in events] == [100, 100, 200]


@pytest.mark.parametrize("line_end", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending(line_end: bytes) -> None:
    data = line_end.join([b"event: e", b"data: a", b"data: b", b"", b"data: c", b"", b""])
    assert decode([data]) == [ServerSentEvent("e", "a\nb", None, None), ServerSentEvent("message", "c", None, None)]


def test_mixed_line_endings() -> None:
    data = b"data: a\rdata: b\ndata: c\r\n\rdata: d\n\r\n"
    assert [event.data for event in decode([data])] == ["a\nb\nc", "d"]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    # a CR ending one chunk and the LF starting the next are one line end, not two (which
    # would be a blank line dispatching "a" alone)
    chunks = [b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"]
    assert decode(chunks) == [ServerSentEvent("message", "a\nb", None, None)]


def test_cr_then_cr_across_chunks_is_two_line_ends() -> None:
    assert decode([b"data: a\r", b"\rdata: b\r", b"\r"]) == [
        ServerSentEvent("message", "a", None, None),
        ServerSentEvent("message", "b", None, None),
    ]


def test_lf_after_a_cr_is_skipped_only_once() -> None:
    # CR | LF LF: the LF right after the CR completes the CRLF; the next LF is a blank line
    assert decode([b"data: a\r", b"\n\ndata: b\n\n"]) == [
        ServerSentEvent("message", "a", None, None),
        ServerSentEvent("message", "b", None, None),
    ]


def test_a_leading_bom_is_skipped() -> None:
    assert decode([BOM + b"data: x\n\n"]) == [ServerSentEvent("message", "x", None, None)]


def test_a_bom_split_across_chunks_is_skipped() -> None:
    assert decode([BOM[:1], BOM[1:2], BOM[2:] + b"data: x\n\n"]) == [ServerSentEvent("message", "x", None, None)]


def test_only_the_first_bom_is_skipped() -> None:
    # a second BOM belongs to the field name, which is then unknown: the line is ignored
    assert decode([BOM + BOM + b"data: x\n\n"]) == []
    assert decode([b"data: a\n\n", BOM + b"data: b\n\n"]) == [ServerSentEvent("message", "a", None, None)]


def test_multi_byte_characters_split_across_chunks() -> None:
    text = "data: \u00e9\u20ac\U0001f600\u00e9\n\n"
    raw = text.encode()
    for cut in range(1, len(raw)):
        assert decode([raw[:cut], raw[cut:]]) == [ServerSentEvent("message", text[6:-2], None, None)]


def test_invalid_utf8_is_replaced_not_raised() -> None:
    assert decode([b"data: \xff\xfe\n\n"]) == [ServerSentEvent("message", "\ufffd\ufffd", None, None)]


def test_an_event_without_its_blank_line_is_not_dispatched() -> None:
    decoder = SSEDecoder()
    assert decode([b"data: a\n\n", b"data: b\n", b"data: c"], decoder) == [ServerSentEvent("message", "a", None, None)]
    # ... until its blank line arrives
    assert decoder.feed(b"\n\n") == [ServerSentEvent("message", "b\nc", None, None)]


def test_empty_data_field_dispatches_an_event_with_empty_data() -> None:
    assert decode([b"data:\n\n", b"data\n\n"]) == [
        ServerSentEvent("message", "", None, None),
        ServerSentEvent("message", "", None, None),
    ]


def test_blank_lines_without_data_dispatch_nothing() -> None:
    assert decode([b"\n\n\r\n\r\r", b"event: x\n\n", b"id: 1\n\n"]) == []


def test_event_type_defaults_to_message_and_resets_after_each_event() -> None:
    data = b"event: update\ndata: a\n\ndata: b\n\nevent: dropped\n\ndata: c\n\nevent\ndata: d\n\n"
    assert [(event.event, event.data) for event in decode([data])] == [
        ("update", "a"),
        ("message", "b"),
        ("message", "c"),
        ("message", "d"),
    ]


def test_field_names_are_case_sensitive_and_unknown_ones_ignored() -> None:
    assert decode([b"Data: x\nDATA: y\nfoo: bar\nfoo\n\n"]) == []


def test_empty_chunks_are_harmless() -> None:
    assert decode([b"", b"data: x", b"", b"\n", b"", b"\n", b""]) == [ServerSentEvent("message", "x", None, None)]


def test_decode_error_is_a_value_error() -> None:
    assert issubclass(SSEDecodeError, ValueError)


def test_a_line_longer_than_max_line_raises() -> None:
    decoder = SSEDecoder(max_line_length=16)
    assert decoder.feed(b"data: 0123456789") == []  # 16 characters: at the limit
    with pytest.raises(SSEDecodeError):
        decoder.feed(b"X")


def test_the_line_limit_does_not_depend_on_chunking() -> None:
    stream = b"data: " + b"x" * 20 + b"\n\n"
    with pytest.raises(SSEDecodeError):
        SSEDecoder(max_line_length=16).feed(stream)
    decoder = SSEDecoder(max_line_length=16)
    with pytest.raises(SSEDecodeError):
        for start in range(0, len(stream), 3):
            decoder.feed(stream[start : start + 3])


def test_events_before_an_overlong_line_are_returned_then_the_error_raised() -> None:
    decoder = SSEDecoder(max_line_length=16)
    assert decoder.feed(b"data: a\n\n" + b"x" * 20) == [ServerSentEvent("message", "a", None, None)]
    with pytest.raises(SSEDecodeError):
        decoder.feed(b"\n\n")


def test_last_event_id_moves_only_when_an_event_is_dispatched() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 5\ndata: x\n") == []
    assert decoder.last_event_id is None  # event 5 has not been delivered yet
    assert decoder.feed(b"\n") == [ServerSentEvent("message", "x", "5", None)]
    assert decoder.last_event_id == "5"


def test_a_long_line_raises_when_fed_byte_by_byte() -> None:
    decoder = SSEDecoder(max_line_length=64)
    with pytest.raises(SSEDecodeError):
        for byte in b"data: " + b"x" * 100 + b"\n\n":
            decoder.feed(bytes([byte]))


def test_lines_within_the_limit_pass() -> None:
    decoder = SSEDecoder(max_line_length=16)
    assert decode([b"data: 0123456789\n", b"data: 0123456789\n\n"], decoder) == [
        ServerSentEvent("message", "0123456789\n0123456789", None, None)
    ]


def test_an_event_larger_than_max_event_raises() -> None:
    decoder = SSEDecoder(max_event_length=32)
    with pytest.raises(SSEDecodeError, match="32"):
        for _ in range(10):
            decoder.feed(b"data: 0123456789\n")


def test_the_event_size_counts_only_the_current_event() -> None:
    decoder = SSEDecoder(max_event_length=32)
    events = decode([b"data: 0123456789\ndata: 0123456789\n\n"] * 5, decoder)
    assert len(events) == 5
