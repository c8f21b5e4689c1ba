"""Health, authentication, users, teams, memberships, API tokens and audit logs."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import ApiError, bad_request, not_found, unauthorized
from .params import Query, json_body
from .records import Record, new_id, now, page_of, select
from .web import caller, empty, no_content, ok, route, state

__all__ = ["account_routes", "token_expired"]

VERSION = "sandbox"


def token_expired(record: Record) -> bool:
    expires = record.get("expiresAt")
    if not expires:
        return False
    return datetime.fromisoformat(str(expires).upper().replace("Z", "+00:00")) <= datetime.now(UTC)


# -- health and authentication ------------------------------------------------------------
async def get_health(request: Request) -> Response:
    return ok({"status": "ok", "version": VERSION})


async def start_email_authentication(request: Request) -> Response:
    await json_body(request, "EmailAuthenticationStart")
    return ok({"message": "If the address has an account, a sign-in code is on its way"})


async def verify_email_authentication(request: Request) -> Response:
    body = await json_body(request, "EmailAuthenticationVerification")
    sandbox = state(request)
    if not secrets.compare_digest(body["token"].encode(), sandbox.settings.email_code.encode()):
        raise unauthorized("The sign-in code is invalid or expired")
    session = f"session_{secrets.token_urlsafe(24)}"
    sandbox.sessions.add(session)
    return ok({"token": session})


async def login(request: Request) -> Response:
    body = await json_body(request, "PasswordLogin")
    sandbox = state(request)
    known = body["email"].lower() in {email.lower() for email in sandbox.user_emails.values()}
    if not known or not secrets.compare_digest(body["password"].encode(), sandbox.settings.password.encode()):
        raise unauthorized("Wrong email or password")
    return empty(request)


async def logout(request: Request) -> Response:
    return empty(request)


async def whoami(request: Request) -> Response:
    return ok({"userId": caller(request).user_id})


# -- users ----------------------------------------------------------------------------------
def _shared_users(request: Request) -> set[str]:
    sandbox = state(request)
    teams = sandbox.team_ids_of(caller(request).user_id)
    return {m["userId"] for m in sandbox.team_users.values() if m["teamId"] in teams} | {caller(request).user_id}


async def list_users(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("createdAt", "fullName"))
    user_ids, emails, team_ids = query.ids("userIds"), query.ids("userEmails"), query.ids("teamIds")
    full_name, nickname = query.text("fullNameLike"), query.text("nicknameLike")
    visible = _shared_users(request)
    members_of = {m["userId"] for m in sandbox.team_users.values() if team_ids is None or m["teamId"] in team_ids}

    def where(user: Record) -> bool:
        uid = user["userId"]
        return (
            uid in visible
            and uid in members_of
            and (user_ids is None or uid in user_ids)
            and (emails is None or sandbox.user_emails.get(uid, "").lower() in {e.lower() for e in emails})
            and (full_name is None or full_name.lower() in user["fullName"].lower())
            and (nickname is None or nickname.lower() in str(user.get("nickname", "")).lower())
        )

    users = select(sandbox.users.values(), where=where, order_by=order, descending=descending)
    return ok(page_of(users, page, size, dict))


def _user(request: Request) -> Record:
    user_id = request.path_params["userId"]
    user = state(request).users.get(user_id)
    if user is None or user_id not in _shared_users(request):
        raise not_found("User", user_id)
    return user


async def get_user(request: Request) -> Response:
    return ok(_user(request))


async def update_user(request: Request) -> Response:
    user = _user(request)
    body = await json_body(request, "UserUpdate")
    who = caller(request)
    if user["userId"] != who.user_id:
        raise ApiError(403, "forbidden", "Users may only change their own profile")
    user.update(fullName=body["fullName"], updatedAt=now())
    state(request).audit(
        who,
        team_id=None,
        resource_type="user",
        resource_id=user["userId"],
        action="update",
        changes={"fullName": body["fullName"]},
    )
    return empty(request)


# -- teams ----------------------------------------------------------------------------------
async def list_teams(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("createdAt", "updatedAt", "name"))
    team_ids, name = query.ids("teamIds"), query.text("name")
    mine = sandbox.team_ids_of(caller(request).user_id)
    teams = select(
        sandbox.teams.values(),
        where=lambda t: (
            t["teamId"] in mine
            and (team_ids is None or t["teamId"] in team_ids)
            and (name is None or t["name"] == name)
        ),
        order_by=order,
        descending=descending,
    )
    return ok(page_of(teams, page, size, dict))


async def create_team(request: Request) -> Response:
    body = await json_body(request, "TeamCreate")
    sandbox = state(request)
    who = caller(request)
    stamp = now()
    team = {"teamId": new_id(), "name": body["name"], "createdAt": stamp, "updatedAt": stamp}
    sandbox.teams[team["teamId"]] = team
    sandbox.add_member(team["teamId"], who.user_id, "admin")
    sandbox.audit(who, team_id=team["teamId"], resource_type="team", resource_id=team["teamId"], action="create")
    return ok(team)


def _team(request: Request) -> Record:
    team_id = request.path_params["teamId"]
    sandbox = state(request)
    team = sandbox.teams.get(team_id)
    if team is None:
        raise not_found("Team", team_id)
    sandbox.require_member(caller(request), team_id)
    return team


async def get_team(request: Request) -> Response:
    return ok(_team(request))


async def update_team(request: Request) -> Response:
    team = _team(request)
    body = await json_body(request, "TeamUpdate")
    if "name" in body:
        team.update(name=body["name"], updatedAt=now())
    state(request).audit(
        caller(request),
        team_id=team["teamId"],
        resource_type="team",
        resource_id=team["teamId"],
        action="update",
        changes=body,
    )
    return ok(team)


# -- team memberships -----------------------------------------------------------------------
def _member_name(request: Request, membership: Record) -> str:
    user = state(request).users.get(membership["userId"], {})
    return str(user.get("fullName", ""))


async def list_team_users(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("name", "role", "createdAt", "updatedAt"))
    ids, team_ids, user_ids, roles = (
        query.ids("teamUserIds"),
        query.ids("teamIds"),
        query.ids("userIds"),
        query.ids("roles"),
    )
    name, email = query.text("nameLike"), query.text("emailLike")
    mine = sandbox.team_ids_of(caller(request).user_id)
    rows = [{**m, "name": _member_name(request, m)} for m in sandbox.team_users.values()]

    def where(m: Record) -> bool:
        return (
            m["teamId"] in mine
            and (ids is None or m["teamUserId"] in ids)
            and (team_ids is None or m["teamId"] in team_ids)
            and (user_ids is None or m["userId"] in user_ids)
            and (roles is None or m["role"] in roles)
            and (name is None or name.lower() in m["name"].lower())
            and (email is None or email.lower() in str(m.get("email") or "").lower())
        )

    chosen = select(rows, where=where, order_by=order, descending=descending)
    return ok(page_of(chosen, page, size, lambda m: {k: v for k, v in m.items() if k != "name"}))


def _membership(request: Request) -> Record:
    ident = request.path_params["teamUserId"]
    sandbox = state(request)
    membership = sandbox.team_users.get(ident)
    if membership is None or membership["teamId"] not in sandbox.team_ids_of(caller(request).user_id):
        raise not_found("Team user", ident)
    return membership


def _is_admin(request: Request, team_id: str) -> bool:
    user_id = caller(request).user_id
    return any(
        m["teamId"] == team_id and m["userId"] == user_id and m["role"] == "admin"
        for m in state(request).team_users.values()
    )


async def get_team_user(request: Request) -> Response:
    return ok(_membership(request))


async def update_team_user(request: Request) -> Response:
    membership = _membership(request)
    body = await json_body(request, "TeamUserUpdate")
    sandbox = state(request)
    if "role" in body and body["role"] != membership["role"]:
        if not _is_admin(request, membership["teamId"]):
            raise ApiError(403, "forbidden", "Only team admins may change roles")
        admins = [
            m for m in sandbox.team_users.values() if m["teamId"] == membership["teamId"] and m["role"] == "admin"
        ]
        if membership["role"] == "admin" and len(admins) == 1:
            raise bad_request("A team keeps at least one admin")
        membership["role"] = body["role"]
    if body.get("isDefault"):
        for other in sandbox.team_users.values():
            if other["userId"] == membership["userId"]:
                other["isDefault"] = False
    if "isDefault" in body:
        membership["isDefault"] = body["isDefault"]
    membership["updatedAt"] = now()
    sandbox.audit(
        caller(request),
        team_id=membership["teamId"],
        resource_type="team_user",
        resource_id=membership["teamUserId"],
        action="update",
        changes=body,
    )
    return ok(membership)


async def delete_team_user(request: Request) -> Response:
    membership = _membership(request)
    sandbox = state(request)
    if membership["userId"] == caller(request).user_id:
        raise bad_request("You cannot remove your own membership")
    if not _is_admin(request, membership["teamId"]):
        raise ApiError(403, "forbidden", "Only team admins may remove members")
    del sandbox.team_users[membership["teamUserId"]]
    sandbox.audit(
        caller(request),
        team_id=membership["teamId"],
        resource_type="team_user",
        resource_id=membership["teamUserId"],
        action="delete",
    )
    return ok({"message": "The member was removed from the team"})


# -- API tokens -----------------------------------------------------------------------------
def _usage_counts(request: Request, token_id: str) -> dict[str, int]:
    events = state(request).token_usage.get(token_id, [])
    current = datetime.now(UTC).timestamp()
    windows = {"requestsLast24Hours": 86400, "requestsLast7Days": 7 * 86400, "requestsLast30Days": 30 * 86400}
    counts = {name: sum(1 for event in events if current - event[3] <= span) for name, span in windows.items()}
    return {"totalRequests": len(events), **counts}


def _token_view(request: Request, record: Record) -> Record:
    return {**record, "usage7Days": _usage_counts(request, record["tokenId"])["requestsLast7Days"]}


async def list_api_tokens(request: Request) -> Response:
    sandbox = state(request)
    query = Query(request)
    team_id = query.text("teamId")
    if not team_id:
        raise bad_request("teamId is required", [{"field": "query.teamId", "message": "is required"}])
    sandbox.require_member(caller(request), team_id)
    page, size = query.paging()
    order, descending = query.order(("createdAt", "name"))
    ids = query.ids("tokenIds")
    tokens = select(
        sandbox.tokens.values(),
        where=lambda t: t["teamId"] == team_id and (ids is None or t["tokenId"] in ids),
        order_by=order,
        descending=descending,
    )
    return ok(page_of(tokens, page, size, lambda t: _token_view(request, t)))


async def create_api_token(request: Request) -> Response:
    body = await json_body(request, "ApiTokenCreate")
    sandbox = state(request)
    who = caller(request)
    sandbox.require_member(who, body["teamId"])
    secret = f"mod_{secrets.token_urlsafe(30)}"
    stamp = now()
    record = {
        "tokenId": new_id(),
        "teamId": body["teamId"],
        "name": body["name"],
        "tokenPrefix": secret[:8],
        "last4": secret[-4:],
        "role": body.get("role", "member"),
        "createdByUserId": who.user_id,
        "expiresAt": body.get("expiresAt"),
        "lastUsedAt": None,
        "isActive": True,
        "createdAt": stamp,
        "updatedAt": stamp,
    }
    sandbox.tokens[record["tokenId"]] = record
    sandbox.token_secrets[secret] = record["tokenId"]
    sandbox.audit(
        who, team_id=body["teamId"], resource_type="api_token", resource_id=record["tokenId"], action="create"
    )
    view = {k: record[k] for k in ("tokenId", "name", "role", "teamId", "expiresAt", "createdAt")}
    return ok({"token": secret, **view}, status_code=201)


def _token(request: Request) -> Record:
    ident = request.path_params["tokenId"]
    sandbox = state(request)
    record = sandbox.tokens.get(ident)
    if record is None or record["teamId"] not in sandbox.team_ids_of(caller(request).user_id):
        raise not_found("API token", ident)
    return record


async def get_api_token(request: Request) -> Response:
    record = _token(request)
    sandbox = state(request)
    creator = sandbox.users.get(record["createdByUserId"])
    details = {k: v for k, v in record.items() if k != "createdByUserId"}
    details["createdBy"] = (
        {"userId": creator["userId"], "fullName": creator["fullName"], "nickname": creator.get("nickname")}
        if creator
        else None
    )
    usage = _usage_counts(request, record["tokenId"])
    details["usageStats"] = usage
    return ok(details)


async def update_api_token(request: Request) -> Response:
    record = _token(request)
    body = await json_body(request, "ApiTokenUpdate")
    record.update(body)
    record["updatedAt"] = now()
    state(request).audit(
        caller(request),
        team_id=record["teamId"],
        resource_type="api_token",
        resource_id=record["tokenId"],
        action="update",
        changes=body,
    )
    return ok(_token_view(request, record))


async def delete_api_token(request: Request) -> Response:
    record = _token(request)
    sandbox = state(request)
    del sandbox.tokens[record["tokenId"]]
    for secret, token_id in list(sandbox.token_secrets.items()):
        if token_id == record["tokenId"]:
            sandbox.token_secrets[secret] = ""  # remembered as revoked
    sandbox.audit(
        caller(request),
        team_id=record["teamId"],
        resource_type="api_token",
        resource_id=record["tokenId"],
        action="delete",
    )
    return no_content()


async def get_api_token_usage(request: Request) -> Response:
    record = _token(request)
    query = Query(request)
    start, end = query.timestamp("startDate"), query.timestamp("endDate")
    endpoint, method = query.text("endpoint"), query.text("method")
    low = datetime.fromisoformat(start.upper().replace("Z", "+00:00")).timestamp() if start else float("-inf")
    high = datetime.fromisoformat(end.upper().replace("Z", "+00:00")).timestamp() if end else float("inf")
    events = [
        event
        for event in state(request).token_usage.get(record["tokenId"], [])
        if low <= event[3] <= high
        and (endpoint is None or event[1] == endpoint)
        and (method is None or event[0] == method.upper())
    ]
    by_endpoint: dict[str, int] = {}
    by_method: dict[str, int] = {}
    for verb, path, _, _, _ in events:
        by_endpoint[path] = by_endpoint.get(path, 0) + 1
        by_method[verb] = by_method.get(verb, 0) + 1
    errors = sum(1 for event in events if event[4])
    return ok(
        {
            "totalRequests": len(events),
            "requestsByEndpoint": by_endpoint,
            "requestsByMethod": by_method,
            "averageResponseTime": 1.0 if events else 0.0,
            "errorRate": errors / len(events) if events else 0.0,
        }
    )


# -- audit logs -----------------------------------------------------------------------------
def _audit_page(request: Request, **fixed: str) -> Response:
    sandbox = state(request)
    query = Query(request)
    page, size = query.paging()
    order, descending = query.order(("createdAt", "eventType", "resourceType", "action"))
    action = query.choice("action", ("create", "read", "update", "delete", "execute", "export", "import"))
    start, end = query.timestamp("startDate"), query.timestamp("endDate")
    singles = {
        name: query.text(name) for name in ("teamId", "userId", "apiTokenId", "resourceType", "resourceId", "eventType")
    }
    singles.update(fixed)
    lists = {
        "userId": query.ids("userIds"),
        "apiTokenId": query.ids("apiTokenIds"),
        "resourceId": query.ids("resourceIds"),
    }
    mine = sandbox.team_ids_of(caller(request).user_id)
    low = datetime.fromisoformat(start.upper().replace("Z", "+00:00")) if start else None
    high = datetime.fromisoformat(end.upper().replace("Z", "+00:00")) if end else None

    def where(entry: Record) -> bool:
        if entry["teamId"] is not None and entry["teamId"] not in mine:
            return False
        if entry["teamId"] is None and entry["userId"] != caller(request).user_id:
            return False
        if action is not None and entry["action"] != action:
            return False
        if any(value is not None and entry[name] != value for name, value in singles.items()):
            return False
        if any(values is not None and entry[name] not in values for name, values in lists.items()):
            return False
        stamp = datetime.fromisoformat(entry["createdAt"].replace("Z", "+00:00"))
        return (low is None or stamp >= low) and (high is None or stamp <= high)

    entries = select(sandbox.audit_logs.values(), where=where, order_by=order, descending=descending)
    return ok(page_of(entries, page, size, dict))


async def list_audit_logs(request: Request) -> Response:
    return _audit_page(request)


async def get_audit_log(request: Request) -> Response:
    ident = request.path_params["auditLogId"]
    sandbox = state(request)
    entry = sandbox.audit_logs.get(ident)
    mine = sandbox.team_ids_of(caller(request).user_id)
    if entry is None or (entry["teamId"] is not None and entry["teamId"] not in mine):
        raise not_found("Audit log", ident)
    return ok(entry)


async def list_entity_audit_logs(request: Request) -> Response:
    return _audit_page(
        request, resourceType=request.path_params["entityType"], resourceId=request.path_params["entityId"]
    )


async def list_user_audit_logs(request: Request) -> Response:
    return _audit_page(request, userId=request.path_params["userId"])


def account_routes() -> list[Route]:
    return [
        route("/health", get=get_health),
        route("/authentication/email/initialize", post=start_email_authentication),
        route("/authentication/email/verify", post=verify_email_authentication),
        route("/authentication/login", post=login),
        route("/authentication/logout", post=logout),
        route("/authentication/whoami", get=whoami),
        route("/users", get=list_users),
        route("/users/{userId}", get=get_user, patch=update_user),
        route("/teams", get=list_teams, post=create_team),
        route("/teams/{teamId}", get=get_team, patch=update_team),
        route("/team-users", get=list_team_users),
        route("/team-users/{teamUserId}", get=get_team_user, patch=update_team_user, delete=delete_team_user),
        route("/api-tokens", get=list_api_tokens, post=create_api_token),
        route("/api-tokens/{tokenId}", get=get_api_token, patch=update_api_token, delete=delete_api_token),
        route("/api-tokens/{tokenId}/usage", get=get_api_token_usage),
        route("/audit-logs", get=list_audit_logs),
        route("/audit-logs/entity/{entityType}/{entityId}", get=list_entity_audit_logs),
        route("/audit-logs/user/{userId}", get=list_user_audit_logs),
        route("/audit-logs/{auditLogId}", get=get_audit_log),
    ]
