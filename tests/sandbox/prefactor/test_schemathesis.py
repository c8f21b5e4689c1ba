"""Property-based conformance: schemathesis drives every operation of specs/prefactor.yaml at the sandbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from agentplug.sandbox import prefactor
from schemathesis.specs.openapi.schemas import OpenApiSchema

from ..oracle import check_conformance, operation_params
from .spec import SPEC_PATH, Spec

SPEC = Spec()
OPERATIONS, IDS = operation_params(SPEC)
TOKEN = "schemathesis-token"


@pytest.fixture(scope="module")
def prefactor_schema() -> Iterator[OpenApiSchema]:
    with prefactor.serve(api_token=TOKEN) as url:
        schema = schemathesis.openapi.from_path(SPEC_PATH)
        schema.config.update(base_url=url, request_timeout=10, headers={"Authorization": f"Bearer {TOKEN}"})
        yield schema


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=IDS)
def test_conforms_to_spec(prefactor_schema: OpenApiSchema, method: str, path: str, operation_id: str) -> None:
    # Schema-valid data may still name ids that do not exist (404) or break state rules (409),
    # which the spec declares; every answer must still be one the spec declares, well-formed.
    check_conformance(prefactor_schema, SPEC, operation_id, max_examples=25, input_checked=SPEC.operations)
