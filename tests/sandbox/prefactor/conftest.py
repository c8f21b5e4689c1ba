"""Fixtures: one Prefactor sandbox per session, spec-checking callers, and small builders."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest
from agentplug.sandbox import prefactor

from .spec import Caller, Spec

TOKEN = "sandbox-token"


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec()


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    with prefactor.serve(api_token=TOKEN) as url:
        yield url


@pytest.fixture
def http(base_url: str) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=base_url, timeout=15.0, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client


@pytest.fixture
def api(http: httpx2.Client, spec: Spec) -> Caller:
    return Caller(http, spec)


def key() -> str:
    return f"key-{uuid.uuid4()}"


@pytest.fixture
def agent(api: Caller) -> dict[str, Any]:
    return api.call("create_agent", json={"details": {"name": f"agent {uuid.uuid4().hex[:6]}"}})["details"]


SCHEMA_VERSION = {
    "external_identifier": "schema-1",
    "span_type_schemas": [
        {"name": "tool_call", "params_schema": {"type": "object"}, "template": "{{tool}} -> {{answer}}"},
        {"name": "llm", "params_schema": {"type": "object"}},
    ],
    "quality_schemas": [{"name": "accuracy", "schema": {"type": "object"}, "template": "score {{score}}"}],
}


@pytest.fixture
def new_instance(api: Caller, agent: dict[str, Any]) -> Callable[..., dict[str, Any]]:
    def make(*, start: bool = True) -> dict[str, Any]:
        body = {"agent_id": agent["id"], "agent_version": {"name": "v1"}, "agent_schema_version": SCHEMA_VERSION}
        instance = api.call("register_agent_instance", json=body)["details"]
        if start:
            path = {"agent_instance_id": instance["id"]}
            instance = api.call("start_agent_instance", path=path, json={"timestamp": None})["details"]
        return dict(instance)

    return make
