"""Property-based conformance: schemathesis drives every operation of specs/nat.yaml at the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import hypothesis
import pytest
import schemathesis
from agentplug.sandbox import nat
from schemathesis.checks import positive_data_acceptance, response_schema_conformance
from schemathesis.specs.openapi.schemas import OpenApiSchema

from .spec import SPEC_PATH, Spec

MAX_EXAMPLES = 30
SPEC = Spec()
OPERATIONS = sorted((method, path, operation_id) for operation_id, (method, path, _) in SPEC.operations.items())

# Workflow and chat inputs are free-form for the spec but must suit the workflow (a single-string
# workflow needs `input_message`; a chat needs a last message with text): 422 is declared for that.
# Likewise an answer must name a pending prompt, and a callback's `state` a pending sign-in.
INPUT_CHECKED = {
    "run_workflow",
    "stream_workflow",
    "stream_workflow_full",
    "run_endpoint",
    "stream_endpoint",
    "chat",
    "chat_stream",
    "chat_completions",
    "respond_to_interaction",
    "oauth_redirect",
}
# schemathesis validates an SSE event's `data` as the raw string, while the spec declares the
# decoded JSON; these streams are checked with the spec helper instead.
STREAMING = {"stream_workflow", "stream_workflow_full", "stream_endpoint", "chat_stream", "chat_completions"}


@pytest.fixture(scope="module")
def nat_schema() -> Iterator[OpenApiSchema]:
    # The prompt-free workflow serves the default routes, so no generated run waits for a human.
    with nat.serve(nat.SandboxSettings(workflow="plain")) as url:
        schema = schemathesis.openapi.from_path(SPEC_PATH)
        schema.config.update(base_url=url, request_timeout=10)
        yield schema


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=[op[2] for op in OPERATIONS])
def test_conforms_to_spec(nat_schema: OpenApiSchema, method: str, path: str, operation_id: str) -> None:
    operation = nat_schema[path][method.lower()]
    excluded = []
    if operation_id in INPUT_CHECKED:
        excluded.append(positive_data_acceptance)
    if operation_id in STREAMING:
        excluded.append(response_schema_conformance)

    @hypothesis.settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy())
    def check(case: schemathesis.Case) -> None:
        response = case.call_and_validate(excluded_checks=excluded)
        if operation_id in STREAMING:
            headers = [(name, value) for name, values in response.headers.items() for value in values]
            SPEC.check(operation_id, httpx.Response(response.status_code, headers=headers, content=response.content))

    check()
