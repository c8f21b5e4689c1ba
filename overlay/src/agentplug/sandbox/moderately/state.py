"""Everything the sandbox remembers, in memory, as records in the wire format."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from .config import DEFAULT_USER_EMAIL, DEFAULT_USER_ID, MEMBER_USER_ID, SandboxSettings
from .errors import forbidden, not_found
from .records import Record, new_id, now
from .storage import ObjectStore

__all__ = ["Caller", "State"]


@dataclass(frozen=True)
class Caller:
    """Who sent a request: the user, and the API token used (None for other credentials)."""

    user_id: str
    token_id: str | None = None
    ip_address: str | None = None
    user_agent: str | None = None
    request_id: str | None = None


class State:
    """The sandbox's data, one table (dict by id) per resource, plus its background tasks."""

    def __init__(self, settings: SandboxSettings, store: ObjectStore) -> None:
        self.settings = settings
        self.store = store
        self.users: dict[str, Record] = {}
        self.user_emails: dict[str, str] = {}
        self.teams: dict[str, Record] = {}
        self.team_users: dict[str, Record] = {}
        self.tokens: dict[str, Record] = {}
        self.token_secrets: dict[str, str] = {}  # secret -> token id
        self.token_usage: dict[str, list[tuple[str, str, str, float, bool]]] = {}
        self.sessions: set[str] = set()
        self.agents: dict[str, Record] = {}
        self.agent_versions: dict[str, Record] = {}
        self.agent_executions: dict[str, Record] = {}
        self.memory_states: dict[str, list[Record]] = {}
        self.execution_steps: dict[str, list[Record]] = {}
        self.files: dict[str, Record] = {}
        self.datasets: dict[str, Record] = {}
        self.schema_versions: dict[str, Record] = {}
        self.data_versions: dict[str, Record] = {}
        self.data_version_requested_status: dict[str, str | None] = {}
        self.data_version_uploaded: set[str] = set()
        self.pipelines: dict[str, Record] = {}
        self.pipeline_versions: dict[str, Record] = {}
        self.pipeline_executions: dict[str, Record] = {}
        self.pipeline_outputs: dict[str, Record] = {}  # execution id -> {"inline": ...} or {"key": ...}
        self.audit_logs: dict[str, Record] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._seed()

    def _seed(self) -> None:
        stamp = now()
        self.users[DEFAULT_USER_ID] = {
            "userId": DEFAULT_USER_ID,
            "fullName": "Sandbox Owner",
            "nickname": "owner",
            "createdAt": stamp,
            "updatedAt": stamp,
        }
        self.user_emails[DEFAULT_USER_ID] = DEFAULT_USER_EMAIL
        self.users[MEMBER_USER_ID] = {
            "userId": MEMBER_USER_ID,
            "fullName": "Sandbox Member",
            "createdAt": stamp,
            "updatedAt": stamp,
        }
        self.user_emails[MEMBER_USER_ID] = "member@sandbox.invalid"
        team_id = self.settings.team_id
        self.teams[team_id] = {"teamId": team_id, "name": "Sandbox Team", "createdAt": stamp, "updatedAt": stamp}
        self.add_member(team_id, DEFAULT_USER_ID, "admin", is_default=True)
        self.add_member(team_id, MEMBER_USER_ID, "member", is_default=True)

    def add_member(self, team_id: str, user_id: str, role: str, *, is_default: bool = False) -> Record:
        stamp = now()
        membership: Record = {
            "teamUserId": new_id(),
            "teamId": team_id,
            "userId": user_id,
            "role": role,
            "isDefault": is_default,
            "createdAt": stamp,
            "updatedAt": stamp,
            "email": self.user_emails.get(user_id),
        }
        self.team_users[membership["teamUserId"]] = membership
        return membership

    # -- access ----------------------------------------------------------------------------
    def team_ids_of(self, user_id: str) -> set[str]:
        return {m["teamId"] for m in self.team_users.values() if m["userId"] == user_id}

    def require_member(self, caller: Caller, team_id: str) -> None:
        """403 unless the caller belongs to the team (unknown teams look the same)."""
        if team_id not in self.team_ids_of(caller.user_id):
            raise forbidden(f"You are not a member of team {team_id}")

    def visible(self, caller: Caller, table: dict[str, Record], ident: str, kind: str) -> Record:
        """A team-owned record the caller may see, else 404."""
        record = table.get(ident)
        if record is None or record["teamId"] not in self.team_ids_of(caller.user_id):
            raise not_found(kind, ident)
        return record

    # -- audit -----------------------------------------------------------------------------
    def audit(
        self,
        caller: Caller,
        *,
        team_id: str | None,
        resource_type: str,
        resource_id: str,
        action: str,
        changes: dict[str, Any] | None = None,
    ) -> None:
        entry: Record = {
            "auditLogId": new_id(),
            "teamId": team_id,
            "userId": caller.user_id,
            "apiTokenId": caller.token_id,
            "sessionId": None,
            "eventType": f"{resource_type}.{action}",
            "resourceType": resource_type,
            "resourceId": resource_id,
            "action": action,
            "changes": changes,
            "metadata": {
                "ipAddress": caller.ip_address,
                "userAgent": caller.user_agent,
                "requestId": caller.request_id or new_id(),
            },
            "createdAt": now(),
        }
        self.audit_logs[entry["auditLogId"]] = entry

    # -- background work -------------------------------------------------------------------
    def start(self, name: str, work: Coroutine[Any, Any, None]) -> None:
        """Run work in the background under a name (replacing any task of that name)."""
        self.stop(name)
        task = asyncio.get_running_loop().create_task(work, name=name)
        self._tasks[name] = task
        task.add_done_callback(lambda done: self._tasks.pop(name, None) if self._tasks.get(name) is done else None)

    def stop(self, name: str) -> None:
        task = self._tasks.pop(name, None)
        if task is not None:
            task.cancel()

    async def close(self) -> None:
        tasks = list(self._tasks.values())
        self._tasks.clear()
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
