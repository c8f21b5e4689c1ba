"""A program written for the vendor SDK agntcy-acp (its imports, names and call forms).

`test_compat_program.py` runs it on `agentplug.acp.compat` by changing its import lines only;
the ACP guide shows the same program. Runs where agntcy-acp is installed, unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from agntcy_acp import ACPClient, ApiClient, ApiClientConfiguration, NotFoundException
from agntcy_acp.models import AgentSearchRequest, Config, RunCreateStateful, RunCreateStateless, ThreadCreate

MISSING = "00000000-0000-4000-8000-000000000000"


def main(host: str, agent_name: str) -> dict[str, Any]:
    report: dict[str, Any] = {}
    configuration = ApiClientConfiguration(host=host, retries=2)
    with ApiClient(configuration=configuration) as api_client:
        client = ACPClient(api_client)

        agents = client.search_agents(AgentSearchRequest(name=agent_name, limit=10))
        agent_id = str(agents[0].agent_id)
        descriptor = client.get_acp_descriptor_by_id(agent_id)
        report["agent"] = descriptor.metadata.ref.name

        # Stateless: create and wait; the raw body through _with_http_info.
        request = RunCreateStateless(
            agent_id=agent_id,
            input={"messages": [{"type": "human", "content": "hello"}]},
            config=Config(configurable={"to_upper": True}),
        )
        answer = client.create_and_wait_for_stateless_run_output_with_http_info(request, _request_timeout=30)
        body = json.loads(answer.raw_data)
        report["status"] = answer.status_code
        report["reply"] = body["output"]["values"]["messages"][-1]["content"]

        # Streamed: count the events.
        report["events"] = sum(1 for _ in client.create_and_stream_stateless_run_output(request))

        # A thread and a run on it.
        thread = client.create_thread(ThreadCreate(metadata={"source": "program"}))
        stateful = RunCreateStateful(
            agent_id=agent_id,
            input={"messages": [{"type": "human", "content": "again"}]},
            config=Config(configurable={}),  # the reference server requires a config on every run
        )
        waited = client.create_and_wait_for_thread_run_output(str(thread.thread_id), stateful)
        report["thread_run"] = waited.run.status.value
        report["history"] = len(client.get_thread_history(str(thread.thread_id), limit=10))
        client.delete_thread(str(thread.thread_id))

        try:
            client.get_stateless_run(MISSING)
        except NotFoundException as error:
            report["missing"] = error.status
    return report
