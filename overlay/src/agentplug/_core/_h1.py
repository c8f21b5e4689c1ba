"""HTTP/1.1 for the fast transports, with no I/O: request bytes out, response events in.

Both fast transports (`SocketTransport` over blocking sockets, `AsyncSocketTransport` over asyncio)
are thin shells around this module, so framing rules live in one place. Responses are parsed by
llhttp (Node.js's parser, through `httptools`, the parser uvicorn uses): a C state machine that
costs about 3 µs per small response where h11, in pure Python, costs about 40. Request heads are
written here, after checking that no name, value or target could smuggle another header or request.

The shells feed received bytes to a `ResponseReader` and hand it the end of the connection; it
says when the head is complete, which body bytes are ready, when the message is over and whether
the connection may carry another exchange.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import httptools

__all__ = ["BodyEncoder", "LocalProtocolError", "ProtocolError", "RequestHead", "ResponseReader"]

MAX_HEAD = 64 * 1024  # a response head larger than this is refused (h11's default limit too)


class ProtocolError(Exception):
    """The server broke HTTP/1.1 (the shells raise `httpx2.RemoteProtocolError`)."""


class LocalProtocolError(Exception):
    """What the caller asked to send is not valid HTTP/1.1 (the shells raise `httpx2.LocalProtocolError`)."""


# ---------------------------------------------------------------------------------------------
# Requests

_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 token: methods and header names
_BAD_VALUE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")  # control characters (HTAB allowed): CR and LF above all
_BAD_TARGET = re.compile(rb"[\x00-\x20\x7f]")


class RequestHead:
    """A request's line and header block, ready to send, and what its headers say about the exchange.

    Raises:
        LocalProtocolError: a method, target, header name or value that HTTP/1.1 cannot carry
            as given (a CR or LF would start another header, or another request), or a body
            framing that cannot be sent.
    """

    __slots__ = ("chunked", "close", "data", "length", "upgrade")

    def __init__(self, method: bytes, target: bytes, headers: Sequence[tuple[bytes, bytes]]) -> None:
        if not _TOKEN.fullmatch(method):
            raise LocalProtocolError(f"Invalid HTTP method {method!r}")
        if not target or _BAD_TARGET.search(target):
            raise LocalProtocolError(f"Invalid request target {target!r}")
        self.chunked = False  # body framing: chunked, or `length` bytes (None: no body)
        self.length: int | None = None
        self.upgrade = False  # asks to switch protocols
        self.close = False  # asks the server to close the connection after answering
        block = b"".join([b"%b: %b\r\n" % header for header in headers])
        # One pass of the regex over the whole block; a CR or LF inside a value shows as an extra line.
        if not _HEADER_LINES.fullmatch(block) or block.count(b"\n") != len(headers):
            _refuse(headers)
        for name, value in headers:
            lowered = name.lower()
            if lowered in _FRAMING:
                self._framing(lowered, value.strip(b" \t"))
        self.data = b"%b %b HTTP/1.1\r\n%b\r\n" % (method, target, block)

    def _framing(self, name: bytes, value: bytes) -> None:
        lowered = value.lower()
        if name == b"transfer-encoding":
            if lowered != b"chunked":
                raise LocalProtocolError("Only 'Transfer-Encoding: chunked' can be sent")
            self.chunked = True
        elif name == b"content-length":
            if not value.isdigit():
                raise LocalProtocolError(f"Invalid Content-Length {value!r}")
            self.length = int(value)
        elif name == b"connection":
            self.close = self.close or b"close" in lowered
        else:  # upgrade
            self.upgrade = True


_FRAMING = frozenset((b"transfer-encoding", b"content-length", b"connection", b"upgrade"))
_HEADER_LINES = re.compile(rb"(?:[!#$%&'*+\-.^_`|~0-9A-Za-z]+: [^\x00-\x08\x0a-\x1f\x7f]*\r\n)*")


def _refuse(headers: Sequence[tuple[bytes, bytes]]) -> None:
    """Name the first header that cannot be sent."""
    for name, value in headers:
        if not _TOKEN.fullmatch(name):
            raise LocalProtocolError(f"Invalid header name {name!r}")
        if _BAD_VALUE.search(value):
            raise LocalProtocolError(f"Invalid value for header {name.decode('latin-1')!r}")
    raise LocalProtocolError("Invalid request headers")  # not reached: one of the above fails


class BodyEncoder:
    """Frames a request body the way its head announces: Content-Length, or chunked.

    httpx2 sets one of the two from the content it was given; a declared length is enforced, so a
    stream that ends early or runs long fails here instead of desynchronising the connection.
    """

    __slots__ = ("_chunked", "_length", "_sent")

    def __init__(self, head: RequestHead) -> None:
        self._chunked = head.chunked
        self._length = head.length
        self._sent = 0

    def data(self, chunk: bytes) -> bytes:
        """The bytes to send for one piece of the body."""
        if not chunk:
            return b""
        if self._chunked:
            return b"%x\r\n%b\r\n" % (len(chunk), chunk)
        self._sent += len(chunk)
        if self._length is None:
            raise LocalProtocolError("A request body needs a Content-Length or 'Transfer-Encoding: chunked'")
        if self._sent > self._length:
            raise LocalProtocolError("Too much data for the declared Content-Length")
        return chunk

    def end(self) -> bytes:
        """The bytes that close the body."""
        if self._chunked:
            return b"0\r\n\r\n"
        if self._length is not None and self._sent != self._length:
            raise LocalProtocolError("Too little data for the declared Content-Length")
        return b""


# ---------------------------------------------------------------------------------------------
# Responses


class ResponseReader:
    """One response, parsed from the bytes fed to it. A new reader for each exchange.

    Informational answers (100 Continue, 103 Early Hints) are skipped. A 101 is a final answer
    when the request asked to upgrade (the connection then ends: upgrades are not supported) and
    a protocol error otherwise. Bytes past the end of the message (or a body sent to a HEAD) make
    the connection unusable rather than the response wrong.

    The callbacks (`on_*`) are llhttp's; the shells use `feed`, `eof`, `take_body` and the state
    attributes.
    """

    __slots__ = (
        "_body",
        "_framed",
        "_head_bytes",
        "_head_request",
        "_informational",
        "_parser",
        "_upgrade_asked",
        "body_size",
        "complete",
        "head_done",
        "headers",
        "keep_alive",
        "reason",
        "status",
        "trailing",
        "until_close",
        "version",
    )

    def __init__(self, *, head_request: bool = False, upgrade_asked: bool = False) -> None:
        self._parser = httptools.HttpResponseParser(self)
        self._head_request = head_request
        self._upgrade_asked = upgrade_asked
        self._head_bytes = 0
        self._informational = False
        self._framed = False  # a Content-Length or Transfer-Encoding header was seen
        self._body: list[bytes] = []
        self.body_size = 0  # bytes received and not yet taken
        self.status = 0
        self.reason = b""
        self.version = b"1.1"
        self.headers: list[tuple[bytes, bytes]] = []
        self.head_done = False
        self.complete = False
        self.keep_alive = False
        self.until_close = False  # the body ends when the server closes the connection
        self.trailing = False  # bytes came after the message

    # -- what the shells call

    def feed(self, data: bytes) -> None:
        """Parse received bytes. Raises ProtocolError when they break HTTP/1.1."""
        if self.complete:
            self.trailing = True
            return
        if not self.head_done:
            self._head_bytes += len(data)
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            pass  # after a 101 the bytes are not HTTP any more; the connection is dropped
        except httptools.HttpParserCallbackError as exc:
            cause = exc.__context__  # what one of the callbacks below raised
            if isinstance(cause, ProtocolError):
                raise cause from None
            raise ProtocolError(str(cause or exc)) from exc
        except httptools.HttpParserError as exc:
            if not self.complete:
                raise ProtocolError(str(exc) or "Invalid HTTP response") from exc
            self.trailing = True  # garbage after a complete message: the message stands
        if not self.head_done and self._head_bytes > MAX_HEAD:
            raise ProtocolError(f"The response head is larger than {MAX_HEAD} bytes")

    def eof(self) -> None:
        """The server closed the connection. Raises ProtocolError unless that ends the message."""
        if self.complete:
            return
        if self.head_done and self.until_close:
            self.complete = True
            return
        if self.head_done:
            raise ProtocolError("peer closed connection without sending complete message body")
        raise ProtocolError("Server disconnected without sending a response.")

    def take_body(self) -> bytes:
        """The body bytes received since the last call."""
        body = self._body
        if not body:
            return b""
        self._body = []
        self.body_size = 0
        return body[0] if len(body) == 1 else b"".join(body)

    @property
    def reusable(self) -> bool:
        """Whether the connection may carry another exchange after this one."""
        return self.complete and self.keep_alive and not self.trailing

    # -- llhttp's callbacks

    def on_message_begin(self) -> None:
        if self.complete:
            self.trailing = True

    def on_status(self, reason: bytes) -> None:
        self.reason += reason  # may come in pieces

    def on_header(self, name: bytes, value: bytes) -> None:
        if self.head_done or self.complete:
            return  # chunked trailers: not exposed (httpx2 has no place for them)
        lowered = name.lower()
        if lowered == b"transfer-encoding":
            if value.strip().lower() != b"chunked":
                raise ProtocolError(f"Unsupported Transfer-Encoding {value!r}: only chunked")
            self._framed = True
        elif lowered == b"content-length":
            self._framed = True
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        parser = self._parser
        status = parser.get_status_code()
        if 100 <= status < 200 and status != 101:
            self._informational = True  # skipped; the real answer follows
            return
        if status == 101 and not self._upgrade_asked:
            raise ProtocolError("Unexpected 101 Switching Protocols: no upgrade was asked for")
        self.status = status
        self.version = parser.get_http_version().encode("ascii")
        self.keep_alive = parser.should_keep_alive() and status != 101
        self.head_done = True
        if self._head_request or status == 101:
            self.complete = True  # no body follows, whatever the headers say
        elif not self._framed and status not in (204, 304):
            self.until_close = True
            self.keep_alive = False

    def on_body(self, chunk: bytes) -> None:
        if self.complete:
            self.trailing = True  # e.g. a body sent in answer to HEAD
            return
        self._body.append(chunk)
        self.body_size += len(chunk)

    def on_message_complete(self) -> None:
        if self._informational:
            self._informational = False
            self.reason = b""
            self.headers = []
            self._framed = False
            return
        self.complete = True
