"""The vendor SDK accepts every answer of our sandbox, and the two clients see each other's data."""

from __future__ import annotations

import uuid

import httpx2
from agentplug.prefactor import Prefactor

from .conftest import TOKEN, Driver


def test_every_vendor_operation_parses_our_answers(vendor: Driver, sandbox_url: str) -> None:
    external = f"vendor-{uuid.uuid4().hex[:8]}"
    out = vendor("operations", sandbox_url, argument=external)
    assert out["ping"]["status"] == "success"
    assert out["agent"]["name"] == "vendor agent" and out["agent"]["id"] in out["listed"]
    assert out["shown"] == out["agent"]["id"] and out["got"] == "vendor agent" and out["updated"] == "changed"
    assert [out["retired"], out["reinstated"]] == ["retired", "active"]
    assert [out["registered"], out["started"]] == ["pending", "active"]
    assert out["child_parent"] is True and out["finished_span"] == ["complete", "child"]
    assert out["quality"] == {"accuracy": {"score": 1}}
    assert out["bulk"] == {"vendor-bulk-1": "success", "vendor-bulk-2": "success"}
    assert out["instance_finished"] == "complete" and out["deleted"] is True
    assert out["span_counts"]["total"] == 3 and out["span_counts"]["finished"] == 3
    with Prefactor(api_url=sandbox_url, api_token=TOKEN) as client:  # our client reads what the vendor wrote
        instance = client.agent_instances.get(out["instance_id"])
    assert instance.span_counts is not None and instance.span_counts.complete == 3


def test_vendor_error_mapping(vendor: Driver, sandbox_url: str) -> None:
    out = vendor("errors", sandbox_url)
    assert out["not_found"] == [404, "not_found"]
    assert out["validation"] == [422, "validation_errors", ["details.name"]]
    assert vendor("auth", sandbox_url, token="wrong")["auth"] == [401, "unauthorized"]


def test_vendor_hears_the_control_signal_and_reads_our_telemetry(vendor: Driver, sandbox_url: str) -> None:
    with Prefactor(api_url=sandbox_url, api_token=TOKEN) as client:
        agent = client.agents.create(f"mixed-{uuid.uuid4().hex[:6]}")
        with client.instance(agent.id) as run:
            with run.span("agent"), run.span("tool"):
                pass
            client.flush(10)
            assert vendor("read", sandbox_url, argument=run.id)["span_counts"]["complete"] == 2
            client.agent_instances.terminate(run.id, reason="stop now")  # the platform's kill switch
            assert vendor("control", sandbox_url, argument=run.id)["heard"] == ["stop now"]


def test_vendor_core_quick_start_runs_unchanged(vendor: Driver, sandbox_url: str) -> None:
    # Its instance start is queued while its first span goes out at once: the span comes first.
    with Prefactor(api_url=sandbox_url, api_token=TOKEN) as client:
        agent = client.agents.create(f"quickstart-{uuid.uuid4().hex[:6]}")
        out = vendor("quickstart", sandbox_url, argument=agent.id)
        instance = client.agent_instances.get(out["instance"])
        spans = list(client.agent_spans.list(agent_instance_id=out["instance"]))
    assert str(instance.status) == "complete" and instance.started_at is not None
    assert [(span.id, str(span.status), span.summary) for span in spans] == [(out["span"], "complete", "hello")]


def test_vendor_core_with_a_deployment_token_names_no_agent(vendor: Driver, sandbox_url: str) -> None:
    with Prefactor(api_url=sandbox_url, api_token=TOKEN) as client:
        agent = client.agents.create(f"deployed-{uuid.uuid4().hex[:6]}")
        minted = httpx2.post(f"{sandbox_url}/_sandbox/deployment_tokens", json={"agent_id": agent.id})
        out = vendor("quickstart", sandbox_url, token=minted.json()["token"])
        assert client.agent_instances.get(out["instance"]).agent_id == agent.id
