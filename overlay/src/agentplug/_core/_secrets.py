"""Credential values the process holds, so that text can be scrubbed by value, not only by name.

Redacting by header name misses a credential sent under a renamed header (`api_key_header=`), echoed
back in an error body, or quoted by a library's own exception. Every client therefore registers
the credential values it sends (`register`); `scrub` replaces any of them found in a text with
REDACTED. Logging filters on the `agentplug`, `httpx2` and `httpcore2` loggers apply `scrub`
and URL redaction to every record, whoever logs it.

`check_header_value` refuses a credential that cannot go on the wire at construction time,
without quoting it (httpx2 would otherwise quote the whole header value in its exception).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from agentplug.errors import ConfigurationError

__all__ = [
    "REDACTED",
    "SecretHeaders",
    "check_header_value",
    "install_log_filters",
    "register",
    "scrub",
    "scrub_data",
]

REDACTED = "REDACTED"

# Shorter values would redact ordinary words; real credentials are far longer.
_MIN_LENGTH = 6

_lock = threading.Lock()
_values: set[str] = set()
_pattern: re.Pattern[str] | None = None


def register(values: Iterable[str]) -> None:
    """Remember credential values for the life of the process (a text may quote them at any time)."""
    global _pattern
    with _lock:
        new = {form for value in values if isinstance(value, str) for form in _forms(value)} - _values
        if new:
            _values.update(new)
            ordered = sorted(_values, key=len, reverse=True)  # longest first: "Bearer x" before "x"
            _pattern = re.compile("|".join(map(re.escape, ordered)))


def _forms(value: str) -> Iterator[str]:
    # The value itself, the token of an Authorization value, and its bytes-repr shape.
    text = value.strip()
    if len(text) >= _MIN_LENGTH:
        yield text
    scheme, _, token = text.partition(" ")
    if token and scheme.lower() in ("bearer", "basic", "token") and len(token.strip()) >= _MIN_LENGTH:
        yield token.strip()


def scrub(text: str) -> str:
    """`text` with every registered credential value replaced by REDACTED."""
    pattern = _pattern
    if pattern is None or not text:
        return text
    return pattern.sub(REDACTED, text)


def scrub_data(value: Any, depth: int = 0) -> Any:
    """A decoded JSON value with registered credentials scrubbed from every string in it."""
    if _pattern is None:
        return value
    if isinstance(value, str):
        return scrub(value)
    if depth > 32:
        return value
    if isinstance(value, dict):
        return {scrub(str(key)): scrub_data(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub_data(item, depth + 1) for item in value]
    return value


def check_header_value(name: str, value: str, *, argument: str) -> None:
    """Refuse a credential httpx2 could not send, naming the argument, never quoting the value.

    Raises:
        ConfigurationError: the value has a line break, a control character, non-Latin-1
            characters, or leading/trailing whitespace (often a newline read from a file).
    """
    if not isinstance(value, str):
        raise ConfigurationError(f"Invalid {argument}: a string is expected, got {type(value).__name__}")
    problem = None
    if value != value.strip():
        problem = "it has leading or trailing whitespace (a newline read from a file?)"
    elif any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        problem = "it contains a control character"
    else:
        try:
            value.encode("latin-1")
        except UnicodeEncodeError:
            problem = "it contains characters an HTTP header cannot carry"
    if problem is not None:
        raise ConfigurationError(
            f"Invalid {argument} (sent as the {name!r} header): {problem}; strip it before passing it"
        )


class SecretHeaders(Mapping[str, str]):
    """Headers carrying credentials: a read-only mapping whose repr never shows a value."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, str] | None = None) -> None:
        self._items = dict(items or {})

    def __getitem__(self, name: str) -> str:
        return self._items[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return "SecretHeaders({" + ", ".join(f"{name!r}: {REDACTED!r}" for name in self._items) + "})"

    __str__ = __repr__


class _ScrubFilter(logging.Filter):
    """Rewrites a record's message with credentials and signed-URL parameters redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        from ._logging import redact_text  # late: _logging imports this module's REDACTED

        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to logging's own error report
            return True
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = _ScrubFilter()
# httpx2 logs each request's full URL at INFO; httpcore2 traces connections at DEBUG. A filter on
# a logger applies only to records logged on that very logger, so every one of them is listed.
_LOGGERS = (
    "agentplug",
    "agentplug.acp",
    "agentplug.nat",
    "agentplug.prefactor",
    "agentplug.moderately",
    "agentplug.storage",
    "httpx2",
    "httpcore2",
    "httpcore2.connection",
    "httpcore2.http11",
    "httpcore2.http2",
    "httpcore2.proxy",
    "httpcore2.socks",
)


def install_log_filters(extra: Iterable[str] = ()) -> None:
    """Attach the scrubbing filter to the HTTP stack's loggers (idempotent)."""
    for name in (*_LOGGERS, *extra):
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
