"""OAuth2 authorization code with PKCE: the fake identity provider, the callback and the paused execution."""

from __future__ import annotations

import time
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
from agentplug.sandbox import nat

from .spec import NatCaller


def wait_status(api: NatCaller, execution_id: str, wanted: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while True:
        status: dict[str, Any] = api.call("get_execution", path={"execution_id": execution_id})
        if status["status"] == wanted or time.monotonic() > deadline:
            return status
        time.sleep(0.02)


def start(api: NatCaller, user: str) -> dict[str, Any]:
    accepted: dict[str, Any] = api.call(
        "run_endpoint",
        path={"endpoint": "oauth_echo"},
        json={"input_message": "o"},
        headers={"Cookie": f"nat-session={user}"},
        expect=202,
    )
    return accepted


def test_the_authorization_code_flow_resumes_the_execution(api: NatCaller, http: httpx2.Client) -> None:
    user = f"dave-{uuid.uuid4()}"
    accepted = start(api, user)
    assert accepted["status"] == "oauth_required"
    query = parse_qs(urlsplit(accepted["auth_url"]).query)
    assert query["state"] == [accepted["oauth_state"]] and query["code_challenge_method"] == ["S256"]
    assert len(accepted["oauth_state"]) == 22  # 16 random bytes, URL-safe base64, as the real server makes it
    status = api.call("get_execution", path={"execution_id": accepted["execution_id"]})
    assert status["auth_url"] == accepted["auth_url"]

    page = http.get(accepted["auth_url"], follow_redirects=True)  # the user's browser at the identity provider
    assert page.status_code == 200 and "Authorisation complete" in page.text
    done = wait_status(api, accepted["execution_id"], "completed")
    assert "access_token='sandbox-at-" in done["result"]["value"]

    cached = api.call(
        "run_endpoint",
        path={"endpoint": "oauth_echo"},
        json={"input_message": "again"},
        headers={"Cookie": f"nat-session={user}"},
    )
    assert cached["value"].endswith(done["result"]["value"].split("access_token=")[1])


def test_callback_outcomes(api: NatCaller, http: httpx2.Client) -> None:
    assert api.call("oauth_redirect", params={"code": "x", "state": "unknown"}, expect=400) == (
        "Invalid or expired OAuth state"
    )
    denied = start(api, f"erin-{uuid.uuid4()}")
    page = api.call("oauth_redirect", params={"error": "access_denied", "state": denied["oauth_state"]})
    assert "cancelled" in page
    failed = wait_status(api, denied["execution_id"], "failed")
    assert failed["error"].startswith("Authorisation denied: access_denied")

    forged = start(api, f"frank-{uuid.uuid4()}")
    # A code the identity provider never issued fails the token exchange.
    page = api.call("oauth_redirect", params={"code": "forged", "state": forged["oauth_state"]})
    assert "could not be exchanged" in page
    assert "invalid_grant" in wait_status(api, forged["execution_id"], "failed")["error"]


def test_identity_is_required_and_may_come_from_a_trusted_header(api: NatCaller) -> None:
    failure = api.call("run_endpoint", path={"endpoint": "oauth_echo"}, json={"input_message": "o"}, expect=422)
    assert failure["message"] == "Authentication failed. No resolved user identity is available."
    accepted = api.call(
        "run_endpoint",
        path={"endpoint": "oauth_echo"},
        json={"input_message": "o"},
        headers={"x-user": f"grace-{uuid.uuid4()}"},
        expect=202,
    )
    assert accepted["status"] == "oauth_required"


def test_an_unanswered_consent_times_out() -> None:
    with nat.serve(nat.SandboxSettings(auth_timeout=0.2)) as url, httpx2.Client(base_url=url, timeout=10) as http:
        accepted = http.post("/oauth_echo", json={"input_message": "o"}, headers={"Authorization": "Bearer x"}).json()
        deadline = time.monotonic() + 5
        status = http.get(f"/executions/{accepted['execution_id']}").json()
        while status["status"] != "failed" and time.monotonic() < deadline:
            status = http.get(f"/executions/{accepted['execution_id']}").json()
    assert status["error"].startswith("Authentication timed out")
