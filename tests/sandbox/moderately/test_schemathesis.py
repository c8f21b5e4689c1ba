"""Property-based conformance: schemathesis drives every operation of specs/moderately.yaml."""

from __future__ import annotations

from collections.abc import Iterator

import hypothesis
import pytest
import schemathesis
from agentplug.sandbox import moderately
from schemathesis.specs.openapi.schemas import OpenApiSchema

from .spec import SPEC_PATH, Spec

MAX_EXAMPLES = 25
OPERATIONS = sorted((op.method, op.path, op.operation_id) for op in Spec().operations.values())


@pytest.fixture(scope="module")
def moderately_schema() -> Iterator[OpenApiSchema]:
    settings = moderately.SandboxSettings(
        api_keys=frozenset({"conformance"}), step_seconds=0.01, processing_seconds=0.01
    )
    with moderately.serve(settings=settings) as url:
        schema = schemathesis.openapi.from_path(SPEC_PATH)
        schema.config.update(base_url=url, request_timeout=10, headers={"Authorization": "Bearer conformance"})
        yield schema


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=[op[2] for op in OPERATIONS])
def test_conforms_to_spec(moderately_schema: OpenApiSchema, method: str, path: str, operation_id: str) -> None:
    operation = moderately_schema[path][method]

    @hypothesis.settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy())
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate()

    check()
