"""Bearer tokens, lost answers after commit, the command line."""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx2
import pytest
from agentplug.sandbox import prefactor

from .spec import Caller, Spec


def test_requests_without_a_valid_bearer_token_are_refused(base_url: str, spec: Spec) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"}):
        with httpx2.Client(base_url=base_url, headers=headers) as http:
            body = Caller(http, spec).call("ping", expect=401)
            assert body == {"status": "error", "code": "unauthorized", "message": "A valid bearer token is required"}


def test_ping_and_unknown_routes(api: Caller, http: httpx2.Client) -> None:
    assert api.call("ping")["status"] == "success"
    missing = http.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_dropped_answers_still_take_effect() -> None:
    settings = prefactor.SandboxSettings(drop_rate=1.0)
    with (
        prefactor.serve(settings=settings) as url,
        httpx2.Client(base_url=url, headers={"Authorization": "Bearer t"}) as http,
    ):
        with pytest.raises(httpx2.RemoteProtocolError):
            http.post("/api/v1/agent", json={"details": {"name": "kept"}, "idempotency_key": "drop-key-1"})
        assert http.get("/_sandbox/stats").json()["agents"] == 1


def test_cli_serves_until_terminated() -> None:
    command = [sys.executable, "-m", "agentplug.sandbox", "prefactor", "--port", "0", "--api-token", "tok"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:")
            with httpx2.Client(base_url=url) as http:
                assert http.get("/api/v1/ping").status_code == 401
                assert http.get("/api/v1/ping", headers={"Authorization": "Bearer tok"}).status_code == 200
        finally:
            process.terminate()
            process.wait(10)
        assert process.returncode in (0, -signal.SIGTERM)


def test_configured_deployment_tokens_stand_for_their_agent(spec: Spec) -> None:
    settings = prefactor.SandboxSettings(api_token="account", deployment_tokens={"deploy-1": "agent-fixed"})
    with prefactor.serve(settings=settings) as url:
        with httpx2.Client(base_url=url, headers={"Authorization": "Bearer account"}) as http:
            Caller(http, spec).call("create_agent", json={"details": {"name": "fixed", "id": "agent-fixed"}})
        with httpx2.Client(base_url=url, headers={"Authorization": "Bearer deploy-1"}) as http:
            body = {"agent_version": {}, "agent_schema_version": {}}
            instance = Caller(http, spec).call("register_agent_instance", json=body)["details"]
            assert instance["agent_id"] == "agent-fixed"
