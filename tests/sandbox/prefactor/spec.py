"""specs/prefactor.yaml as a test oracle: every answer is checked against the declared response."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "prefactor.yaml"
_BASE = "urn:agentplug:prefactor-spec"


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    responses: dict[str, Any]


class Spec:
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
            {"$ref": f"{_BASE}#/{pointer}"}, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    def check(self, operation_id: str, response: httpx.Response) -> Any:
        """Assert the answer is declared for the operation and matches its schema; return the body."""
        operation = self.operations[operation_id]
        declared = operation.responses.get(str(response.status_code))
        assert declared is not None, f"{operation_id} does not declare {response.status_code}: {response.text}"
        if "$ref" in declared:
            name = declared["$ref"].rsplit("/", 1)[-1]
            pointer, declared = (
                _pointer("components", "responses", name),
                self.document["components"]["responses"][name],
            )
        else:
            pointer = _pointer(
                "paths", operation.path, operation.method.lower(), "responses", str(response.status_code)
            )
        media = response.headers.get("content-type", "").split(";")[0].strip()
        assert media == "application/json", f"{operation_id}: content type {media!r}"
        body = response.json()
        self._validator(f"{pointer}/content/{_pointer(media)}/schema").validate(body)
        return body

    def validate_schema(self, name: str, instance: Any) -> None:
        self._validator(_pointer("components", "schemas", name)).validate(instance)


class Caller:
    """Calls operations by operationId over plain httpx, checking every answer against the spec."""

    def __init__(self, http: httpx.Client, spec: Spec) -> None:
        self.http = http
        self.spec = spec

    def call(
        self,
        operation_id: str,
        *,
        expect: int = 200,
        path: dict[str, str] | None = None,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        operation = self.spec.operations[operation_id]
        url = operation.path.format(**(path or {}))
        response = self.http.request(operation.method, url, json=json, params=params, headers=headers)
        assert response.status_code == expect, f"{operation_id}: {response.status_code} {response.text}"
        return self.spec.check(operation_id, response)
