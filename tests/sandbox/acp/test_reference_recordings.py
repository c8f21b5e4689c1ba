"""The reference profile answers like the recorded ACP reference server, exchange by exchange.

Every recorded request is replayed in order against a reference-profile sandbox (and the keyed
ones against a second, API-key sandbox); each answer must have the recorded shape: status,
content type, keys, nulls, JSON types, list lengths, offset-less date-times, SSE events and
keep-alive bytes (ids and timestamps aside).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx2
import pytest
from agentplug.sandbox import acp

from ..oracle import parse_sse
from .recordings import API_KEY, CORPUS, KEEPALIVE_INTERVAL, Answer, Exchange, differences, load, replay

# The corpus lives next to the repository, as CI lays it out; without it the test below fails.
EXCHANGES = load() if CORPUS.is_dir() else []


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
        pairs = replay(EXCHANGES, lambda is_keyed: keyed if is_keyed else http)
        yield {exchange.name: (exchange, answer) for exchange, answer in pairs}


def test_the_corpus_is_complete() -> None:
    assert CORPUS.is_dir(), f"the recorded ACP exchanges are missing: {CORPUS}"
    assert len(EXCHANGES) == 119
    assert len({exchange.data["operation_id"] for exchange in EXCHANGES}) == 30


@pytest.mark.parametrize("name", [exchange.name for exchange in EXCHANGES])
def test_answer_has_the_recorded_shape(answers: dict[str, tuple[Exchange, Answer]], name: str) -> None:
    exchange, answer = answers[name]
    assert differences(exchange, answer) == []


def _conversations(body: object) -> list[object]:
    """The echo agent's words in an answer: result values, interrupt payloads, thread values."""
    if isinstance(body, list):
        return [found for item in body for found in _conversations(item)]
    if not isinstance(body, dict):
        return []
    output = body.get("output")
    if isinstance(output, dict) and output.get("type") in ("result", "interrupt"):
        return [output.get("values", output.get("interrupt"))]
    if isinstance(body.get("values"), dict) and "thread_id" in body:
        return [body["values"].get("messages")]
    return []


def _with_conversations() -> list[str]:
    return [exchange.name for exchange in EXCHANGES if _conversations(exchange.response.get("body"))]


@pytest.mark.parametrize("name", _with_conversations())
def test_echo_agent_says_what_the_reference_agent_said(answers: dict[str, tuple[Exchange, Answer]], name: str) -> None:
    """A resume replaces the conversation; a run on a thread starts from its own input."""
    exchange, answer = answers[name]
    assert _conversations(json.loads(answer.content)) == _conversations(exchange.response["body"])


def test_events_say_what_the_reference_agent_said(answers: dict[str, tuple[Exchange, Answer]]) -> None:
    for exchange, answer in answers.values():
        if exchange.response["headers"].get("content-type", "").startswith("text/event-stream"):
            recorded = [json.loads(event["data"]).get("values") for event in parse_sse(exchange.raw().decode())]
            actual = [json.loads(event["data"]).get("values") for event in parse_sse(answer.content.decode())]
            assert [v and v["messages"] for v in actual] == [v and v["messages"] for v in recorded], exchange.name
