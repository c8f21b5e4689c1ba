"""Every recorded exchange with the ACP reference server (workflow-srv 0.3.0), replayed through ACP and AsyncACP.

For each exchange the client call matching the recorded request must send the same method, path,
query and JSON body, and turn the recorded answer into the typed result, or into the
`agentplug.errors` class for the status with the server's `detail` in the message. Streams get
the raw recorded bytes. The corpus lives next to the repository (`../shared/reference/...`).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx2
import pytest
from agentplug._core._errors import status_error_class
from agentplug.acp import ACP, AsyncACP
from agentplug.errors import ConfigurationError, ResponseValidationError
from agentplug_acp_client.models import Agent, AgentACPDescriptor, Thread, ThreadState
from pytest_httpx2 import HTTPXMock

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "reference" / "acp" / "recorded" / "workflow-srv-0.3.0"
BASE = "http://127.0.0.1:8000"
FILES = sorted(CORPUS.glob("[0-9][0-9][0-9]-*.json"))

# Requests no typed call can produce: the client refuses them before sending (ConfigurationError).
REFUSED_BY_THE_CLIENT = {
    "006": "limit of the wrong type (a string)",
    "028": "config of the wrong type (a string)",
    "065": "metadata of the wrong type (a string)",
}


@pytest.fixture(autouse=True)
def _no_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACP_API_KEY", raising=False)


@dataclass
class Call:
    """A client call: `steps` walks from the client (a name, or a name with call arguments)."""

    steps: list[tuple[str, tuple[Any, ...] | None]]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    kind: str = "call"  # call | pager | stream


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


def _run_options(body: dict[str, Any]) -> dict[str, Any]:
    kwargs = {k: v for k, v in body.items() if k not in ("agent_id", "input", "config")}
    return {"agent_id": body.get("agent_id"), "input": body.get("input"), "config": body.get("config"), **kwargs}


def plan(exchange: dict[str, Any]) -> Call:
    """The client call a user makes to send the recorded request."""
    op = exchange["operation_id"]
    request = exchange["request"]
    body = request.get("body")
    query = request.get("query") or {}
    seg = _segments(request["path"])
    runs: list[tuple[str, tuple[Any, ...] | None]] = [("runs", None)]
    if seg[0] == "threads" and "runs" in seg:
        runs = [("threads", None), ("runs", (seg[1],))]
    run_id = (seg[3] if len(seg) > 3 else None) if seg[0] == "threads" else (seg[1] if len(seg) > 1 else None)

    def page_kwargs(source: dict[str, Any]) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if "limit" in source:
            kwargs["page_size"] = source["limit"] if isinstance(source["limit"], int) else int(source["limit"])
        if "offset" in source:
            kwargs["offset"] = int(source["offset"])
        return kwargs

    if op == "search_agents":
        filters = {k: v for k, v in body.items() if k in ("name", "version")}
        if isinstance(body.get("limit"), str):
            return Call(
                [("agents", None), ("search", None)], kwargs={**filters, "page_size": body["limit"]}, kind="pager"
            )
        return Call([("agents", None), ("search", None)], kwargs={**filters, **page_kwargs(body)}, kind="pager")
    if op == "get_agent_by_id":
        return Call([("agents", None), ("get", None)], (seg[1],))
    if op == "get_acp_descriptor_by_id":
        return Call([("agents", None), ("descriptor", None)], (seg[1],))
    if op in ("create_and_wait_for_stateless_run_output", "create_and_wait_for_thread_run_output"):
        return Call([*runs, ("create_and_wait", None)], kwargs=_run_options(body))
    if op in ("create_stateless_run", "create_thread_run"):
        return Call([*runs, ("create", None)], kwargs=_run_options(body))
    if op in ("create_and_stream_stateless_run_output", "create_and_stream_thread_run_output"):
        return Call([*runs, ("create_and_stream", None)], kwargs=_run_options(body), kind="stream")
    if op in ("get_stateless_run", "get_thread_run"):
        return Call([*runs, ("get", None)], (run_id,))
    if op in ("wait_for_stateless_run_output", "wait_for_thread_run_output"):
        return Call([*runs, ("wait", None)], (run_id,))
    if op in ("stream_stateless_run_output", "stream_thread_run_output"):
        return Call([*runs, ("stream", None)], (run_id,), kind="stream")
    if op in ("resume_stateless_run", "resume_thread_run"):
        return Call([*runs, ("resume", None)], (run_id, body))
    if op in ("cancel_stateless_run", "cancel_thread_run"):
        kwargs: dict[str, Any] = {}
        if "action" in query:
            kwargs["action"] = query["action"]
        if "wait" in query:
            kwargs["wait"] = query["wait"] == "true"
        return Call([*runs, ("cancel", None)], (run_id,), kwargs)
    if op in ("delete_stateless_run", "delete_thread_run"):
        return Call([*runs, ("delete", None)], (run_id,))
    if op == "search_stateless_runs":
        filters = {k: v for k, v in body.items() if k in ("agent_id", "status", "metadata")}
        return Call([("runs", None), ("search", None)], kwargs={**filters, **page_kwargs(body)}, kind="pager")
    if op == "list_thread_runs":
        return Call([*runs, ("list", None)], kwargs=page_kwargs(query), kind="pager")
    if op == "create_thread":
        return Call([("threads", None), ("create", None)], kwargs=dict(body))
    if op == "get_thread":
        return Call([("threads", None), ("get", None)], (seg[1],))
    if op == "patch_thread":
        return Call([("threads", None), ("patch", None)], (seg[1],), dict(body))
    if op == "search_threads":
        filters = {k: v for k, v in body.items() if k in ("metadata", "values", "status")}
        return Call([("threads", None), ("search", None)], kwargs={**filters, **page_kwargs(body)}, kind="pager")
    if op == "get_thread_history":
        return Call([("threads", None), ("history", None)], (seg[1],), {k: int(v) for k, v in query.items()})
    if op == "copy_thread":
        return Call([("threads", None), ("copy", None)], (seg[1],))
    if op == "delete_thread":
        return Call([("threads", None), ("delete", None)], (seg[1],))
    raise AssertionError(f"no client call for {op}")


def _target(client: Any, call: Call) -> Callable[..., Any]:
    obj = client
    for name, args in call.steps:
        obj = getattr(obj, name)
        if args is not None:
            obj = obj(*args)
    return obj  # type: ignore[no-any-return]


def _sse_events(raw: bytes) -> int:
    """How many events the client yields before its `RunFinished`: every event with data, up to
    and including the first whose status is not `pending` (the run is over there, even if the
    server keeps the stream open)."""
    text = raw.decode().replace("\r\n", "\n")
    count = 0
    for block in text.split("\n\n"):
        data = [line[5:].strip() for line in block.split("\n") if line.startswith("data:")]
        if not data:
            continue
        count += 1
        if json.loads("\n".join(data)).get("status", "pending") != "pending":
            break
    return count


def run_sync(client: ACP, call: Call, events: int) -> Any:
    target = _target(client, call)
    if call.kind == "pager":
        return target(*call.args, **call.kwargs).first_page()
    if call.kind == "stream":
        with target(*call.args, **call.kwargs) as stream:
            taken = [next(stream) for _ in range(events)]  # not one more: that would wait on the run
        return taken
    return target(*call.args, **call.kwargs)


async def run_async(client: AsyncACP, call: Call, events: int) -> Any:
    target = _target(client, call)
    if call.kind == "pager":
        return await target(*call.args, **call.kwargs).first_page()
    if call.kind == "stream":
        async with target(*call.args, **call.kwargs) as stream:
            taken = [await stream.__anext__() for _ in range(events)]
        return taken
    return await target(*call.args, **call.kwargs)


def _load(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text()))


def _headers(exchange: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in exchange["request"]["headers"].items() if k == "x-api-key"}


def _register(httpx2_mock: HTTPXMock, exchange: dict[str, Any]) -> bytes:
    response = exchange["response"]
    if "body_raw_b64" in response:
        content = base64.b64decode(response["body_raw_b64"])
    elif "body" in response and response["body"] != "":
        content = json.dumps(response["body"]).encode() if not isinstance(response["body"], str) else b""
        if isinstance(response["body"], str):
            content = response["body"].encode()
    else:
        content = b""
    headers = {k: v for k, v in response["headers"].items() if k == "content-type"}
    httpx2_mock.add_response(status_code=response["status"], content=content, headers=headers)
    return content


def _check_request(httpx2_mock: HTTPXMock, exchange: dict[str, Any]) -> None:
    recorded = exchange["request"]
    sent = httpx2_mock.get_requests()
    assert len(sent) == 1, [str(r.url) for r in sent]
    request = sent[0]
    assert request.method == recorded["method"]
    assert request.url.path == recorded["path"]
    assert dict(parse_qsl(request.url.query.decode())) == recorded.get("query", {})
    body = json.loads(request.content) if request.content else None
    assert body == recorded.get("body")
    assert request.headers.get("x-api-key") == _headers(exchange).get("x-api-key")


def _detail_text(body: Any) -> str | None:
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, str):
            return detail.splitlines()[0]
        if isinstance(detail, list) and detail and isinstance(detail[0], dict):
            return str(detail[0].get("msg"))
    if isinstance(body, str) and body:
        return body
    return None


def _check_result(exchange: dict[str, Any], call: Call, result: Any, events: int) -> None:
    op = exchange["operation_id"]
    body = exchange["response"].get("body")
    if call.kind == "pager":
        expected_type = {"search_agents": Agent, "search_threads": Thread}.get(op)
        assert len(result.items) == len(body)
        for item in result.items:
            if expected_type is not None:
                assert isinstance(item, expected_type)
            else:  # run handles
                assert item.run_id and item.status
        return
    if call.kind == "stream":
        assert len(result) == events
        for event in result:
            assert type(event).__name__ != "UnknownRunEvent", event
        return
    if op.startswith("delete_") or op.startswith("cancel_"):
        assert result is None
    elif op == "get_agent_by_id":
        assert isinstance(result, Agent) and result.agent_id == body["agent_id"]
    elif op == "get_acp_descriptor_by_id":
        assert isinstance(result, AgentACPDescriptor)
    elif op in ("create_thread", "get_thread", "patch_thread", "copy_thread"):
        assert isinstance(result, Thread) and result.thread_id == body["thread_id"]
    elif op == "get_thread_history":
        assert isinstance(result, list) and all(isinstance(state, ThreadState) for state in result)
        assert len(result) == len(body)
    else:  # a run handle
        run = body.get("run", body)
        assert result.run_id == run["run_id"]
        assert str(result.status) == run["status"]
        if "output" in body:
            assert result.output is not None


def _client_kwargs(exchange: dict[str, Any]) -> dict[str, Any]:
    return {"base_url": BASE, "api_key": _headers(exchange).get("x-api-key"), "max_retries": 0}


def _expect_error(exchange: dict[str, Any], error: BaseException) -> None:
    status = exchange["response"]["status"]
    assert isinstance(error, status_error_class(status)), (status, type(error), error)
    assert getattr(error, "status_code", None) == status
    detail = _detail_text(exchange["response"].get("body"))
    if detail:
        assert detail in str(error), (detail, str(error))


IDS = [path.name[:3] for path in FILES]


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_replay_sync(path: Path, httpx2_mock: HTTPXMock) -> None:
    exchange = _load(path)
    call = plan(exchange)
    if path.name[:3] in REFUSED_BY_THE_CLIENT:
        with ACP(**_client_kwargs(exchange)) as client, pytest.raises(ConfigurationError):
            run_sync(client, call, 0)
        assert httpx2_mock.get_requests() == []
        return
    content = _register(httpx2_mock, exchange)
    events = _sse_events(content) if call.kind == "stream" else 0
    with ACP(**_client_kwargs(exchange)) as client:
        if exchange["response"]["status"] >= 400:
            with pytest.raises(Exception) as caught:
                run_sync(client, call, events)
            _expect_error(exchange, caught.value)
        else:
            _check_result(exchange, call, run_sync(client, call, events), events)
    _check_request(httpx2_mock, exchange)


@pytest.mark.anyio
@pytest.mark.parametrize("path", FILES, ids=IDS)
async def test_replay_async(path: Path, httpx2_mock: HTTPXMock) -> None:
    exchange = _load(path)
    call = plan(exchange)
    if path.name[:3] in REFUSED_BY_THE_CLIENT:
        async with AsyncACP(**_client_kwargs(exchange)) as client:
            with pytest.raises(ConfigurationError):
                await run_async(client, call, 0)
        assert httpx2_mock.get_requests() == []
        return
    content = _register(httpx2_mock, exchange)
    events = _sse_events(content) if call.kind == "stream" else 0
    async with AsyncACP(**_client_kwargs(exchange)) as client:
        if exchange["response"]["status"] >= 400:
            with pytest.raises(Exception) as caught:
                await run_async(client, call, events)
            _expect_error(exchange, caught.value)
        else:
            _check_result(exchange, call, await run_async(client, call, events), events)
    _check_request(httpx2_mock, exchange)


def test_every_corpus_file_is_replayed() -> None:
    """A new file in the corpus needs a client call here (plan() raises for an unknown operation).

    119 exchanges, each replayed through ACP and AsyncACP: 116 against the recorded answer, 3
    (requests of the wrong type) refused by the client before sending.
    """
    assert CORPUS.is_dir(), f"the recorded corpus is missing: {CORPUS} (it lives next to the repository)"
    listed = {line.split("`")[1] for line in (CORPUS / "index.md").read_text().splitlines() if line.startswith("| `")}
    assert listed == {path.name for path in FILES}
    assert len(FILES) == 119
    for path in FILES:
        plan(_load(path))
    assert set(REFUSED_BY_THE_CLIENT) <= {path.name[:3] for path in FILES}


def test_a_recorded_run_without_a_required_field_is_a_response_validation_error(httpx2_mock: HTTPXMock) -> None:
    """Tolerance stops at required fields: the recorded run minus `run_id` fails, naming the model."""
    exchange = _load(next(path for path in FILES if path.name.startswith("014-")))
    body = {k: v for k, v in exchange["response"]["body"].items() if k != "run_id"}
    httpx2_mock.add_response(json=body)
    with ACP(base_url=BASE, max_retries=0) as client, pytest.raises(ResponseValidationError) as caught:
        client.runs.get(exchange["request"]["path"].rsplit("/", 1)[-1])
    assert "run_id" in str(caught.value)


def _failing_run_exchanges(httpx2_mock: HTTPXMock) -> str:
    """The reference server's stream of a failed run (never ended by the server), then its wait answer."""
    stream = _load(next(path for path in FILES if path.name.startswith("058-")))
    waited = _load(next(path for path in FILES if path.name.startswith("059-")))
    assert waited["request"]["path"] == stream["request"]["path"].replace("/stream", "/wait")
    _register(httpx2_mock, stream)
    _register(httpx2_mock, waited)
    return str(stream["request"]["path"]).split("/")[2]


