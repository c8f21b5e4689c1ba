"""Accounts end to end: health, authentication, users, teams, memberships, API tokens, audit logs."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import AuthenticationError, NotFoundError
from agentplug.moderately import AsyncModeratelyAI, AsyncUserModel, UnsupportedOperationError
from agentplug.sandbox import moderately as sandbox

pytestmark = pytest.mark.anyio


async def test_health_and_whoami(client: AsyncModeratelyAI) -> None:
    health = await client.health()
    assert health.status and health.version
    me = await client.authentication.whoami()
    assert me.user_id


async def test_wrong_key_is_an_authentication_error(sandbox_url: str, team_id: str) -> None:
    client = AsyncModeratelyAI(api_key="wrong", team_id=team_id, base_url=sandbox_url, max_retries=0)
    try:
        with pytest.raises(AuthenticationError) as caught:
            await client.users.retrieve(sandbox.DEFAULT_USER_ID)
    finally:
        await client.aclose()
    assert caught.value.status_code == 401


async def test_authentication_flows(client: AsyncModeratelyAI) -> None:
    started = await client.authentication.start_email_authentication(email=sandbox.DEFAULT_USER_EMAIL)
    assert started.message
    session = await client.authentication.verify_email_authentication(token=sandbox.SandboxSettings().email_code)
    assert session.token
    await client.authentication.login(email=sandbox.DEFAULT_USER_EMAIL, password=sandbox.SandboxSettings().password)
    with pytest.raises(AuthenticationError):
        await client.authentication.login(email=sandbox.DEFAULT_USER_EMAIL, password="not the password")
    await client.authentication.logout()


async def test_users(client: AsyncModeratelyAI) -> None:
    users = [user async for user in client.users.list()]
    assert any(user.user_id == sandbox.DEFAULT_USER_ID for user in users)
    user = await client.users.retrieve(sandbox.DEFAULT_USER_ID)
    assert isinstance(user, AsyncUserModel) and user.display_name()
    assert user.formatted_created_at("%Y") is None or len(user.formatted_created_at("%Y") or "") == 4
    name = f"Jane {uuid.uuid4().hex[:6]}"
    updated = await user.update_profile(full_name=name)
    assert updated.full_name == name
    assert (await client.users.update(sandbox.DEFAULT_USER_ID, full_name="Sandbox Owner")).full_name == "Sandbox Owner"
    with pytest.raises(NotFoundError):
        await client.users.retrieve("no-such-user")


async def test_teams(client: AsyncModeratelyAI, team_id: str) -> None:
    assert (await client.teams.retrieve(team_id)).team_id == team_id
    name = f"Team {uuid.uuid4().hex[:6]}"
    created = await client.teams.create(name=name)
    assert created.name == name
    renamed = await client.teams.update(created.team_id, name=name + " renamed")
    assert renamed.name == name + " renamed"
    listed = [team.team_id async for team in client.teams.list(team_ids=[team_id, created.team_id])]
    assert set(listed) == {team_id, created.team_id}
    with pytest.raises(UnsupportedOperationError):
        await client.teams.delete(created.team_id)
    # The vendor's `description=` keyword is accepted; the API's team has no such field, so a value is refused.
    assert (await client.teams.update(created.team_id, description=None)).team_id == created.team_id
    with pytest.raises(UnsupportedOperationError, match="only a name"):
        await client.teams.create(name=name + " 2", description="a team")
    with pytest.raises(UnsupportedOperationError, match="only a name"):
        await client.teams.update(created.team_id, description="a team")


async def test_team_users(client: AsyncModeratelyAI) -> None:
    members = [member async for member in client.team_users.list()]
    assert members
    member = next(m for m in members if m.user_id == sandbox.MEMBER_USER_ID)
    assert (await client.team_users.retrieve(member.team_user_id)).user_id == sandbox.MEMBER_USER_ID
    updated = await client.team_users.update(member.team_user_id, role="admin")
    assert updated.role == "admin"
    await client.team_users.update(member.team_user_id, role="member")
    removed = await client.team_users.delete(member.team_user_id)
    assert removed.message
    with pytest.raises(NotFoundError):
        await client.team_users.retrieve(member.team_user_id)


async def test_api_tokens(client: AsyncModeratelyAI) -> None:
    created = await client.api_tokens.create(name=f"ci-{uuid.uuid4().hex[:6]}", role="readonly")
    assert created.token and created.token_id
    assert created.token not in repr(await client.api_tokens.retrieve(created.token_id))
    listed = [token.token_id async for token in client.api_tokens.list()]
    assert created.token_id in listed
    updated = await client.api_tokens.update(created.token_id, name="renamed", is_active=False)
    assert updated.name == "renamed" and updated.is_active is False
    usage = await client.api_tokens.usage(created.token_id)
    assert usage.total_requests >= 0
    await client.api_tokens.delete(created.token_id)
    with pytest.raises(NotFoundError):
        await client.api_tokens.retrieve(created.token_id)


async def test_audit_logs(client: AsyncModeratelyAI) -> None:
    dataset = await client.datasets.create(name=f"audited-{uuid.uuid4().hex[:8]}")
    entries = [entry async for entry in client.audit_logs.list(page_size=50, max_items=200)]
    assert entries
    entry = await client.audit_logs.retrieve(entries[0].audit_log_id)
    assert entry.audit_log_id == entries[0].audit_log_id
    about = [e async for e in client.audit_logs.list_for_entity("dataset", dataset.dataset_id)]
    assert about and all(e.resource_id == dataset.dataset_id for e in about)
    by_user = [
        e async for e in client.audit_logs.list_for_user(entries[0].user_id or sandbox.DEFAULT_USER_ID, max_items=5)
    ]
    assert by_user
