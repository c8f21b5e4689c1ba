"""Property-based conformance: schemathesis drives every operation of specs/moderately.yaml."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from agentplug.sandbox import moderately
from schemathesis.specs.openapi.schemas import OpenApiSchema

from ..oracle import check_conformance, operation_params
from .spec import SPEC_PATH, Spec

SPEC = Spec()
OPERATIONS, IDS = operation_params(SPEC)


@pytest.fixture(scope="module")
def moderately_schema() -> Iterator[OpenApiSchema]:
    settings = moderately.SandboxSettings(
        api_keys=frozenset({"conformance"}), step_seconds=0.01, processing_seconds=0.01
    )
    with moderately.serve(settings=settings) as url:
        schema = schemathesis.openapi.from_path(SPEC_PATH)
        schema.config.update(base_url=url, request_timeout=10, headers={"Authorization": "Bearer conformance"})
        yield schema


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=IDS)
def test_conforms_to_spec(moderately_schema: OpenApiSchema, method: str, path: str, operation_id: str) -> None:
    check_conformance(moderately_schema, SPEC, operation_id, max_examples=25)
