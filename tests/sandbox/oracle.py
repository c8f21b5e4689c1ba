"""A spec as a test oracle, for every sandbox: look up operations, validate answers, drive schemathesis.

Each platform's `spec.py` binds `Spec` to its `specs/<platform>.yaml`; the tests call operations
by operationId through `Caller`, and every answer is checked against the response the spec
declares for its status (body schema, content type, SSE events decoded and validated one by one).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import hypothesis
import schemathesis
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis.checks import positive_data_acceptance, response_schema_conformance
from schemathesis.specs.openapi.schemas import OpenApiSchema

SPECS = Path(__file__).resolve().parents[2] / "specs"
_METHODS = ("get", "post", "put", "patch", "delete")


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def parse_sse(text: str) -> list[dict[str, Any]]:
    """Events of an SSE body per the WHATWG rules: `data` lines joined with newlines, comments and
    unknown fields dropped, `event` defaulting to "message"."""
    events: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}
    data: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line == "":
            if data:
                events.append({"event": "message", **fields, "data": "\n".join(data)})
            fields, data = {}, []
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            data.append(value)
        elif name in ("id", "event"):
            fields[name] = value
    return events


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    responses: dict[str, Any]


class Spec:
    """One OpenAPI document, with jsonschema validation (its `$ref`s resolved inside it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        base = f"urn:agentplug:{path.stem}-spec"
        resource = Resource.from_contents({**self.document, "$id": base}, default_specification=DRAFT202012)
        self._base = base
        self._registry: Registry[Any] = Registry().with_resource(base, resource)
        self.operations: dict[str, Operation] = {}
        for path_name, item in self.document["paths"].items():
            for method, operation in item.items():
                if method in _METHODS:
                    op = Operation(operation["operationId"], method.upper(), path_name, operation["responses"])
                    self.operations[op.operation_id] = op

    def validator(self, pointer: str) -> Draft202012Validator:
        return Draft202012Validator(
            {"$ref": f"{self._base}#/{pointer}"},
            registry=self._registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )

    def schema(self, name: str) -> Draft202012Validator:
        """The validator of a component schema."""
        return self.validator(_pointer("components", "schemas", name))

    def validate_schema(self, name: str, instance: Any) -> None:
        self.schema(name).validate(instance)

    def _response(self, operation: Operation, status: int) -> tuple[str, dict[str, Any]]:
        """JSON pointer and object of the response declared for `status`."""
        declared = operation.responses.get(str(status))
        assert declared is not None, f"{operation.operation_id} does not declare status {status}"
        if "$ref" in declared:
            name = declared["$ref"].rsplit("/", 1)[-1]
            return _pointer("components", "responses", name), self.document["components"]["responses"][name]
        return _pointer("paths", operation.path, operation.method.lower(), "responses", str(status)), declared

    def check(self, operation_id: str, response: httpx2.Response) -> Any:
        """Assert the response is one the spec declares for the operation; return its parsed body."""
        pointer, declared = self._response(self.operations[operation_id], response.status_code)
        content = declared.get("content")
        if not content:
            assert response.content == b"", f"{operation_id} {response.status_code} must have no body"
            return None
        media = response.headers.get("content-type", "").split(";")[0].strip()
        assert media in content, f"{operation_id} {response.status_code}: unexpected content type {media!r}"
        schema = self.validator(f"{pointer}/content/{_pointer(media)}/schema")
        if media == "text/event-stream":
            events = [{**event, "data": json.loads(event["data"])} for event in parse_sse(response.text)]
            for event in events:
                schema.validate(event)
            return events
        if not media.endswith("json"):
            schema.validate(response.text)
            return response.text
        body = response.json()
        schema.validate(body)
        return body


class Caller:
    """Calls operations by operationId over plain httpx2 and checks every answer against the spec."""

    def __init__(self, http: httpx2.Client, spec: Spec) -> None:
        self.http = http
        self.spec = spec

    def request(
        self,
        operation_id: str,
        *,
        expect: int,
        path: dict[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        params: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[httpx2.Response, Any]:
        operation = self.spec.operations[operation_id]
        url = operation.path.format(**(path or {}))
        response = self.http.request(operation.method, url, json=json, content=content, params=params, headers=headers)
        assert response.status_code == expect, f"{operation_id}: {response.status_code} {response.text}"
        return response, self.spec.check(operation_id, response)

    def call(self, operation_id: str, *, expect: int = 200, **kwargs: Any) -> Any:
        """The checked, parsed body of one call."""
        return self.request(operation_id, expect=expect, **kwargs)[1]


def operation_params(spec: Spec) -> tuple[list[tuple[str, str, str]], list[str]]:
    """`(method, path, operationId)` of every operation, and their ids: a `parametrize` of them all."""
    operations = sorted((op.method, op.path, op.operation_id) for op in spec.operations.values())
    return operations, [operation_id for _, _, operation_id in operations]


def check_conformance(
    schema: OpenApiSchema,
    spec: Spec,
    operation_id: str,
    *,
    max_examples: int,
    input_checked: Collection[str] = (),
    streaming: Collection[str] = (),
) -> None:
    """schemathesis-generated requests for one operation; every answer must be one the spec declares.

    `input_checked`: operations whose schema-valid input the server may still refuse with a
    declared status (it names a missing id, or must suit an agent): positive acceptance is not
    required of them. `streaming`: SSE operations, whose events are validated decoded, here,
    since schemathesis would validate each event's `data` as the raw string.
    """
    op = spec.operations[operation_id]
    operation = schema[op.path][op.method.lower()]
    excluded = []
    if operation_id in input_checked:
        excluded.append(positive_data_acceptance)
    if operation_id in streaming:
        excluded.append(response_schema_conformance)

    @hypothesis.settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy())
    def check(case: schemathesis.Case) -> None:
        response = case.call_and_validate(excluded_checks=excluded)
        if operation_id in streaming:
            headers = [(name, value) for name, values in response.headers.items() for value in values]
            spec.check(operation_id, httpx2.Response(response.status_code, headers=headers, content=response.content))

    check()
