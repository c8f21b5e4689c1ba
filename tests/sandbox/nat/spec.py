"""specs/nat.yaml as a test oracle: every sandbox answer is checked against the operation's declared response."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "nat.yaml"
_BASE = "urn:agentplug:nat-spec"


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def parse_sse(text: str) -> list[dict[str, Any]]:
    """Events of an SSE body per the WHATWG rules; unknown fields (`intermediate_data:`) are dropped."""
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


class Spec:
    def __init__(self, path: Path = SPEC_PATH) -> None:
        self.document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents({**self.document, "$id": _BASE}, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self.operations: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for path_name, item in self.document["paths"].items():
            for method, operation in item.items():
                if method in ("get", "post"):
                    self.operations[operation["operationId"]] = (method.upper(), path_name, operation["responses"])

    def validator(self, pointer: str) -> Draft202012Validator:
        return Draft202012Validator({"$ref": f"{_BASE}#/{pointer}"}, registry=self._registry)

    def schema(self, name: str) -> Draft202012Validator:
        return self.validator(_pointer("components", "schemas", name))

    def check(self, operation_id: str, response: httpx.Response) -> Any:
        """Assert the response is one the spec declares for the operation; return its parsed body."""
        _, path, responses = self.operations[operation_id]
        declared = responses.get(str(response.status_code))
        assert declared is not None, f"{operation_id} does not declare {response.status_code}: {response.text}"
        pointer = _pointer(
            "paths", path, self.operations[operation_id][0].lower(), "responses", str(response.status_code)
        )
        if "$ref" in declared:
            name = declared["$ref"].rsplit("/", 1)[-1]
            pointer, declared = (
                _pointer("components", "responses", name),
                self.document["components"]["responses"][name],
            )
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


class NatCaller:
    """Calls operations over plain httpx and checks every answer against the spec."""

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
        content: bytes | None = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        method, template, _ = self.spec.operations[operation_id]
        url = template.format(**(path or {}))
        response = self.http.request(method, url, json=json, content=content, params=params, headers=headers)
        assert response.status_code == expect, f"{operation_id}: {response.status_code} {response.text}"
        return self.spec.check(operation_id, response)
