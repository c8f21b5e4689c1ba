"""Every operation of specs/nat.yaml: its operationId and the module under `api/` that builds
its request (`request_kwargs`) and parses its answer (`parse_response`). Machine-written."""

OPERATIONS: dict[str, str] = {
    "chat": "api.chat.chat",
    "chat_completions": "api.chat.chat_completions",
    "chat_stream": "api.chat.chat_stream",
    "get_execution": "api.executions.get_execution",
    "health": "api.health.health",
    "oauth_redirect": "api.auth.oauth_redirect",
    "respond_to_interaction": "api.executions.respond_to_interaction",
    "run_endpoint": "api.workflow.run_endpoint",
    "run_workflow": "api.workflow.run_workflow",
    "stream_endpoint": "api.workflow.stream_endpoint",
    "stream_workflow": "api.workflow.stream_workflow",
    "stream_workflow_full": "api.workflow.stream_workflow_full",
}
