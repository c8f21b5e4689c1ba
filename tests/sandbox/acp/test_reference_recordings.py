"""The reference profile answers like the recorded ACP reference server, exchange by exchange.

Every recorded request is replayed in order against a reference-profile sandbox (and the keyed
ones against a second, API-key sandbox); each answer must have the recorded shape: status,
content type, keys, nulls, JSON types, list lengths, offset-less date-times, SSE events and
keep-alive bytes (ids and timestamps aside).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest
from agentplug.sandbox import acp

from .recordings import API_KEY, CORPUS, KEEPALIVE_INTERVAL, Answer, Exchange, differences, load, replay

if not CORPUS.is_dir():  # the corpus lives next to the repository, as CI lays it out
    pytest.skip(f"recorded ACP exchanges not found at {CORPUS}", allow_module_level=True)

EXCHANGES = load()


def _settings(api_key: str | None = None) -> acp.SandboxSettings:
    return acp.SandboxSettings(
        profile="reference", api_key=api_key, wait_timeout=4.0, keepalive_interval=KEEPALIVE_INTERVAL
    )


@pytest.fixture(scope="module")
def answers() -> Iterator[dict[str, tuple[Exchange, Answer]]]:
    with (
        acp.serve(settings=_settings()) as url,
        acp.serve(settings=_settings(API_KEY)) as keyed_url,
        httpx2.Client(base_url=url, timeout=30.0) as http,
        httpx2.Client(base_url=keyed_url, timeout=30.0) as keyed,
    ):
        yield {exchange.name: (exchange, answer) for exchange, answer in replay(EXCHANGES, lambda k: keyed if k else http)}


def test_the_corpus_is_complete() -> None:
    assert len(EXCHANGES) == 119
    assert len({exchange.data["operation_id"] for exchange in EXCHANGES}) == 30


@pytest.mark.parametrize("name", [exchange.name for exchange in EXCHANGES])
def test_answer_has_the_recorded_shape(answers: dict[str, tuple[Exchange, Answer]], name: str) -> None:
    exchange, answer = answers[name]
    assert differences(exchange, answer) == []
