"""Property-based conformance: schemathesis drives every operation of specs/acp.yaml at the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import hypothesis
import pytest
import schemathesis
from agentplug.sandbox import acp
from schemathesis.checks import positive_data_acceptance, response_schema_conformance
from schemathesis.specs.openapi.schemas import OpenApiSchema

from .spec import SPEC_PATH, Spec

MAX_EXAMPLES = 50
SPEC = Spec()
OPERATIONS = sorted((op.method, op.path, op.operation_id) for op in SPEC.operations.values())

# Input, config and resume payloads are any JSON value for the spec but must match the agent's
# descriptor; the spec declares 422 for the mismatch, so schema-valid data may be rejected there.
DESCRIPTOR_CHECKED = {
    "create_stateless_run",
    "create_and_wait_for_stateless_run_output",
    "create_and_stream_stateless_run_output",
    "resume_stateless_run",
    "create_thread_run",
    "create_and_wait_for_thread_run_output",
    "create_and_stream_thread_run_output",
    "resume_thread_run",
}
# schemathesis validates an SSE event's `data` as the raw string, while the spec declares the
# decoded JSON object; these streams are checked with the spec helper instead.
STREAMING = {
    "create_and_stream_stateless_run_output",
    "stream_stateless_run_output",
    "create_and_stream_thread_run_output",
    "stream_thread_run_output",
}


@pytest.fixture(scope="module")
def acp_schema() -> Iterator[OpenApiSchema]:
    # Short waits and streams: generated runs may ask for long delays (after_seconds).
    settings = acp.SandboxSettings(wait_timeout=0.5, run_timeout=1.0)
    with acp.serve(settings=settings) as url:
        schema = schemathesis.openapi.from_path(SPEC_PATH)
        schema.config.update(base_url=url, request_timeout=10)
        yield schema


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=[op[2] for op in OPERATIONS])
def test_conforms_to_spec(acp_schema: OpenApiSchema, method: str, path: str, operation_id: str) -> None:
    operation = acp_schema[path][method]
    excluded = []
    if operation_id in DESCRIPTOR_CHECKED:
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
