"""A timeout set by the method's own argument is kept under `use_options(timeout=...)`."""

from __future__ import annotations

import httpx2
from agentplug._core._options import EXPLICIT_TIMEOUT, held_open, timeout_extension, use_options

LIMITS = httpx2.Timeout(60.0, connect=5.0)


def _request(**extensions: object) -> httpx2.Request:
    return httpx2.Request("GET", "http://127.0.0.1/", extensions={"timeout": timeout_extension(30.0), **extensions})


def test_ambient_timeout_replaces_the_client_default() -> None:
    request = _request()
    with use_options(timeout=2.0) as options:
        options.apply(request)
    assert request.extensions["timeout"] == timeout_extension(2.0)


def test_ambient_timeout_keeps_an_explicit_one() -> None:
    request = _request(**{EXPLICIT_TIMEOUT: True})
    with use_options(timeout=2.0) as options:
        options.apply(request)
    assert request.extensions["timeout"] == timeout_extension(30.0)


def test_held_open_uses_the_callers_limit_whatever_the_ambient_timeout() -> None:
    with use_options(timeout=2.0):
        per_call = held_open(45.0, LIMITS)
    assert per_call["timeout"].read == 45.0 and per_call["timeout"].connect == 5.0


def test_held_open_leaves_the_ambient_timeout_when_no_limit_is_given() -> None:
    with use_options(timeout=2.0):
        assert held_open(None, LIMITS) == {}
    assert held_open(None, LIMITS)["timeout"].read is None  # no ambient: as long as the server takes
