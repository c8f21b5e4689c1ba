"""API key check, error bodies, unknown routes and methods."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest
from agentplug.sandbox import acp

from .spec import AcpCaller, Spec


@pytest.fixture(scope="module")
def keyed_url() -> Iterator[str]:
    with acp.serve(api_key="s3cret", profile="spec") as url:
        yield url


def test_api_key_required(keyed_url: str, spec: Spec) -> None:
    with httpx2.Client(base_url=keyed_url) as http:
        api = AcpCaller(http, spec)
        assert api.call("search_agents", json={}, expect=401) == {"detail": "Invalid API Key"}
        api.call("search_agents", json={}, headers={"x-api-key": "wrong"}, expect=401)
        api.call("get_agent_by_id", path={"agent_id": acp.ECHO_AGENT_ID}, expect=401)
        assert len(api.call("search_agents", json={}, headers={"x-api-key": "s3cret"})) == 1
    with httpx2.Client(base_url=keyed_url, headers={"x-api-key": "s3cret"}) as http:
        api = AcpCaller(http, spec)
        answer = api.call("create_and_wait_for_stateless_run_output", json={"input": "keyed"})
        assert answer["output"]["values"] == "keyed"


def test_no_key_needed_without_configuration(api: AcpCaller) -> None:
    api.call("search_agents", json={}, headers={"x-api-key": "anything"})


def test_unknown_route_and_method(http: httpx2.Client) -> None:
    missing = http.get("/nowhere")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not Found"}
    wrong = http.get("/runs/search")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert wrong.json() == {"detail": "Method Not Allowed"}
    assert http.get("/runs/not-a-uuid").status_code == 404
