"""The ACP spec as a test oracle: look up operations, validate response bodies and SSE events."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "acp.yaml"
_BASE = "urn:agentplug:acp-spec"


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    responses: dict[str, Any]


def parse_sse(text: str) -> list[dict[str, Any]]:
    """Events of an SSE body per the WHATWG rules (id, event, data joined with newlines)."""
    events: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}
    data: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line == "":
            if data:
                events.append({**fields, "data": "\n".join(data)})
            fields, data = {}, []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            data.append(value)
        elif name in ("id", "event"):
            fields[name] = value
    return events


class Spec:
    """specs/acp.yaml, with jsonschema validation of responses (``$ref``s resolved in the document)."""

    def __init__(self, path: Path = SPEC_PATH) -> None:
        self.document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents({**self.document, "$id": _BASE}, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self.operations: dict[str, Operation] = {}
        for path_name, item in self.document["paths"].items():
            for method, operation in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    op = Operation(operation["operationId"], method.upper(), path_name, operation["responses"])
                    self.operations[op.operation_id] = op

    def _validator(self, pointer: str) -> Draft202012Validator:
        return Draft202012Validator(
            {"$ref": f"{_BASE}#/{pointer}"},
            registry=self._registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )

    def _response(self, operation: Operation, status: int) -> tuple[str, dict[str, Any]]:
        """JSON pointer and object of the response declared for status."""
        declared = operation.responses.get(str(status))
        assert declared is not None, f"{operation.operation_id} does not declare status {status}"
        if "$ref" in declared:
            name = declared["$ref"].rsplit("/", 1)[-1]
            return _pointer("components", "responses", name), self.document["components"]["responses"][name]
        return _pointer("paths", operation.path, operation.method.lower(), "responses", str(status)), declared

    def check(self, operation_id: str, response: httpx.Response) -> Any:
        """Assert the response is one the spec declares for the operation; return its parsed body."""
        operation = self.operations[operation_id]
        pointer, declared = self._response(operation, response.status_code)
        content = declared.get("content")
        if not content:
            assert response.content == b"", f"{operation_id} {response.status_code} must have no body"
            return None
        media = response.headers.get("content-type", "").split(";")[0].strip()
        assert media in content, f"{operation_id} {response.status_code}: unexpected content type {media!r}"
        schema_pointer = f"{pointer}/content/{_pointer(media)}/schema"
        if media == "text/event-stream":
            events = []
            for event in parse_sse(response.text):
                instance = {**event, "data": json.loads(event["data"])}
                self._validator(schema_pointer).validate(instance)
                events.append(instance)
            return events
        body = response.json()
        self._validator(schema_pointer).validate(body)
        return body

    def validate_schema(self, name: str, instance: Any) -> None:
        """Validate against a component schema (e.g. the webhook body)."""
        self._validator(_pointer("components", "schemas", name)).validate(instance)


class AcpCaller:
    """Calls operations by operationId over plain httpx and checks every answer against the spec."""

    def __init__(self, http: httpx.Client, spec: Spec) -> None:
        self.http = http
        self.spec = spec

    def request(
        self,
        operation_id: str,
        *,
        expect: int,
        path: dict[str, str] | None = None,
        json: Any = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[httpx.Response, Any]:
        operation = self.spec.operations[operation_id]
        url = operation.path.format(**(path or {}))
        response = self.http.request(operation.method, url, json=json, content=content, params=params, headers=headers)
        assert response.status_code == expect, f"{operation_id}: {response.status_code} {response.text}"
        return response, self.spec.check(operation_id, response)

    def call(self, operation_id: str, *, expect: int = 200, **kwargs: Any) -> Any:
        """The checked, parsed body of one call."""
        return self.request(operation_id, expect=expect, **kwargs)[1]
