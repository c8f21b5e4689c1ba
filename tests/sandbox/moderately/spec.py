"""specs/moderately.yaml as a test oracle: look up operations and validate answers against them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "moderately.yaml"
_BASE = "urn:agentplug:moderately-spec"


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    responses: dict[str, Any]


class Spec:
    """The document, with jsonschema validation of response bodies (``$ref``s resolved in it)."""

    def __init__(self, path: Path = SPEC_PATH) -> None:
        self.document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents({**self.document, "$id": _BASE}, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self.operations: dict[str, Operation] = {}
        for path_name, item in self.document["paths"].items():
            for method, operation in item.items():
                op = Operation(operation["operationId"], method.upper(), path_name, operation["responses"])
                self.operations[op.operation_id] = op

    def _validator(self, pointer: str) -> Draft202012Validator:
        return Draft202012Validator(
            {"$ref": f"{_BASE}#/{pointer}"},
            registry=self._registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )

    def _response(self, operation: Operation, status: int) -> tuple[str, dict[str, Any]]:
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
        body = response.json()
        self._validator(f"{pointer}/content/{_pointer(media)}/schema").validate(body)
        return body

    def validate_schema(self, name: str, instance: Any) -> None:
        self._validator(_pointer("components", "schemas", name)).validate(instance)


class Caller:
    """Calls operations by operationId over plain httpx and checks every answer against the spec."""

    def __init__(self, http: httpx.Client, spec: Spec) -> None:
        self.http = http
        self.spec = spec

    def request(
        self,
        operation_id: str,
        *,
        expect: int,
        path: dict[str, Any] | None = None,
        json: Any = None,
        params: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[httpx.Response, Any]:
        operation = self.spec.operations[operation_id]
        url = operation.path.format(**(path or {}))
        response = self.http.request(operation.method, url, json=json, params=params, headers=headers)
        assert response.status_code == expect, f"{operation_id}: {response.status_code} {response.text}"
        return response, self.spec.check(operation_id, response)

    def call(self, operation_id: str, *, expect: int = 200, **kwargs: Any) -> Any:
        """The checked, parsed body of one call."""
        return self.request(operation_id, expect=expect, **kwargs)[1]
