"""Team-scoped resources with a unique name per team (agents, pipelines): list, create, find, get, update."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from .errors import conflict
from .params import Query, json_body
from .records import Record, new_id, now, page_of, select
from .state import State
from .web import caller, ok, state

__all__ = ["TeamNamed"]


@dataclass(frozen=True)
class TeamNamed:
    """One kind of named resource: where it is stored and how it is shown.

    Attributes:
        kind: its name in audit logs and request schemas (`agent` → `AgentCreate`, `AgentUpdate`).
        table: the `State` attribute holding the records.
        key: the id field (`agentId`), also the path parameter.
        view: the record as answered (with derived statistics).
    """

    kind: str
    table: str
    key: str
    view: Callable[[State, Record], Record]

    def records(self, sandbox: State) -> dict[str, Record]:
        table: dict[str, Record] = getattr(sandbox, self.table)
        return table

    def _check_name(self, sandbox: State, team_id: str, name: str, ident: str | None = None) -> None:
        if any(
            r["teamId"] == team_id and r["name"] == name and r[self.key] != ident
            for r in self.records(sandbox).values()
        ):
            article = "An" if self.kind[0] in "aeiou" else "A"
            raise conflict(f"{article} {self.kind} named {name!r} already exists in this team")

    def find(self, request: Request, ident: str | None = None) -> Record:
        sandbox = state(request)
        label = self.kind.capitalize()
        return sandbox.visible(caller(request), self.records(sandbox), ident or request.path_params[self.key], label)

    async def list(self, request: Request) -> Response:
        sandbox = state(request)
        query = Query(request)
        page, size = query.paging()
        order, descending = query.order(("name", "createdAt", "updatedAt"))
        teams, ids, name = query.ids("teamIds"), query.ids(f"{self.key}s"), query.text("nameLike")
        mine = sandbox.team_ids_of(caller(request).user_id)
        found = select(
            self.records(sandbox).values(),
            where=lambda r: (
                r["teamId"] in mine
                and (teams is None or r["teamId"] in teams)
                and (ids is None or r[self.key] in ids)
                and (name is None or name.lower() in r["name"].lower())
            ),
            order_by=order,
            descending=descending,
        )
        return ok(page_of(found, page, size, lambda r: self.view(sandbox, r)))

    async def create(self, request: Request) -> Response:
        body = await json_body(request, f"{self.kind.capitalize()}Create")
        sandbox = state(request)
        who = caller(request)
        sandbox.require_member(who, body["teamId"])
        self._check_name(sandbox, body["teamId"], body["name"])
        stamp = now()
        record = {
            self.key: new_id(),
            "teamId": body["teamId"],
            "name": body["name"],
            "description": body.get("description"),
            "createdAt": stamp,
            "updatedAt": stamp,
        }
        self.records(sandbox)[record[self.key]] = record
        sandbox.audit(
            who, team_id=record["teamId"], resource_type=self.kind, resource_id=record[self.key], action="create"
        )
        return ok(record, 201)

    async def get(self, request: Request) -> Response:
        return ok(self.view(state(request), self.find(request)))

    async def update(self, request: Request) -> Response:
        record = self.find(request)
        body = await json_body(request, f"{self.kind.capitalize()}Update")
        sandbox = state(request)
        if "name" in body:
            self._check_name(sandbox, record["teamId"], body["name"], record[self.key])
        record.update(body)
        record["updatedAt"] = now()
        sandbox.audit(
            caller(request),
            team_id=record["teamId"],
            resource_type=self.kind,
            resource_id=record[self.key],
            action="update",
            changes=body,
        )
        return ok(record)
