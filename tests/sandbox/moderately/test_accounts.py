"""Health, authentication, users, teams, memberships, API tokens and audit logs."""

from __future__ import annotations

from collections.abc import Callable

import httpx2
import pytest
from agentplug.sandbox import moderately

from .conftest import TEAM
from .spec import Caller, Spec


def test_health_needs_no_credentials(base_url: str, spec: Spec) -> None:
    response = httpx2.get(f"{base_url}/health")
    assert spec.check("get_health", response) == {"status": "ok", "version": "sandbox"}


def test_requests_without_a_bearer_token_get_the_nested_error_body(base_url: str, spec: Spec) -> None:
    for headers in ({}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer"}):
        response = httpx2.get(f"{base_url}/teams", headers=headers)
        assert response.status_code == 401
        error = spec.check("list_teams", response)["error"]
        assert error["code"] == "unauthorized"
        assert error["path"] == "/teams"
        assert error["requestId"] == response.headers["x-request-id"]


def test_a_restricted_sandbox_accepts_only_its_keys(spec: Spec) -> None:
    with moderately.serve("only-this") as url:
        assert httpx2.get(f"{url}/authentication/whoami", headers={"Authorization": "Bearer other"}).status_code == 401
        good = httpx2.get(f"{url}/authentication/whoami", headers={"Authorization": "Bearer only-this"})
        assert spec.check("whoami", good) == {"userId": moderately.DEFAULT_USER_ID}


def test_email_sign_in_issues_a_session_token(base_url: str, spec: Spec) -> None:
    start = httpx2.post(f"{base_url}/authentication/email/initialize", json={"email": "owner@sandbox.invalid"})
    assert "message" in spec.check("start_email_authentication", start)
    wrong = httpx2.post(f"{base_url}/authentication/email/verify", json={"token": "123456"})
    assert spec.check("verify_email_authentication", wrong) is not None and wrong.status_code == 401
    right = httpx2.post(f"{base_url}/authentication/email/verify", json={"token": "000000"})
    session = spec.check("verify_email_authentication", right)["token"]
    whoami = httpx2.get(f"{base_url}/authentication/whoami", headers={"Authorization": f"Bearer {session}"})
    assert spec.check("whoami", whoami)["userId"] == moderately.DEFAULT_USER_ID


def test_password_login_and_logout(api: Caller, base_url: str, spec: Spec) -> None:
    body = {"email": moderately.DEFAULT_USER_EMAIL, "password": "sandbox-password"}
    assert spec.check("login", httpx2.post(f"{base_url}/authentication/login", json=body)) is None
    bad = httpx2.post(f"{base_url}/authentication/login", json={**body, "password": "nope"})
    assert bad.status_code == 401 and spec.check("login", bad)["error"]["code"] == "unauthorized"
    invalid = httpx2.post(f"{base_url}/authentication/login", json={"email": "not-an-email", "password": "x"})
    assert invalid.status_code == 400 and spec.check("login", invalid)["error"]["code"] == "validation_error"
    assert api.call("logout") is None


def test_users_list_get_and_update(api: Caller) -> None:
    page = api.call("list_users", params={"orderBy": "fullName"})
    assert [u["userId"] for u in page["items"]] == [moderately.MEMBER_USER_ID, moderately.DEFAULT_USER_ID]
    only = api.call("list_users", params={"userEmails": moderately.DEFAULT_USER_EMAIL})
    assert [u["userId"] for u in only["items"]] == [moderately.DEFAULT_USER_ID]
    assert api.call("get_user", path={"userId": moderately.MEMBER_USER_ID})["fullName"] == "Sandbox Member"
    api.call("get_user", path={"userId": "nobody"}, expect=404)
    assert api.call("update_user", path={"userId": moderately.DEFAULT_USER_ID}, json={"fullName": "Owner"}) is None
    assert api.call("get_user", path={"userId": moderately.DEFAULT_USER_ID})["fullName"] == "Owner"
    api.call("update_user", path={"userId": moderately.MEMBER_USER_ID}, json={"fullName": "X"}, expect=403)
    api.call("update_user", path={"userId": moderately.DEFAULT_USER_ID}, json={"fullName": ""}, expect=400)


def test_teams_create_list_get_update(api: Caller, unique: Callable[[str], str]) -> None:
    team = api.call("create_team", json={"name": unique("team")})
    assert api.call("get_team", path={"teamId": team["teamId"]}) == team
    renamed = api.call("update_team", path={"teamId": team["teamId"]}, json={"name": "Renamed"})
    assert renamed["name"] == "Renamed"
    listed = api.call("list_teams", params={"teamIds": f"{team['teamId']},{TEAM}", "orderBy": "createdAt"})
    assert [t["teamId"] for t in listed["items"]] == [TEAM, team["teamId"]]
    assert (
        api.call("list_teams", params={"name": "Renamed", "teamIds": team["teamId"]})["pagination"]["totalItems"] == 1
    )
    api.call("get_team", path={"teamId": "missing"}, expect=404)


def test_memberships(api: Caller) -> None:
    page = api.call("list_team_users", params={"teamIds": TEAM, "orderBy": "role"})
    by_user = {m["userId"]: m for m in page["items"]}
    owner, member = by_user[moderately.DEFAULT_USER_ID], by_user[moderately.MEMBER_USER_ID]
    assert (owner["role"], member["role"]) == ("admin", "member")
    assert api.call("get_team_user", path={"teamUserId": member["teamUserId"]}) == member
    names = api.call("list_team_users", params={"nameLike": "member", "emailLike": "member@"})
    assert [m["userId"] for m in names["items"]] == [moderately.MEMBER_USER_ID]
    promoted = api.call("update_team_user", path={"teamUserId": member["teamUserId"]}, json={"role": "admin"})
    assert promoted["role"] == "admin"
    api.call("delete_team_user", path={"teamUserId": owner["teamUserId"]}, expect=400)
    # Put things back for the other tests: demote, then the lone-admin rule applies to the owner.
    api.call("update_team_user", path={"teamUserId": member["teamUserId"]}, json={"role": "member"})
    api.call("update_team_user", path={"teamUserId": owner["teamUserId"]}, json={"role": "member"}, expect=400)
    api.call("delete_team_user", path={"teamUserId": "missing"}, expect=404)


def test_removing_a_member(api: Caller, unique: Callable[[str], str]) -> None:
    team = api.call("create_team", json={"name": unique("team")})
    page = api.call("list_team_users", params={"teamIds": team["teamId"]})
    assert [m["role"] for m in page["items"]] == ["admin"]
    mine = page["items"][0]
    api.call("delete_team_user", path={"teamUserId": mine["teamUserId"]}, expect=400)
    member = next(
        m for m in api.call("list_team_users", params={"teamIds": TEAM, "userIds": moderately.MEMBER_USER_ID})["items"]
    )
    assert member["userId"] == moderately.MEMBER_USER_ID


def test_api_tokens_lifecycle_and_usage(api: Caller, base_url: str, spec: Spec, unique: Callable[[str], str]) -> None:
    created = api.call("create_api_token", json={"teamId": TEAM, "name": unique("token"), "role": "admin"}, expect=201)
    secret, token_id = created["token"], created["tokenId"]
    assert secret.startswith(created["token"][:8])
    with httpx2.Client(base_url=base_url, headers={"Authorization": f"Bearer {secret}"}) as as_token:
        assert spec.check("whoami", as_token.get("/authentication/whoami"))["userId"] == moderately.DEFAULT_USER_ID
        as_token.get("/teams/missing")
        listed = api.call("list_api_tokens", params={"teamId": TEAM, "tokenIds": token_id})
        assert [t["tokenId"] for t in listed["items"]] == [token_id]
        assert listed["items"][0]["last4"] == secret[-4:] and listed["items"][0]["usage7Days"] == 2
        details = api.call("get_api_token", path={"tokenId": token_id})
        assert details["createdBy"]["userId"] == moderately.DEFAULT_USER_ID
        assert details["usageStats"]["totalRequests"] == 2
        usage = api.call("get_api_token_usage", path={"tokenId": token_id})
        assert usage["requestsByEndpoint"] == {"/authentication/whoami": 1, "/teams/missing": 1}
        assert usage["errorRate"] == 0.5
        only_get = api.call("get_api_token_usage", path={"tokenId": token_id}, params={"endpoint": "/teams/missing"})
        assert only_get["totalRequests"] == 1
        disabled = api.call("update_api_token", path={"tokenId": token_id}, json={"isActive": False})
        assert disabled["isActive"] is False
        assert as_token.get("/authentication/whoami").status_code == 401
        api.call("update_api_token", path={"tokenId": token_id}, json={"isActive": True})
        assert api.call("delete_api_token", path={"tokenId": token_id}, expect=204) is None
        assert as_token.get("/authentication/whoami").status_code == 401
        api.call("get_api_token", path={"tokenId": token_id}, expect=404)
    api.call("list_api_tokens", params={"teamId": "not-mine"}, expect=403)


def test_expired_tokens_are_refused(api: Caller, base_url: str, unique: Callable[[str], str]) -> None:
    body = {"teamId": TEAM, "name": unique("token"), "expiresAt": "2020-01-01T00:00:00Z"}
    secret = api.call("create_api_token", json=body, expect=201)["token"]
    response = httpx2.get(f"{base_url}/authentication/whoami", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 401


def test_audit_logs_record_changes(api: Caller, unique: Callable[[str], str]) -> None:
    team = api.call("create_team", json={"name": unique("audited")})
    api.call("update_team", path={"teamId": team["teamId"]}, json={"name": "Audited"})
    history = api.call("list_entity_audit_logs", path={"entityType": "team", "entityId": team["teamId"]})
    assert [entry["action"] for entry in history["items"]] == ["create", "update"]
    assert history["items"][1]["changes"] == {"name": "Audited"}
    entry = api.call("get_audit_log", path={"auditLogId": history["items"][0]["auditLogId"]})
    assert entry["eventType"] == "team.create"
    updates = api.call("list_audit_logs", params={"teamId": team["teamId"], "action": "update"})
    assert [e["resourceId"] for e in updates["items"]] == [team["teamId"]]
    mine = api.call(
        "list_user_audit_logs", path={"userId": moderately.DEFAULT_USER_ID}, params={"resourceType": "team"}
    )
    assert team["teamId"] in {e["resourceId"] for e in mine["items"]}
    future = api.call("list_audit_logs", params={"startDate": "2999-01-01T00:00:00Z"})
    assert future["items"] == []
    api.call("get_audit_log", path={"auditLogId": "missing"}, expect=404)


@pytest.mark.parametrize(
    "params",
    [{"page": "0"}, {"pageSize": "1001"}, {"orderBy": "bogus"}, {"orderDirection": "up"}, {"page": "x"}],
)
def test_bad_paging_is_a_400(api: Caller, params: dict[str, str]) -> None:
    error = api.call("list_users", params=params, expect=400)["error"]
    assert error["code"] == "validation_error" and error["details"][0]["field"].startswith("query.")


def test_pagination_walks_every_page(api: Caller, unique: Callable[[str], str]) -> None:
    prefix = unique("paged")
    for index in range(5):
        api.call("create_team", json={"name": f"{prefix}-{index}"})
    seen: list[str] = []
    page = 1
    while True:
        body = api.call("list_teams", params={"page": page, "pageSize": 2, "orderBy": "name"})
        seen += [t["name"] for t in body["items"] if t["name"].startswith(prefix)]
        if not body["pagination"]["hasNextPage"]:
            break
        page += 1
    assert seen == [f"{prefix}-{index}" for index in range(5)]
    assert body["pagination"]["hasPreviousPage"] is True
