"""Incremental decoder for `text/event-stream` bodies (WHATWG HTML, "server-sent events").

Sans-I/O: feed it bytes as they arrive, in chunks split anywhere, and it returns the events
completed so far. One decoder per stream (its UTF-8 state is per instance).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

__all__ = ["SSEDecodeError", "SSEDecoder", "ServerSentEvent"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Three or more CR/LF characters in a row hold at least two line breaks, and every blank line after
# the first only dispatches an empty event, which does nothing: the run reads the same as "\n\n".
# Collapsing it keeps a flood of blank lines (a few KiB of gzip on the wire) from costing a list
# entry and a call per line. A character class, not a group: sre keeps no state per repetition.
_BLANK_RUN = re.compile(r"[\r\n]{3,}")
_FIELD_AFTER_COMMENT = re.compile(r":*(?=(?:data|event|id|retry)(?::|$))")


_tuple_new = tuple.__new__


class SSEDecodeError(ValueError):
    """The stream broke a size limit (a line or an event too long, too much without an event)."""

    def __init__(self, message: str, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class ServerSentEvent(NamedTuple):
    event: str
    data: str
    id: str | None
    retry: int | None


class SSEDecoder:
    """Turn byte chunks into `ServerSentEvent`s.

    Follows the WHATWG rules (CR, LF and CRLF line ends, a BOM, comments, multi-line `data`,
    `id` without NUL, numeric `retry`) with one tolerance: a comment line that continues with a
    field (`:id: 1`), which servers produce when they write a keep-alive `:` without its newline,
    is read as that field instead of being dropped.

    Limits are in characters: a line longer than `max_line_length` or an event whose data is
    longer than `max_event_length` raises `SSEDecodeError`, whatever the chunking; so does more
    than `max_idle_length` characters without an event (blank lines, comments, fields never
    dispatched: a flood that no line limit catches, e.g. a gzip'd stream of newlines). Events that
    were complete before the offending line are returned first; the error is raised by the next
    call to `feed`.
    """

    def __init__(
        self, *, max_line_length: int = 1 << 20, max_event_length: int = 16 << 20, max_idle_length: int = 4 << 20
    ) -> None:
        self._max_line = max_line_length
        self._max_event = max_event_length
        self._max_idle = max_idle_length
        self._retry: int | None = None
        self.last_event_id: str | None = None
        """The id of the last event dispatched (what a reconnect sends as Last-Event-ID)."""
        self.reconnected()

    @property
    def retry(self) -> int | None:
        """The reconnection time (milliseconds) the stream asked for last, None when it did not."""
        return self._retry

    def reconnected(self) -> None:
        """Start over on a new connection of the same stream: a partial line or event of the broken
        one is dropped; the reconnection time and the last event id outlive it (WHATWG)."""
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._tail = ""
        self._skip_lf = False
        self._started = False
        self._idle = 0  # characters decoded since the last event was dispatched
        self._error: SSEDecodeError | None = None
        self._data: list[str] = []
        self._data_size = 0
        self._event = ""
        self._id_buffer: str | None = self.last_event_id

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        if self._error is not None:
            raise self._error
        text = self._utf8.decode(chunk)
        if not text:
            return []
        if not self._started:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
        if self._skip_lf and text:
            self._skip_lf = False
            if text[0] == "\n":
                text = text[1:]
        buffer = self._tail + text if self._tail else text
        if "\n\n\n" in buffer or "\r\n\r\n\r" in buffer or "\r\r\r" in buffer:
            buffer = _BLANK_RUN.sub("\n\n", buffer)
        # Most servers end lines with LF only: str.split is several times faster than the regex.
        lines = buffer.split("\n") if "\r" not in buffer else _LINE_BREAK.split(buffer)
        self._tail = lines.pop()
        if buffer.endswith("\r"):
            self._skip_lf = True
        max_line = self._max_line
        check_lines = len(buffer) > max_line  # only then can a line be too long
        events: list[ServerSentEvent] = []
        # The common fields (data, event, id) are read inline, on locals written back at the end:
        # this loop runs once per line, and a method call per line halves the throughput.
        data, data_size, event, id_buffer = self._data, self._data_size, self._event, self._id_buffer
        try:
            for line in lines:
                if not line:
                    self.last_event_id = id_buffer
                    if data:
                        text_data = data[0] if len(data) == 1 else "\n".join(data)
                        # tuple.__new__: the NamedTuple's own __new__ is a Python function (~2x slower).
                        events.append(
                            _tuple_new(ServerSentEvent, (event or "message", text_data, id_buffer, self._retry))
                        )
                        data, data_size = [], 0
                    event = ""
                    continue
                if check_lines and len(line) > max_line:
                    raise self._line_too_long()
                if line.startswith("data:"):
                    value = line[6:] if line.startswith(" ", 5) else line[5:]
                    data_size += len(value) + 1
                    if data_size > self._max_event:
                        raise SSEDecodeError(
                            f"an event's data is longer than {self._max_event} characters", self._max_event
                        )
                    data.append(value)
                elif line.startswith("event:"):
                    event = line[7:] if line.startswith(" ", 6) else line[6:]
                elif line.startswith("id:"):
                    value = line[4:] if line.startswith(" ", 3) else line[3:]
                    if "\0" not in value:
                        id_buffer = value
                else:  # comments, fields without a colon, retry, unknown fields: the general path
                    self._data, self._data_size, self._event, self._id_buffer = data, data_size, event, id_buffer
                    self._field(line)
                    data, data_size, event, id_buffer = self._data, self._data_size, self._event, self._id_buffer
            if len(self._tail) > max_line:
                raise self._line_too_long()
            self._idle = len(self._tail) if events else self._idle + len(text)
            if self._idle > self._max_idle:
                raise SSEDecodeError(f"more than {self._max_idle} characters arrived without an event", self._max_idle)
        except SSEDecodeError as error:
            if not events:
                raise
            self._error = error
        finally:
            self._data, self._data_size, self._event, self._id_buffer = data, data_size, event, id_buffer
        return events

    def _line_too_long(self) -> SSEDecodeError:
        return SSEDecodeError(f"an event-stream line is longer than {self._max_line} characters", self._max_line)

    def _field(self, line: str) -> None:
        colon = line.find(":")
        if colon == 0:
            recovered = _FIELD_AFTER_COMMENT.match(line)
            if recovered is None:
                return  # a comment
            line = line[recovered.end() :]
            colon = line.find(":")
        if colon < 0:
            name, value = line, ""
        else:
            name = line[:colon]
            value = line[colon + 2 :] if line.startswith(" ", colon + 1) else line[colon + 1 :]
        if name == "data":
            self._data_size += len(value) + 1
            if self._data_size > self._max_event:
                raise SSEDecodeError(f"an event's data is longer than {self._max_event} characters", self._max_event)
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id_buffer = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)
