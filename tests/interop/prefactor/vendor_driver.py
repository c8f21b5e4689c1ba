"""Drives prefactor-http 0.4.3 (and prefactor-core 0.5.3's quick start) against a Prefactor server;
run with the vendor venv's interpreter.

    python vendor_driver.py <scenario> <api_url> <token> [argument]

Prints one JSON object on stdout: what the vendor SDK parsed (its own pydantic models validate
every answer, so a successful run means our envelopes satisfy its contract).
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from typing import Any


async def operations(client: Any, token: str, argument: str) -> dict[str, Any]:
    from prefactor_http.models.agent import AgentForCreate, AgentForUpdate
    from prefactor_http.models.bulk import BulkItem, BulkRequest

    out: dict[str, Any] = {"ping": await client.validate_token()}
    agent = await client.agents.create(AgentForCreate(name="vendor agent", external_identifier=argument))
    out["agent"] = agent.model_dump(mode="json")
    out["listed"] = [summary.id for summary in await client.agents.list_agents(page_size=100)]
    out["shown"] = (await client.agents.show(external_identifier=argument, include_counts=True)).id
    out["got"] = (await client.agents.get(agent.id)).name
    out["updated"] = (await client.agents.update(agent.id, AgentForUpdate(description="changed"))).description
    out["retired"] = (await client.agents.retire(agent.id)).status
    out["reinstated"] = (await client.agents.reinstate(agent.id, idempotency_key="vendor-reinstate-1")).status
    instance = await client.agent_instances.register(
        agent_id=agent.id,
        agent_version={"name": "v1", "external_identifier": "1.0"},
        agent_schema_version={
            "external_identifier": "vendor-schema",
            "span_type_schemas": [{"name": "llm", "params_schema": {"type": "object"}, "template": "{{prompt}}"}],
            "quality_schemas": [{"name": "accuracy", "schema": {"type": "object"}}],
        },
        purpose="eval",
    )
    out["registered"] = instance.status
    out["started"] = (await client.agent_instances.start(instance.id)).status
    parent = await client.agent_spans.create(instance.id, "llm", "active", payload={"prompt": "hi"})
    child = await client.agent_spans.create(
        instance.id, "llm", "active", payload={"prompt": "child"}, parent_span_id=parent.id
    )
    out["child_parent"] = child.parent_span_id == parent.id
    finished = await client.agent_spans.finish(child.id, status="complete", result_payload={"answer": 1})
    out["finished_span"] = [finished.status, finished.summary]
    await client.agent_spans.finish(parent.id, timestamp=datetime.now(UTC))
    quality = await client.agent_instances.record_quality(instance.id, "accuracy", {"score": 1})
    out["quality"] = quality.model_dump(mode="json").get("quality_payloads")
    bulk = await client.bulk.execute(
        BulkRequest(
            items=[
                BulkItem(_type="agents/show", idempotency_key="vendor-bulk-1", agent_id=agent.id),
                BulkItem(
                    _type="agent_spans/create",
                    idempotency_key="vendor-bulk-2",
                    agent_instance_id=instance.id,
                    schema_name="llm",
                    status="complete",
                    payload={},
                ),
            ]
        )
    )
    out["bulk"] = {key: output.status for key, output in bulk.outputs.items()}
    out["instance_finished"] = (await client.agent_instances.finish(instance.id, status="complete")).status
    counts = (await client.agent_instances.get(instance.id)).span_counts
    out["span_counts"] = counts.model_dump(mode="json") if counts else None
    out["deleted"] = (await client.agents.delete(agent.id)).id == agent.id
    out["instance_id"] = instance.id
    return out


async def errors(client: Any, token: str, argument: str) -> dict[str, Any]:
    from prefactor_http import PrefactorNotFoundError, PrefactorValidationError
    from prefactor_http.models.agent import AgentForCreate

    out: dict[str, Any] = {}
    try:
        await client.agents.get("no-such-agent")
    except PrefactorNotFoundError as exc:
        out["not_found"] = [exc.status_code, exc.code]
    try:
        await client.agents.create(AgentForCreate(name=""))
    except PrefactorValidationError as exc:
        out["validation"] = [exc.status_code, exc.code, sorted(exc.errors)]
    return out


async def auth(client: Any, token: str, argument: str) -> dict[str, Any]:
    from prefactor_http import PrefactorAuthError

    try:
        await client.validate_token()
    except PrefactorAuthError as exc:
        return {"auth": [exc.status_code, exc.code]}
    return {"auth": None}


async def control(client: Any, token: str, argument: str) -> dict[str, Any]:
    heard: list[Any] = []
    span = await client.agent_spans.create(argument, "llm", "active", control_signal_callback=heard.append)
    return {"heard": heard, "span": span.id}


async def read_instance(client: Any, token: str, argument: str) -> dict[str, Any]:
    instance = await client.agent_instances.get(argument)
    return {"status": instance.status, "span_counts": instance.span_counts.model_dump(mode="json")}


SCENARIOS = {"operations": operations, "errors": errors, "auth": auth, "control": control, "read": read_instance}


async def quickstart(api_url: str, token: str, agent_id: str) -> dict[str, Any]:
    """prefactor-core as its documentation starts: `instance.start()` is queued, a span is posted at once.

    With an empty `agent_id` the token must be deployment-scoped (the server knows the agent).
    """
    from prefactor_core import PrefactorCoreClient, PrefactorCoreConfig
    from prefactor_http import HttpClientConfig

    config = PrefactorCoreConfig(http_config=HttpClientConfig(api_url=api_url, api_token=token, max_retries=0))
    schema = {
        "external_identifier": "vendor-quickstart",
        "span_type_schemas": [{"name": "llm", "params_schema": {"type": "object"}, "template": "{{prompt}}"}],
    }
    async with PrefactorCoreClient(config) as core:
        instance = await core.create_agent_instance(
            agent_version={"name": "quickstart", "external_identifier": "1.0"},
            agent_schema_version=schema,
            agent_id=agent_id or None,
        )
        await instance.start()
        async with instance.span("llm") as span:
            await span.start({"prompt": "hello"})
            await span.complete({"answer": "hi"})
        await instance.finish()
    return {"instance": instance.id, "span": span.id}


async def main() -> None:
    from prefactor_http import HttpClientConfig, PrefactorHttpClient

    scenario, api_url, token = sys.argv[1], sys.argv[2], sys.argv[3]
    argument = sys.argv[4] if len(sys.argv) > 4 else ""
    if scenario == "quickstart":
        print(json.dumps(await quickstart(api_url, token, argument), default=str))
        return
    config = HttpClientConfig(api_url=api_url, api_token=token, max_retries=0)
    async with PrefactorHttpClient(config) as client:
        result = await SCENARIOS[scenario](client, token, argument)
    print(json.dumps(result, default=str))


if __name__ == "__main__":
    asyncio.run(main())
