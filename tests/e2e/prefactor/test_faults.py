"""Idempotency under faults: 30 % of answers are lost after the server committed the request.

Every lost answer makes the client send the same request again (same body, same keys). The
server must then answer from its ledger: no span may be stored twice, and none may be missing.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator

import httpx2
import pytest
from agentplug._core._retry import RetryPolicy
from agentplug._core._sync._transport import RetryTransport
from agentplug.prefactor import Prefactor, Span, TelemetryConfig
from agentplug.sandbox import prefactor

from .conftest import stored_spans

RETRIES = 12  # 0.3 ** 13: a request fails for good about once in 6 million


@pytest.fixture(scope="module")
def lossy_url() -> Iterator[str]:
    with prefactor.serve(settings=prefactor.SandboxSettings(drop_rate=0.3, drop_seed=7)) as url:
        yield url


def _client(url: str) -> Prefactor:
    # Quick backoff so the test stays fast; the retry rules are the production ones.
    policy = RetryPolicy(max_retries=RETRIES, initial_delay=0.005, max_delay=0.02)
    transport = RetryTransport(httpx2.HTTPTransport(), api="prefactor", policy=policy)
    http = httpx2.Client(base_url=url, transport=transport, timeout=30)
    telemetry = TelemetryConfig(batch_size=25, flush_interval=0.05, max_retries=RETRIES)
    return Prefactor(api_url=url, api_token="t", http_client=http, telemetry=telemetry)


def test_lost_answers_never_duplicate_or_lose_a_span(lossy_url: str) -> None:
    expected: dict[str, str | None] = {}  # span id -> parent id
    runs = []
    with _client(lossy_url) as client:
        agent = client.agents.create(f"faults-{uuid.uuid4().hex[:6]}")
        for _ in range(3):
            with client.instance(agent.id) as run:
                for turn in range(20):
                    with run.span("turn", {"turn": turn}) as outer:
                        expected[outer.id] = None
                        for step in range(4):
                            with run.span("step", {"step": step}) as inner:
                                expected[inner.id] = outer.id
                                _check_span(inner)
            runs.append(run.id)
        assert client.flush(60)
        stats = client.telemetry_stats()
        instances = [client.agent_instances.get(run_id) for run_id in runs]
    stored = [span for run_id in runs for span in stored_spans(lossy_url, run_id)]
    counts = Counter(span["id"] for span in stored)
    assert [span_id for span_id, seen in counts.items() if seen > 1] == []  # no duplicate
    assert set(counts) == set(expected)  # none lost, none unexpected
    assert {span["id"]: span["parent_span_id"] for span in stored} == expected
    assert {span["status"] for span in stored} == {"complete"}
    assert [str(instance.status) for instance in instances] == ["complete"] * 3
    assert stats.lost == 0 and stats.sent == stats.enqueued
    answers = httpx2.get(f"{lossy_url}/_sandbox/stats").json()
    assert answers["replays"] > 0  # answers were really lost and replayed from the ledger


def _check_span(span: Span) -> None:
    assert span.id.startswith("span_") and not span.dead
