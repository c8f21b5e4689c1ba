"""Property-based conformance: schemathesis drives every operation of specs/acp.yaml at the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from agentplug.sandbox import acp
from schemathesis.specs.openapi.schemas import OpenApiSchema

from ..oracle import check_conformance, operation_params
from .spec import SPEC_PATH, Spec

SPEC = Spec()
OPERATIONS, IDS = operation_params(SPEC)

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
STREAMING = {
    "create_and_stream_stateless_run_output",
    "stream_stateless_run_output",
    "create_and_stream_thread_run_output",
    "stream_thread_run_output",
}


@pytest.fixture(scope="module")
def acp_schema() -> Iterator[OpenApiSchema]:
    # Short waits and streams: generated runs may ask for long delays (after_seconds).
    settings = acp.SandboxSettings(profile="spec", wait_timeout=0.5, run_timeout=1.0)
    with acp.serve(settings=settings) as url:
        schema = schemathesis.openapi.from_path(SPEC_PATH)
        schema.config.update(base_url=url, request_timeout=10)
        yield schema


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=IDS)
def test_conforms_to_spec(acp_schema: OpenApiSchema, method: str, path: str, operation_id: str) -> None:
    check_conformance(
        acp_schema, SPEC, operation_id, max_examples=50, input_checked=DESCRIPTOR_CHECKED, streaming=STREAMING
    )