def test_the_stream_of_a_failed_run_ends_at_its_first_error_event(httpx2_mock: HTTPXMock) -> None:
    run_id = _failing_run_exchanges(httpx2_mock)
    with ACP(base_url=BASE, max_retries=0) as client, client.runs.stream(run_id) as stream:
        events = list(stream)
    assert [type(event).__name__ for event in events] == ["ValueRunErrorUpdate", "RunFinished"]
    assert events[-1].run is not None and str(events[-1].run.status) == "error"
    assert [request.url.path for request in httpx2_mock.get_requests()] == [
        f"/runs/{run_id}/stream",
        f"/runs/{run_id}/wait",
    ]


@pytest.mark.anyio
async def test_the_async_stream_of_a_failed_run_ends_at_its_first_error_event(httpx2_mock: HTTPXMock) -> None:
    run_id = _failing_run_exchanges(httpx2_mock)
    async with AsyncACP(base_url=BASE, max_retries=0) as client, client.runs.stream(run_id) as stream:
        events = [event async for event in stream]
    assert [type(event).__name__ for event in events] == ["ValueRunErrorUpdate", "RunFinished"]
    assert str(events[-1].status) == "error"


class _NeverEndingStream(httpx2.SyncByteStream):
    """The first recorded event of the failed run, then a stream that must not be read any further."""

    def __init__(self, first: bytes) -> None:
        self.first = first
        self.read_past_the_end = False

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        self.read_past_the_end = True  # the reference server would send keep-alives here, forever
        raise AssertionError("the client read on after the run was over")


