# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Accounts end to end: health, authentication, users, teams, memberships, API tokens, audit logs."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import AuthenticationError, NotFoundError
from agentplug.moderately import ModeratelyAI, UnsupportedOperationError, UserModel
from agentplug.sandbox import moderately as sandbox

pytestmark = pytest.mark.anyio


def test_health_and_whoami(client: ModeratelyAI) -> None:
    health = client.health()
    assert health.status and health.version
    me = client.authentication.whoami()
    assert me.user_id


def test_wrong_key_is_an_authentication_error(sandbox_url: str, team_id: str) -> None:
    client = ModeratelyAI(api_key="wrong", team_id=team_id, base_url=sandbox_url, max_retries=0)
    try:
        with pytest.raises(AuthenticationError) as caught:
            client.users.retrieve(sandbox.DEFAULT_USER_ID)
    finally:
        client.close()
    assert caught.value.status_code == 401


def test_authentication_flows(client: ModeratelyAI) -> None:
    started = client.authentication.start_email_authentication(email=sandbox.DEFAULT_USER_EMAIL)
    assert started.message
    session = client.authentication.verify_email_authentication(token=sandbox.SandboxSettings().email_code)
    assert session.token
    client.authentication.login(email=sandbox.DEFAULT_USER_EMAIL, password=sandbox.SandboxSettings().password)
    with pytest.raises(AuthenticationError):
        client.authentication.login(email=sandbox.DEFAULT_USER_EMAIL, password="not the password")
    client.authentication.logout()


def test_users(client: ModeratelyAI) -> None:
    users = [user for user in client.users.list()]
    assert any(user.user_id == sandbox.DEFAULT_USER_ID for user in users)
    user = client.users.retrieve(sandbox.DEFAULT_USER_ID)
    assert isinstance(user, UserModel) and user.display_name()
    assert user.formatted_created_at("%Y") is None or len(user.formatted_created_at("%Y") or "") == 4
    name = f"Jane {uuid.uuid4().hex[:6]}"
    updated = user.update_profile(full_name=name)
    assert updated.full_name == name
    assert (client.users.update(sandbox.DEFAULT_USER_ID, full_name="Sandbox Owner")).full_name == "Sandbox Owner"
    with pytest.raises(NotFoundError):
        client.users.retrieve("no-such-user")


def test_teams(client: ModeratelyAI, team_id: str) -> None:
    assert (client.teams.retrieve(team_id)).team_id == team_id
    name = f"Team {uuid.uuid4().hex[:6]}"
    created = client.teams.create(name=name)
    assert created.name == name
    renamed = client.teams.update(created.team_id, name=name + " renamed")
    assert renamed.name == name + " renamed"
    listed = [team.team_id for team in client.teams.list(team_ids=[team_id, created.team_id])]
    assert set(listed) == {team_id, created.team_id}
    with pytest.raises(UnsupportedOperationError):
        client.teams.delete(created.team_id)
    # The vendor's `description=` keyword is accepted; the API's team has no such field, so a value is refused.
    assert (client.teams.update(created.team_id, description=None)).team_id == created.team_id
    with pytest.raises(UnsupportedOperationError, match="only a name"):
        client.teams.create(name=name + " 2", description="a team")
    with pytest.raises(UnsupportedOperationError, match="only a name"):
        client.teams.update(created.team_id, description="a team")


def test_team_users(client: ModeratelyAI) -> None:
    members = [member for member in client.team_users.list()]
    assert members
    member = next(m for m in members if m.user_id == sandbox.MEMBER_USER_ID)
    assert (client.team_users.retrieve(member.team_user_id)).user_id == sandbox.MEMBER_USER_ID
    updated = client.team_users.update(member.team_user_id, role="admin")
    assert updated.role == "admin"
    client.team_users.update(member.team_user_id, role="member")
    removed = client.team_users.delete(member.team_user_id)
    assert removed.message
    with pytest.raises(NotFoundError):
        client.team_users.retrieve(member.team_user_id)


def test_api_tokens(client: ModeratelyAI) -> None:
    created = client.api_tokens.create(name=f"ci-{uuid.uuid4().hex[:6]}", role="readonly")
    assert created.token and created.token_id
    assert created.token not in repr(client.api_tokens.retrieve(created.token_id))
    listed = [token.token_id for token in client.api_tokens.list()]
    assert created.token_id in listed
    updated = client.api_tokens.update(created.token_id, name="renamed", is_active=False)
    assert updated.name == "renamed" and updated.is_active is False
    usage = client.api_tokens.usage(created.token_id)
    assert usage.total_requests >= 0
    client.api_tokens.delete(created.token_id)
    with pytest.raises(NotFoundError):
        client.api_tokens.retrieve(created.token_id)


def test_audit_logs(client: ModeratelyAI) -> None:
    dataset = client.datasets.create(name=f"audited-{uuid.uuid4().hex[:8]}")
    entries = [entry for entry in client.audit_logs.list(page_size=50, max_items=200)]
    assert entries
    entry = client.audit_logs.retrieve(entries[0].audit_log_id)
    assert entry.audit_log_id == entries[0].audit_log_id
    about = [e for e in client.audit_logs.list_for_entity("dataset", dataset.dataset_id)]
    assert about and all(e.resource_id == dataset.dataset_id for e in about)
    by_user = [e for e in client.audit_logs.list_for_user(entries[0].user_id or sandbox.DEFAULT_USER_ID, max_items=5)]
    assert by_user
