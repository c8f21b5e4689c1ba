"""Requests come from the spec: path parameters escaped or refused on every platform, only what
the caller set on the wire, and any operation reachable by its operationId (`client.call`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx2
import pytest
from agentplug._core._http import HTTPSettings
from agentplug.acp import ACP
from agentplug.errors import ConfigurationError, InvalidArgumentError, NotFoundError
from agentplug.moderately import ModeratelyAI
from agentplug.nat import NAT
from agentplug.prefactor import Prefactor
from agentplug_moderately_client.models import Team

Sent = list[httpx2.Request]
Answer = Callable[[httpx2.Request], httpx2.Response]

TEAM = {"teamId": "t1", "name": "Red", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z"}
PAGE: dict[str, Any] = {"items": [], "page": 1, "pageSize": 10, "totalItems": 0, "totalPages": 0}


def _answer_ok(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, json=TEAM if request.url.path.startswith("/teams/") else PAGE)


@contextmanager
def recording(answer: Answer = _answer_ok) -> Iterator[tuple[Sent, HTTPSettings]]:
    sent: Sent = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return answer(request)

    yield sent, HTTPSettings(transport=httpx2.MockTransport(handler))


def moderately(settings: HTTPSettings) -> ModeratelyAI:
    return ModeratelyAI(
        api_key="k", team_id="team_1", base_url="http://mod.test", max_retries=0, http_settings=settings
    )


def prefactor(settings: HTTPSettings) -> Prefactor:
    return Prefactor(api_url="http://pf.test", api_token="t", max_retries=0, http_settings=settings)


def acp(settings: HTTPSettings) -> ACP:
    return ACP(base_url="http://acp.test", max_retries=0, transport=settings.transport)  # type: ignore[arg-type]


def nat(settings: HTTPSettings) -> NAT:
    return NAT(base_url="http://nat.test", max_retries=0, http_settings=settings)


# (platform client, call with one path argument, the parameter's name)
CASES: list[tuple[Callable[[HTTPSettings], Any], Callable[[Any, str], object], str]] = [
    (moderately, lambda c, v: c.team_users.delete(v), "team_user_id"),
    (moderately, lambda c, v: c.files.retrieve(v), "file_id"),
    (moderately, lambda c, v: c.pipeline_executions.cancel(v), "pipeline_execution_id"),
    (moderately, lambda c, v: list(c.audit_logs.list_for_entity("dataset", v)), "entity_id"),
    (prefactor, lambda c, v: c.agents.get(v), "agent_id"),
    (prefactor, lambda c, v: c.agents.retire(v), "agent_id"),
    (prefactor, lambda c, v: c.agent_instances.get(v), "agent_instance_id"),
    (prefactor, lambda c, v: c.agent_spans.finish(v), "agent_span_id"),
    (acp, lambda c, v: c.agents.get(v), "agent_id"),
    (acp, lambda c, v: c.threads.delete(v), "thread_id"),
    (acp, lambda c, v: c.runs.cancel(v), "run_id"),
    (nat, lambda c, v: c.execution(v).status(), "execution_id"),
]


@pytest.mark.parametrize("value", ["", ".", ".."])
@pytest.mark.parametrize(("make", "call", "parameter"), CASES)
def test_a_path_parameter_that_would_change_the_route_is_refused_before_sending(
    make: Callable[[HTTPSettings], Any], call: Callable[[Any, str], object], parameter: str, value: str
) -> None:
    with recording() as (sent, settings):
        client = make(settings)
        try:
            with pytest.raises(InvalidArgumentError) as caught:
                call(client, value)
        finally:
            client.close()
    assert sent == []
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, ConfigurationError)
    assert caught.value.argument == parameter
    assert parameter in str(caught.value)


def test_path_parameters_are_one_escaped_segment() -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(404, json={"status": "error", "message": "no such agent"})

    with recording(answer) as (sent, settings), prefactor(settings) as client, pytest.raises(NotFoundError):
        client.agents.retire("abc?x=1#")
    assert [(r.method, r.url.raw_path) for r in sent] == [("POST", b"/api/v1/agent/abc%3Fx%3D1%23/retire")]

    with recording(answer) as (sent, settings), moderately(settings) as mod, pytest.raises(NotFoundError):
        mod.files.retrieve("../download")
    assert [(r.method, r.url.raw_path) for r in sent] == [("GET", b"/files/..%2Fdownload")]


def test_only_what_the_caller_set_is_sent() -> None:
    with recording() as (sent, settings), moderately(settings) as client:
        list(client.teams.list())
        list(client.teams.list(order_by="name", order_direction="asc", page_size=5))
    assert dict(sent[0].url.params) == {}
    assert dict(sent[1].url.params) == {"pageSize": "5", "orderBy": "name", "orderDirection": "asc"}


@pytest.mark.parametrize(
    ("make", "call"),
    [
        (moderately, lambda c: list(c.teams.list(not_a_parameter=1))),
        (prefactor, lambda c: list(c.agents.list(not_a_parameter=1))),
        (acp, lambda c: list(c.threads.runs("t-1").list(not_a_parameter=1))),
    ],
)
def test_a_keyword_a_method_does_not_name_goes_to_the_operation(
    make: Callable[[HTTPSettings], Any], call: Callable[[Any], object]
) -> None:
    # Handed to the generated operation, which does not know it: refused, named, nothing sent.
    with recording() as (sent, settings):
        client = make(settings)
        try:
            with pytest.raises(InvalidArgumentError, match="not_a_parameter"):
                call(client)
        finally:
            client.close()
    assert sent == []


def test_any_operation_is_callable_by_its_operation_id() -> None:
    with recording() as (sent, settings), moderately(settings) as client:
        team = client.call("get_team", team_id="t1")
        again = client.call("getTeam", team_id="t1")  # the spec's spelling or snake_case
        assert "update_team" in client.operations()
        with pytest.raises(InvalidArgumentError, match="no_such_operation"):
            client.call("no_such_operation")
        with pytest.raises(InvalidArgumentError) as caught:
            client.call("get_team", team_id="..")
    assert isinstance(team, Team) and team.name == "Red" and again == team
    assert caught.value.argument == "team_id"
    assert [r.url.path for r in sent] == ["/teams/t1", "/teams/t1"]
    assert all(r.headers["Authorization"] == "Bearer k" for r in sent)


def test_the_escape_hatch_maps_error_statuses_like_every_call() -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(404, json={"error": {"code": "NOT_FOUND", "message": "no team"}})

    with recording(answer) as (_, settings), moderately(settings) as client, pytest.raises(NotFoundError) as caught:
        client.call("get_team", team_id="t9")
    assert caught.value.code == "NOT_FOUND"