def test_a_never_ending_stream_is_not_read_past_the_runs_end(httpx2_mock: HTTPXMock) -> None:
    stream = _load(next(path for path in FILES if path.name.startswith("058-")))
    waited = _load(next(path for path in FILES if path.name.startswith("059-")))
    raw = base64.b64decode(stream["response"]["body_raw_b64"])
    body = _NeverEndingStream(raw[: raw.index(b"\n\n") + 2])
    httpx2_mock.add_callback(
        lambda request: httpx2.Response(200, headers={"content-type": "text/event-stream"}, stream=body)
    )
    _register(httpx2_mock, waited)
    run_id = str(stream["request"]["path"]).split("/")[2]
    with ACP(base_url=BASE, max_retries=0) as client, client.runs.stream(run_id) as events:
        kinds = [type(event).__name__ for event in events]
    assert kinds == ["ValueRunErrorUpdate", "RunFinished"]
    assert not body.read_past_the_end


LISTINGS = [
    path
    for path in FILES
    if path.name[4:].startswith(("search_agents", "search_stateless_runs", "search_threads", "list_thread_runs"))
    and _load(path)["response"]["status"] == 200
]


@pytest.mark.parametrize("path", LISTINGS, ids=[path.name[:3] for path in LISTINGS])
def test_whole_listings_end_on_the_reference_server(path: Path, httpx2_mock: HTTPXMock) -> None:
    """Iterating a whole listing as recorded: every item once, and the walk ends.

    Without `limit` the server's page (10) was not filled, or was overfilled (103: 11 runs, the
    limit ignored): one request. With `limit`, the follow-up gets the recorded answer again, as a
    server ignoring `offset` (agent search) would send; the walk ends when nothing new comes.
    """
    exchange = _load(path)
    call = plan(exchange)
    sent_limit = "limit" in (exchange["request"].get("body") or {}) or "limit" in exchange["request"]["query"]
    httpx2_mock.add_response(json=exchange["response"]["body"], is_reusable=sent_limit)
    with ACP(**_client_kwargs(exchange)) as client:
        items = list(_target(client, call)(*call.args, **call.kwargs))
    ids = [getattr(item, "run_id", None) or getattr(item, "thread_id", None) or item.agent_id for item in items]
    recorded = [
        entry.get("run_id") or entry.get("thread_id") or entry["agent_id"] for entry in exchange["response"]["body"]
    ]
    assert ids == recorded
    requests = httpx2_mock.get_requests()
    if not sent_limit:
        assert len(requests) == 1
    else:
        assert 1 <= len(requests) <= 2
