"""Property-based conformance: schemathesis drives every operation of specs/prefactor.yaml at the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import hypothesis
import pytest
import schemathesis
from agentplug.sandbox import prefactor
from schemathesis.checks import positive_data_acceptance
from schemathesis.specs.openapi.schemas import OpenApiSchema

from .spec import SPEC_PATH, Spec

MAX_EXAMPLES = 25
SPEC = Spec()
OPERATIONS = sorted((op.method, op.path, op.operation_id) for op in SPEC.operations.values())
TOKEN = "schemathesis-token"


@pytest.fixture(scope="module")
def prefactor_schema() -> Iterator[OpenApiSchema]:
    with prefactor.serve(api_token=TOKEN) as url:
        schema = schemathesis.openapi.from_path(SPEC_PATH)
        schema.config.update(base_url=url, request_timeout=10, headers={"Authorization": f"Bearer {TOKEN}"})
        yield schema


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=[op[2] for op in OPERATIONS])
def test_conforms_to_spec(prefactor_schema: OpenApiSchema, method: str, path: str, operation_id: str) -> None:
    operation = prefactor_schema[path][method]

    @hypothesis.settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy())
    def check(case: schemathesis.Case) -> None:
        # Schema-valid data may still name ids that do not exist (404) or break state rules (409),
        # which the spec declares; every answer must still be one the spec declares, well-formed.
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    check()
