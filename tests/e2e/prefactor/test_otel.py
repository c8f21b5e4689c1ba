"""OpenTelemetry into Prefactor: spans made with the OTel SDK arrive in the sandbox as instances and spans."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from agentplug.errors import ConfigurationError
from agentplug.prefactor import AsyncPrefactor, Prefactor
from agentplug.prefactor.otel import INSTANCE_ATTRIBUTE, SPAN_ATTRIBUTE, PrefactorSpanProcessor
from agentplug.testing import Sandbox
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.trace import Status, StatusCode, Tracer

from .conftest import stored_spans

pytestmark = pytest.mark.anyio


@pytest.fixture
def otel(prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor]) -> Iterator[tuple[Prefactor, Tracer, str]]:
    client = prefactor_sandbox.client
    agent_id = client.agents.create("otel-agent").id
    provider = TracerProvider()
    provider.add_span_processor(PrefactorSpanProcessor(client, agent_id=agent_id))
    yield client, provider.get_tracer("tests"), agent_id
    provider.shutdown()


def test_a_root_span_becomes_an_instance_and_nested_spans_its_spans(
    otel: tuple[Prefactor, Tracer, str], prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor]
) -> None:
    client, tracer, agent_id = otel
    with tracer.start_as_current_span("plan_trip", attributes={"city": "Lisbon"}) as root:
        with tracer.start_as_current_span("llm", attributes={"model": "small-1"}) as llm:
            llm.set_attribute("tokens", 42)
            llm.add_event("answer", {"text": "flights and weather"})
        with tracer.start_as_current_span("tool_call") as tool:
            tool.set_status(Status(StatusCode.ERROR, "flight search timed out"))
    assert client.flush(10)
    instance_id = root.attributes[INSTANCE_ATTRIBUTE]  # type: ignore[attr-defined,index]
    assert llm.attributes[INSTANCE_ATTRIBUTE] == instance_id  # type: ignore[attr-defined,index]
    spans = stored_spans(prefactor_sandbox.base_url, str(instance_id))
    by_name = {span["schema_name"]: span for span in spans}
    assert set(by_name) == {"plan_trip", "llm", "tool_call"}
    plan, model, tool_span = by_name["plan_trip"], by_name["llm"], by_name["tool_call"]
    assert plan["parent_span_id"] is None and plan["id"] == root.attributes[SPAN_ATTRIBUTE]  # type: ignore[attr-defined,index]
    assert model["parent_span_id"] == plan["id"] and tool_span["parent_span_id"] == plan["id"]
    assert plan["payload"]["attributes"] == {"city": "Lisbon"}
    assert plan["payload"]["trace_id"] == format(root.get_span_context().trace_id, "032x")
    assert model["result_payload"]["attributes"] == {"model": "small-1", "tokens": 42}
    assert model["result_payload"]["events"] == [{"name": "answer", "attributes": {"text": "flights and weather"}}]
    assert (model["status"], tool_span["status"], plan["status"]) == ("complete", "failed", "complete")
    assert tool_span["result_payload"]["description"] == "flight search timed out"
    instance = client.agent_instances.get(str(instance_id))
    assert str(instance.status) == "complete" and instance.agent_id == agent_id


def test_spans_inside_an_instance_block_belong_to_it(
    otel: tuple[Prefactor, Tracer, str], prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor]
) -> None:
    client, tracer, agent_id = otel
    with (
        client.instance(agent_id) as run,
        run.span("native") as native,
        tracer.start_as_current_span("from_otel") as otel_span,
    ):
        pass
    assert client.flush(10)
    spans = {span["schema_name"]: span for span in stored_spans(prefactor_sandbox.base_url, run.id)}
    assert set(spans) == {"native", "from_otel"}
    assert otel_span.attributes[INSTANCE_ATTRIBUTE] == run.id  # type: ignore[attr-defined,index]
    # An OTel span with no recorded OTel parent nests under the Prefactor span open where it starts.
    assert spans["from_otel"]["parent_span_id"] == native.id == spans["native"]["id"]


def test_a_failed_root_span_fails_its_instance(otel: tuple[Prefactor, Tracer, str]) -> None:
    client, tracer, _ = otel
    with tracer.start_as_current_span("job") as root:
        root.set_status(Status(StatusCode.ERROR, "gave up"))
    assert client.flush(10)
    instance = client.agent_instances.get(str(root.attributes[INSTANCE_ATTRIBUTE]))  # type: ignore[attr-defined,index]
    assert str(instance.status) == "failed"


def test_without_an_agent_root_spans_outside_instances_are_not_recorded(
    prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor],
) -> None:
    provider = TracerProvider()
    provider.add_span_processor(PrefactorSpanProcessor(prefactor_sandbox.client))
    with provider.get_tracer("tests").start_as_current_span("stray") as stray:
        pass
    provider.shutdown()
    assert INSTANCE_ATTRIBUTE not in (stray.attributes or {})  # type: ignore[attr-defined]
    assert prefactor_sandbox.client.telemetry_stats().enqueued == 0


async def test_the_async_client_records_spans_inside_its_instance_blocks(
    prefactor_sandbox: Sandbox[Prefactor, AsyncPrefactor],
) -> None:
    async with prefactor_sandbox.async_client() as client:
        with pytest.raises(ConfigurationError, match="needs the blocking Prefactor client"):
            PrefactorSpanProcessor(client, agent_id="agent-1")
        provider = TracerProvider()
        provider.add_span_processor(PrefactorSpanProcessor(client))
        agent = await client.agents.create("otel-async")
        async with client.instance(agent.id) as run:
            with provider.get_tracer("tests").start_as_current_span("step"):
                pass
        await client.flush(10)
        provider.shutdown()
    assert [span["schema_name"] for span in stored_spans(prefactor_sandbox.base_url, run.id)] == ["step"]


def test_without_the_extra_the_import_names_the_install() -> None:
    code = "import sys; sys.modules['opentelemetry'] = None\nimport agentplug.prefactor.otel"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "agentplug.errors.ConfigurationError: agentplug.prefactor.otel needs the OpenTelemetry SDK "
        "(opentelemetry is not installed): pip install 'agentplug[otel]'"
    )
