"""Requests carry only what the caller set, on all four platforms.

A call that sets nothing optional sends no query parameter and no body field of its own: no page
size, offset, page number, ordering, cancel mode or stream flag the server would default anyway
(and that some servers reject: the ACP reference server answers 422 to any limit/offset on a
thread's run listing and to any `wait` on cancel).
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx2
import pytest
from agentplug.acp import ACP
from agentplug.moderately import ModeratelyAI
from agentplug.nat import NAT
from agentplug.prefactor import Prefactor
from pytest_httpx2 import HTTPXMock

ACP_BASE = "http://acp.test"
THREAD = "22911f2d-efb0-492f-b4b9-133a538e2463"
RUN = "5ea7ad89-c4a8-4e90-a350-d5fe93ce0004"


def _sent(httpx2_mock: HTTPXMock) -> httpx2.Request:
    requests = httpx2_mock.get_requests()
    assert len(requests) == 1, [str(r.url) for r in requests]
    return requests[0]


def _body(request: httpx2.Request) -> Any:
    return json.loads(request.content) if request.content else None


def _run(run_id: str = RUN) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "thread_id": THREAD,
        "agent_id": "3f1e2d4c-5b6a-4789-9abc-def012345678",
        "created_at": "2026-12-07T08:29:31.344747",
        "updated_at": "2026-12-07T08:29:31.350520",
        "status": "success",
        "creation": {"metadata": None, "webhook": None, "after_seconds": None},
    }


@pytest.fixture
def acp() -> Any:
    with ACP(base_url=ACP_BASE, max_retries=0) as client:
        yield client


# --------------------------------------------------------------------------------------------
# ACP


@pytest.mark.parametrize(
    ("call", "method", "path"),
    [
        (lambda c: c.agents.search(name="echo").first_page(), "POST", "/agents/search"),
        (lambda c: c.runs.search().first_page(), "POST", "/runs/search"),
        (lambda c: c.threads.search().first_page(), "POST", "/threads/search"),
        (lambda c: c.threads.runs(THREAD).list().first_page(), "GET", f"/threads/{THREAD}/runs"),
        (lambda c: c.threads.history(THREAD), "GET", f"/threads/{THREAD}/history"),
    ],
    ids=["agents.search", "runs.search", "threads.search", "thread runs list", "history"],
)
def test_acp_listings_send_no_paging(httpx2_mock: HTTPXMock, acp: ACP, call: Any, method: str, path: str) -> None:
    httpx2_mock.add_response(json=[])
    call(acp)
    request = _sent(httpx2_mock)
    assert (request.method, request.url.path, request.url.query) == (method, path, b"")
    assert _body(request) in (None, {}, {"name": "echo"})


@pytest.mark.parametrize("scope", ["stateless", "thread"])
def test_acp_cancel_sends_no_query(httpx2_mock: HTTPXMock, acp: ACP, scope: str) -> None:
    httpx2_mock.add_response(status_code=204)
    runs = acp.runs if scope == "stateless" else acp.threads.runs(THREAD)
    runs.cancel(RUN)
    request = _sent(httpx2_mock)
    assert request.url.query == b""
    assert request.content == b""


def test_acp_cancel_sends_what_the_caller_set(httpx2_mock: HTTPXMock, acp: ACP) -> None:
    httpx2_mock.add_response(status_code=204)
    acp.runs.cancel(RUN, wait=True)
    assert _sent(httpx2_mock).url.params == httpx2.QueryParams({"wait": "true"})


def test_acp_thread_create_sends_an_empty_body(httpx2_mock: HTTPXMock, acp: ACP) -> None:
    httpx2_mock.add_response(
        json={
            "thread_id": THREAD,
            "created_at": "2026-12-07T08:29:31",
            "updated_at": "2026-12-07T08:29:31",
            "metadata": {},
            "status": "idle",
        }
    )
    acp.threads.create()
    assert _body(_sent(httpx2_mock)) == {}


def test_acp_run_create_sends_only_the_given_fields(httpx2_mock: HTTPXMock, acp: ACP) -> None:
    httpx2_mock.add_response(json=_run())
    acp.runs.create(agent_id="3f1e2d4c-5b6a-4789-9abc-def012345678", input="hi")
    assert _body(_sent(httpx2_mock)) == {"agent_id": "3f1e2d4c-5b6a-4789-9abc-def012345678", "input": "hi"}


def test_acp_thread_run_listing_of_the_reference_server_is_read_in_one_request(
    httpx2_mock: HTTPXMock, acp: ACP
) -> None:
    # workflow-srv sends every run (11 here, above ACP's default page of 10) and 422s on any limit/offset.
    runs = [_run(f"00000000-0000-4000-8000-{n:012d}") for n in range(11)]
    httpx2_mock.add_response(method="GET", url=f"{ACP_BASE}/threads/{THREAD}/runs", json=runs)
    listed = list(acp.threads.runs(THREAD).list())
    assert [run.run_id for run in listed] == [run["run_id"] for run in runs]
    assert _sent(httpx2_mock).url.query == b""


def test_acp_run_listing_yields_each_run_once_even_when_its_status_changed(httpx2_mock: HTTPXMock, acp: ACP) -> None:
    r1, r2, r3 = (f"00000000-0000-4000-8000-00000000000{n}" for n in (1, 2, 3))
    pages = [[_run(r1), {**_run(r2), "status": "pending"}], [_run(r2), _run(r3)], []]
    for page in pages:
        httpx2_mock.add_response(method="POST", url=f"{ACP_BASE}/runs/search", json=page)
    assert [run.run_id for run in acp.runs.search(page_size=2)] == [r1, r2, r3]
    assert [_body(request) for request in httpx2_mock.get_requests()] == [
        {"limit": 2},
        {"limit": 2, "offset": 2},
        {"limit": 2, "offset": 4},
    ]


def test_acp_ids_that_are_not_uuids_work_end_to_end(httpx2_mock: HTTPXMock, acp: ACP) -> None:
    httpx2_mock.add_response(url=f"{ACP_BASE}/runs/run-42", json={**_run("run-42"), "agent_id": "echo"})
    run = acp.runs.get("run-42")
    assert (run.run_id, run.agent_id) == ("run-42", "echo")


# --------------------------------------------------------------------------------------------
# Moderately: every listing that needs no argument


def _moderately_listings() -> list[str]:
    with ModeratelyAI(api_key="k", team_id="team_1", base_url="https://api.moderately.test") as client:
        names = []
        for name, resource in vars(client).items():
            method = getattr(resource, "list", None)
            if method is None or "Pager" not in str(inspect.signature(method).return_annotation):
                continue
            required = [
                p
                for p in inspect.signature(method).parameters.values()
                if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD
            ]
            if not required:
                names.append(name)
        return sorted(names)


MODERATELY_LISTINGS = _moderately_listings()


def test_the_moderately_sweep_finds_the_listings() -> None:
    assert len(MODERATELY_LISTINGS) >= 10


@pytest.mark.parametrize("name", MODERATELY_LISTINGS)
def test_moderately_listings_send_no_paging_or_ordering(httpx2_mock: HTTPXMock, name: str) -> None:
    empty = {"items": [], "pagination": {"page": 1, "pageSize": 10, "totalItems": 0, "totalPages": 0}}
    httpx2_mock.add_response(json=empty)
    with ModeratelyAI(api_key="k", team_id="team_1", base_url="https://api.moderately.test", max_retries=0) as client:
        getattr(client, name).list().first_page()
    params = _sent(httpx2_mock).url.params
    assert not {"page", "pageSize", "orderBy", "orderDirection"} & set(params.keys()), str(params)


# --------------------------------------------------------------------------------------------
# Prefactor and NAT


def test_prefactor_agent_list_sends_no_pagination(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json={"status": "success", "summaries": [], "pagination": {"item_count": 0}})
    with Prefactor(api_url="https://prefactor.test", api_token="t", max_retries=0) as client:
        client.agents.list().first_page()
    assert _sent(httpx2_mock).url.query == b""


def test_nat_chat_completions_run_sends_no_stream_flag(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json={"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": []})
    with NAT(base_url="http://nat.test", max_retries=0) as client:
        client.run("hi", endpoint="/v1/chat/completions")
    assert _body(_sent(httpx2_mock)) == {"messages": [{"role": "user", "content": "hi"}]}
