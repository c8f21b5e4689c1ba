"""Every operation of specs/prefactor.yaml: its operationId and the module under `api/` that builds
its request (`request_kwargs`) and parses its answer (`parse_response`). Machine-written."""

OPERATIONS: dict[str, str] = {
    "create_agent": "api.agents.create_agent",
    "create_agent_span": "api.agent_spans.create_agent_span",
    "delete_agent": "api.agents.delete_agent",
    "execute_bulk": "api.bulk.execute_bulk",
    "finish_agent_instance": "api.agent_instances.finish_agent_instance",
    "finish_agent_span": "api.agent_spans.finish_agent_span",
    "get_agent": "api.agents.get_agent",
    "get_agent_instance": "api.agent_instances.get_agent_instance",
    "list_agent_instances": "api.agent_instances.list_agent_instances",
    "list_agent_spans": "api.agent_spans.list_agent_spans",
    "list_agents": "api.agents.list_agents",
    "ping": "api.health.ping",
    "record_agent_instance_quality": "api.agent_instances.record_agent_instance_quality",
    "register_agent_instance": "api.agent_instances.register_agent_instance",
    "reinstate_agent": "api.agents.reinstate_agent",
    "retire_agent": "api.agents.retire_agent",
    "show_agent": "api.agents.show_agent",
    "start_agent_instance": "api.agent_instances.start_agent_instance",
    "terminate_agent_instance": "api.agent_instances.terminate_agent_instance",
    "update_agent": "api.agents.update_agent",
    "update_agent_instance": "api.agent_instances.update_agent_instance",
}
