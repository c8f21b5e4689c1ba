"""Property-based conformance: schemathesis drives every operation of specs/nat.yaml at the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from agentplug.sandbox import nat
from schemathesis.specs.openapi.schemas import OpenApiSchema

from ..oracle import check_conformance, operation_params
from .spec import SPEC_PATH, Spec

SPEC = Spec()
OPERATIONS, IDS = operation_params(SPEC)

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
STREAMING = {"stream_workflow", "stream_workflow_full", "stream_endpoint", "chat_stream", "chat_completions"}


@pytest.fixture(scope="module")
def nat_schema() -> Iterator[OpenApiSchema]:
    # The prompt-free workflow serves the default routes, so no generated run waits for a human.
    with nat.serve(nat.SandboxSettings(workflow="plain")) as url:
        schema = schemathesis.openapi.from_path(SPEC_PATH)
        schema.config.update(base_url=url, request_timeout=10)
        yield schema


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=IDS)
def test_conforms_to_spec(nat_schema: OpenApiSchema, method: str, path: str, operation_id: str) -> None:
    check_conformance(nat_schema, SPEC, operation_id, max_examples=30, input_checked=INPUT_CHECKED, streaming=STREAMING)
