"""The client over a mock transport: where server-given URLs lead, and what odd answers become."""

from __future__ import annotations

import json

import httpx2
import pytest
from agentplug.errors import ResponseValidationError
from agentplug.nat import NAT, HTTPSettings

PROMPT = {"input_type": "text", "text": "?", "timeout": None}


def client_with(handler: httpx2.MockTransport, **kwargs: object) -> NAT:
    return NAT(base_url="http://nat.test/gateway", http_settings=HTTPSettings(transport=handler), **kwargs)  # type: ignore[arg-type]


def test_server_urls_never_lead_to_another_origin() -> None:
    seen: list[httpx2.Request] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        if request.method == "POST" and request.url.path == "/gateway/v1/workflow":
            return httpx2.Response(
                202,
                json={
                    "execution_id": "e",
                    "status": "interaction_required",
                    "status_url": "http://elsewhere.test/executions/e",
                    "interaction_id": "i",
                    "prompt": PROMPT,
                    "response_url": "http://elsewhere.test/steal",
                },
            )
        if request.method == "POST":
            return httpx2.Response(204)
        return httpx2.Response(200, json={"execution_id": "e", "status": "completed", "result": {"value": 1}})

    with client_with(httpx2.MockTransport(handle), token="secret") as client:
        execution = client.run("x")
        execution.respond("answer")
        assert execution.wait_for_completion() == {"value": 1}
    assert {request.url.host for request in seen} == {"nat.test"}
    assert [request.url.path for request in seen] == [
        "/gateway/v1/workflow",
        "/gateway/executions/e/interactions/i/response",
        "/gateway/executions/e",
    ]
    assert json.loads(seen[1].content) == {"response": {"type": "text", "text": "answer"}}
    assert seen[0].headers["authorization"] == "Bearer secret"


def test_relative_server_urls_resolve_against_the_base_url_path() -> None:
    paths: list[str] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        paths.append(request.url.path)
        if request.method == "POST":
            body = {"execution_id": "e", "status": "oauth_required", "status_url": "/executions/e"}
            return httpx2.Response(202, json={**body, "auth_url": "http://idp/a", "oauth_state": "s"})
        return httpx2.Response(200, json={"execution_id": "e", "status": "failed", "error": "denied"})

    with client_with(httpx2.MockTransport(handle), session="dave") as client:
        execution = client.run("x")
        assert execution.oauth is not None
        assert execution.status().status == "failed"
    assert paths == ["/gateway/v1/workflow", "/gateway/executions/e"]


@pytest.mark.parametrize(
    "response",
    [
        httpx2.Response(202, text="<html>gateway</html>"),
        httpx2.Response(202, json={"execution_id": "e", "status": "interaction_required"}),
        httpx2.Response(202, json=["not", "an", "object"]),
    ],
)
def test_unreadable_answers_are_response_validation_errors(response: httpx2.Response) -> None:
    with client_with(httpx2.MockTransport(lambda request: response)) as client, pytest.raises(ResponseValidationError):
        client.run("x")
