"""Every public name a vendor reference page documents, and the agentplug name that answers it.

One table per seed (`<seed>.csv`: seed_name, agentplug, status, note). The tests check that the
table lists exactly the names the page documents, that every answer imports and accepts the
parameters the page documents, that the ACP client's operations (all three forms, sync and
async) and the Moderately resources answer against the sandboxes, and that each guide names the
table and every call that is missing or cannot be served.

Statuses: `working` (same name), `renamed` (same meaning, the name in `agentplug`), `inert`
(accepted, no effect: the note says what to use), `unsupported` (the platform's API has no such
operation: raises with the reason), `missing` (not offered; the note says why).
"""

from __future__ import annotations

import asyncio
import csv
import importlib
import inspect
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from . import seeds

HERE = Path(__file__).resolve().parent
DOCS = seeds.ROOT / "overlay" / "docs"
STATUSES = {"working", "renamed", "inert", "unsupported", "missing"}
GUIDES = {"nat": "nat.md", "prefactor": "prefactor.md", "acp": "acp.md", "moderately": "moderately.md"}


@dataclass(frozen=True)
class Row:
    seed_name: str
    agentplug: str
    status: str
    note: str


def table(seed: str) -> list[Row]:
    with (HERE / f"{seed}.csv").open(newline="") as file:
        return [Row(**row) for row in csv.DictReader(file)]


def documented(seed: str) -> dict[str, tuple[str, ...] | None]:
    assert seeds.available(), f"the vendor reference pages are expected in {seeds.SEEDS}"
    return seeds.READERS[seed]()


# Instance attributes are resolved on an instance built here (no network is touched).
FACTORIES: dict[str, Callable[[], Any]] = {
    "agentplug.acp.compat:ApiClientConfiguration": lambda: importlib.import_module(
        "agentplug.acp.compat"
    ).ApiClientConfiguration(host="http://127.0.0.1:9"),
}


def resolve(target: str) -> Any:
    module_name, _, qualname = target.partition(":")
    value: Any = importlib.import_module(module_name)
    path = f"{module_name}"
    for part in qualname.split("."):
        owner = value
        try:
            value = getattr(owner, part)
        except AttributeError:
            fields = getattr(owner, "model_fields", None)  # pydantic fields are not class attributes
            if isinstance(fields, dict) and part in fields:
                value = fields[part]
            elif f"{path}" in FACTORIES:
                value = getattr(FACTORIES[path](), part)
            else:
                raise
        path = f"{path}:{part}" if ":" not in path else f"{path}.{part}"
    return value


def accepted_parameters(value: Any) -> tuple[set[str], bool]:
    target = value.__init__ if inspect.isclass(value) else value
    signature = inspect.signature(target)
    names = {name for name in signature.parameters if name != "self"}
    open_ended = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in signature.parameters.values())
    return names, open_ended


@pytest.mark.parametrize("seed", sorted(seeds.PAGES))
def test_the_table_lists_every_documented_name_once(seed: str) -> None:
    rows = table(seed)
    names = [row.seed_name for row in rows]
    assert len(names) == len(set(names)), "a name is listed twice"
    wanted = set(documented(seed))
    assert set(names) - wanted == set(), "rows for names the page does not document"
    assert wanted - set(names) == set(), "documented names without a row"
    assert {row.status for row in rows} <= STATUSES


@pytest.mark.parametrize("seed", sorted(seeds.PAGES))
def test_every_answer_imports_and_takes_the_documented_parameters(seed: str) -> None:
    params = documented(seed)
    problems = []
    for row in table(seed):
        if row.status == "missing":
            if row.agentplug or not row.note:
                problems.append(f"{row.seed_name}: a missing name has no target and says why")
            continue
        try:
            value = resolve(row.agentplug)
        except (ImportError, AttributeError) as error:
            problems.append(f"{row.seed_name}: {row.agentplug} does not resolve ({error})")
            continue
        wanted = params.get(row.seed_name)
        if wanted and callable(value) and row.status == "working":
            names, open_ended = accepted_parameters(value)
            absent = [name for name in wanted if name not in names]
            if absent and not open_ended:
                problems.append(f"{row.seed_name}: {row.agentplug} does not take {absent}")
    assert problems == []


@pytest.mark.parametrize("seed", sorted(seeds.PAGES))
def test_the_guide_names_the_table_and_every_gap(seed: str) -> None:
    guide = (DOCS / GUIDES[seed]).read_text()
    assert f"tests/parity/{seed}.csv" in guide
    for row in table(seed):
        if row.status in ("missing", "unsupported"):
            member = row.seed_name.rsplit(".", 1)[-1]
            assert member in guide, f"{GUIDES[seed]} does not mention {row.seed_name} ({row.status})"


# ---------------------------------------------------------------------------------------------
# Calling them: the ACP client's operations against the ACP sandbox


@pytest.fixture(scope="module")
def acp_url() -> Iterator[str]:
    from agentplug.sandbox import acp

    # The spec profile: the point here is that every operation answers in its three forms, and
    # the reference profile (the default) implements some of them not at all (500 "Not
    # implemented": run delete and cancel, thread-run streams and resume) and refuses others'
    # valid arguments (a search without name, list limits, runs without config). How the
    # client copes with those answers is tested against both profiles in tests/e2e/acp.
    with acp.serve(profile="spec") as url:
        yield url


def _drain(result: Any) -> Any:
    """Read a stream or raw response to its end (so every form is exercised), and answer the result."""
    import httpx2

    if isinstance(result, httpx2.Response):
        result.read()
        result.close()
        return result
    if inspect.isgenerator(result):
        return list(result)
    data = getattr(result, "data", None)
    if inspect.isgenerator(data):
        assert list(data)
    return result


async def _adrain(result: Any) -> Any:
    import httpx2

    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, httpx2.Response):
        await result.aread()
        await result.aclose()
        return result
    if inspect.isasyncgen(result):
        return [item async for item in result]
    data = getattr(result, "data", None)
    if inspect.isasyncgen(data):
        assert [item async for item in data]
    return result


class AcpArguments:
    """Arguments for every operation by parameter name: a fresh thread and runs for each call."""

    def __init__(self, client: Any) -> None:
        from agentplug.sandbox import acp

        self.client = client
        self.agent_id = acp.ECHO_AGENT_ID

    def for_operation(self, operation: str, names: tuple[str, ...]) -> dict[str, Any]:
        from agentplug.acp.compat import ACPClient
        from agentplug.acp.compat.models import (
            AgentSearchRequest,
            RunCreateStateful,
            RunCreateStateless,
            RunSearchRequest,
            ThreadCreate,
            ThreadPatch,
            ThreadSearchRequest,
        )

        api = ACPClient(self.client)
        chat = {"messages": [{"type": "human", "content": "parity"}]}
        config = {"configurable": {"interrupt_count": 1}} if "resume" in operation else None
        values: dict[str, Any] = {
            "agent_id": self.agent_id,
            "agent_search_request": AgentSearchRequest(limit=5),
            "thread_create": ThreadCreate(metadata={"parity": True}),
            "thread_patch": ThreadPatch(metadata={"parity": "patched"}),
            "thread_search_request": ThreadSearchRequest(limit=5),
            "run_search_request": RunSearchRequest(agent_id=self.agent_id, limit=5),
            "run_create_stateless": RunCreateStateless(agent_id=self.agent_id, input=chat),
            "run_create_stateful": RunCreateStateful(agent_id=self.agent_id, input=chat),
            "body": chat,
            "limit": 5,
        }
        if "thread_id" in names:
            values["thread_id"] = str(api.create_thread(ThreadCreate()).thread_id)
        if "run_id" in names:
            request: dict[str, Any] = {"agent_id": self.agent_id, "input": chat}
            if config:
                request["config"] = config
            if "thread_id" in names:
                run = api.create_and_wait_for_thread_run_output(values["thread_id"], RunCreateStateful(**request))
            else:
                run = api.create_and_wait_for_stateless_run_output(RunCreateStateless(**request))
            values["run_id"] = str(run.run.run_id)
        return {name: values[name] for name in names if name in values}


FORMS = ("", "_with_http_info", "_without_preload_content")


def acp_operations() -> list[str]:
    return sorted(
        row.seed_name.split(".", 1)[1]
        for row in table("acp")
        if row.seed_name.startswith("ACPClient.") and not row.seed_name.endswith(FORMS[1:])
    )


@pytest.mark.parametrize("operation", acp_operations())
def test_every_acp_operation_answers_in_its_three_forms_sync_and_async(acp_url: str, operation: str) -> None:
    from agentplug.acp.compat import ACPClient, ApiClient, ApiClientConfiguration, AsyncACPClient, AsyncApiClient

    params = documented("acp")[f"ACPClient.{operation}"] or ()
    with ApiClient(ApiClientConfiguration(host=acp_url)) as api_client:
        arguments = AcpArguments(api_client)
        for form in FORMS:
            result = _drain(
                getattr(ACPClient(api_client), operation + form)(**arguments.for_operation(operation, params))
            )
            if form == "_with_http_info":
                assert 200 <= result.status_code < 300
            if form == "_without_preload_content":
                assert 200 <= result.status_code < 300

        async def run_async() -> None:
            async with AsyncApiClient(ApiClientConfiguration(host=acp_url)) as async_client:
                for form in FORMS:
                    call = getattr(AsyncACPClient(async_client), operation + form)
                    await _adrain(call(**arguments.for_operation(operation, params)))

        asyncio.run(run_async())


# ---------------------------------------------------------------------------------------------
# Calling them: the Moderately resources against the Moderately sandbox


@pytest.fixture(scope="module")
def moderately_client() -> Iterator[Any]:
    from agentplug.moderately import ModeratelyAI
    from agentplug.sandbox import moderately as sandbox

    settings = sandbox.SandboxSettings(api_keys=frozenset({"parity-key"}))
    with (
        sandbox.serve(settings=settings) as url,
        ModeratelyAI(api_key="parity-key", team_id=sandbox.DEFAULT_TEAM_ID, base_url=url) as client,
    ):
        yield client


RESOURCE_OF = {
    "Files": "files",
    "Users": "users",
    "Teams": "teams",
    "Agents": "agents",
    "AgentExecutions": "agent_executions",
    "Datasets": "datasets",
    "Pipelines": "pipelines",
    "PipelineConfigurationVersions": "pipeline_configuration_versions",
    "PipelineExecutions": "pipeline_executions",
}


def test_every_moderately_resource_lists_and_retrieves_and_refuses_what_the_api_lacks(moderately_client: Any) -> None:
    from agentplug.moderately import UnsupportedOperationError

    client = moderately_client
    client.agents.create(name=f"parity {uuid.uuid4().hex[:6]}")
    client.files.upload(b"parity", name="parity.txt")
    client.datasets.create(name=f"parity {uuid.uuid4().hex[:6]}")
    client.pipelines.create(name=f"parity {uuid.uuid4().hex[:6]}")
    for row in table("moderately"):
        cls, _, method = row.seed_name.partition(".")
        if not method or cls.startswith("Async"):
            continue
        resource = getattr(client, RESOURCE_OF[cls])
        if row.status == "unsupported":
            with pytest.raises(UnsupportedOperationError):
                getattr(resource, method)("any-id")
        elif method == "list":
            page = resource.list().first_page()
            assert page.items or cls in ("AgentExecutions", "PipelineConfigurationVersions", "PipelineExecutions")
            if page.items and cls in ID_OF:
                identifier = getattr(page.items[0], ID_OF[cls])
                assert getattr(resource.retrieve(identifier), ID_OF[cls]) == identifier


ID_OF = {
    "Files": "file_id",
    "Users": "user_id",
    "Teams": "team_id",
    "Agents": "agent_id",
    "Datasets": "dataset_id",
    "Pipelines": "pipeline_id",
}


# ---------------------------------------------------------------------------------------------
# Calling them: the vendor's transport settings and ApiClient internals, on agentplug's transport


def _api(url: str, **settings: Any) -> Any:
    from agentplug.acp.compat import ApiClient, ApiClientConfiguration

    configuration = ApiClientConfiguration(host=url, retries=0)
    for name, value in settings.items():
        setattr(configuration, name, value)
    return ApiClient(configuration)


def _agent(api: Any) -> Any:
    """One agent, fetched by param_serialize -> call_api -> response_deserialize."""
    from agentplug.sandbox import acp

    request = api.param_serialize("GET", "/agents/{agent_id}", path_params={"agent_id": acp.ECHO_AGENT_ID})
    return api.response_deserialize(api.call_api(*request), {"200": "Agent"}).data


@pytest.fixture(scope="module")
def authority() -> Any:
    import trustme

    return trustme.CA()


@pytest.fixture
def tls_front(acp_url: str, authority: Any) -> Iterator[Any]:
    """The sandbox behind TLS, with a certificate for `acp.test` only (not for 127.0.0.1)."""
    import ssl

    from ._front import Front

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("acp.test").configure_cert(context)
    with Front(acp_url, tls=context).running() as front:
        yield front


def _check_tls_server_name(acp_url: str, front: Any, authority: Any) -> None:
    from agentplug.errors import APIConnectionError

    trusted = {"ca_cert_data": authority.cert_pem.bytes().decode()}
    with _api(front.url("https"), **trusted) as api, pytest.raises(APIConnectionError):
        _agent(api)  # the certificate does not name 127.0.0.1
    with _api(front.url("https"), tls_server_name="acp.test", **trusted) as api:
        assert _agent(api).metadata.ref.name == "agentplug.sandbox.echo"
    assert "acp.test" in front.server_names


def _check_assert_hostname(acp_url: str, front: Any, authority: Any) -> None:
    from agentplug.errors import APIConnectionError

    trusted = {"ca_cert_data": authority.cert_pem.bytes().decode()}
    with _api(front.url("https"), assert_hostname=False, **trusted) as api:
        assert _agent(api).metadata.ref.name == "agentplug.sandbox.echo"
    with _api(front.url("https"), assert_hostname=False) as api, pytest.raises(APIConnectionError):
        _agent(api)  # the chain is still verified: the test CA is not trusted here


def _check_connection_pool_maxsize(acp_url: str) -> None:
    import threading

    from ._front import Front

    with Front(acp_url).running() as front, _api(front.url(), connection_pool_maxsize=1) as api:
        start = threading.Barrier(4)

        def call() -> None:
            start.wait(30)
            for _ in range(3):
                _agent(api)

        threads = [threading.Thread(target=call) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert front.connections == 1  # four callers at once, one connection in the pool


def _check_socket_options(acp_url: str) -> None:
    import socket
    import struct

    from ._front import Front

    # SO_LINGER (on, 0 s): closing the connection resets it. The front sees a reset only if the
    # option reached the client's socket; without it, a plain close.
    linger = [(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))]
    with Front(acp_url).running() as front:
        with _api(front.url(), socket_options=linger) as api:
            assert _agent(api).metadata.ref.name == "agentplug.sandbox.echo"
        with _api(front.url()) as api:
            _agent(api)
        assert sorted(front.wait_for_endings(2)) == ["closed", "reset"]


def _check_proxy_headers(acp_url: str) -> None:
    from ._front import Front

    with Front(acp_url).running() as proxy:
        with _api(acp_url, proxy=proxy.url(), proxy_headers={"X-Proxy-Note": "parity"}) as api:
            assert _agent(api).metadata.ref.name == "agentplug.sandbox.echo"
        assert proxy.connections == 1 and b"x-proxy-note: parity" in bytes(proxy.received).lower()


def _check_logger(acp_url: str, tmp_path: Path) -> None:
    import logging

    log = tmp_path / "acp.log"
    with _api(acp_url) as api:
        configuration = api.configuration
        package_logger = configuration.logger["package_logger"]
        assert package_logger is logging.getLogger("agentplug")
        level = package_logger.level
        package_logger.setLevel(logging.INFO)
        try:
            configuration.logger_format = "%(levelname)s|%(name)s|%(message)s"
            configuration.logger_file = str(log)
            _agent(api)
            assert configuration.logger_file_handler in package_logger.handlers
            configuration.logger_file = None  # back to a stream
            assert configuration.logger_file_handler is None
            assert configuration.logger_stream_handler in package_logger.handlers
        finally:
            package_logger.setLevel(level)
            for handler in (configuration.logger_stream_handler, configuration.logger_file_handler):
                for logger in configuration.logger.values():
                    logger.removeHandler(handler)
    lines = log.read_text().splitlines()
    assert lines and all(line.startswith("INFO|") for line in lines)
    assert any("/agents/" in line for line in lines)


def _check_dates(acp_url: str) -> None:
    import datetime

    from agentplug.acp.compat.models import Thread

    when = datetime.datetime(2026, 1, 2, 3, 4, 5)
    with _api(acp_url, date_format="%d.%m.%Y", datetime_format="%Y%m%dT%H%M%S") as api:
        body = {"metadata": {"day": datetime.date(2026, 1, 2), "at": when}}
        request = api.param_serialize("POST", "/threads", body=body)
        thread = api.response_deserialize(api.call_api(*request), {"200": Thread}).data
        assert dict(thread.metadata) == {"day": "02.01.2026", "at": "20260102T030405"}
        assert api.sanitize_for_serialization([when]) == ["20260102T030405"]


def _check_ignore_operation_servers(acp_url: str) -> None:
    with _api(acp_url) as api:
        assert api.param_serialize("GET", "/agents/x", _host="http://other.test")[1] == "http://other.test/agents/x"
        api.configuration.ignore_operation_servers = True
        request = api.param_serialize("GET", "/agents/{agent_id}", path_params={"agent_id": "x"}, _host="http://o.test")
        assert request[1] == f"{acp_url}/agents/x"


def _check_refresh_api_key_hook(acp_url: str) -> None:
    from agentplug.acp.compat import ApiClient, ApiClientConfiguration, UnauthorizedException
    from agentplug.sandbox import acp

    def renew(configuration: Any) -> None:
        configuration.api_key["x-api-key"] = "fresh-key"

    with acp.serve(api_key="fresh-key", profile="spec") as url:
        stale = ApiClientConfiguration(host=url, api_key={"x-api-key": "expired-key"}, retries=0)
        with ApiClient(stale) as api, pytest.raises(UnauthorizedException):
            _agent(api)
        stale.refresh_api_key_hook = renew
        with ApiClient(stale) as api:
            assert _agent(api).metadata.ref.name == "agentplug.sandbox.echo"


def _check_safe_chars_for_path_param(acp_url: str) -> None:
    from agentplug.acp.compat import NotFoundException

    with _api(acp_url) as api:
        assert api.param_serialize("GET", "/threads/{thread_id}", path_params={"thread_id": "a/b"})[1].endswith(
            "/threads/a%2Fb"
        )
        with pytest.raises(NotFoundException):  # one unknown thread id, quoted
            api.call_api(*api.param_serialize("GET", "/threads/{thread_id}", path_params={"thread_id": "a/b"}))
        api.configuration.safe_chars_for_path_param = "/"
        assert api.param_serialize("GET", "/threads/{thread_id}", path_params={"thread_id": "a/b"})[1].endswith(
            "/threads/a/b"
        )


def _check_server_operation_index(acp_url: str) -> None:
    from agentplug.acp.compat import ACPClient
    from agentplug.acp.compat.models import AgentSearchRequest
    from agentplug.errors import ConfigurationError

    with _api(acp_url, server_operation_index={"search_agents": 0}) as api:
        assert ACPClient(api).search_agents(AgentSearchRequest(limit=1))
        api.configuration.server_operation_index = {"search_agents": 1}
        with pytest.raises(ConfigurationError, match="host index 1"):
            ACPClient(api).search_agents(AgentSearchRequest(limit=1))


def _check_temp_folder_path(acp_url: str, tmp_path: Path) -> None:
    import json

    from agentplug.sandbox import acp

    with _api(acp_url, temp_folder_path=str(tmp_path)) as api:
        response = api.call_api(*api.param_serialize("GET", f"/agents/{acp.ECHO_AGENT_ID}"))
        saved = Path(api.deserialize(response.content, "file", response.headers["content-type"]))
        assert saved.parent == tmp_path and json.loads(saved.read_bytes())["agent_id"] == acp.ECHO_AGENT_ID


def _check_deserialize(acp_url: str) -> None:
    from agentplug.acp.compat.models import Agent
    from agentplug.errors import ResponseValidationError

    with _api(acp_url) as api:
        response = api.call_api(*api.param_serialize("POST", "/agents/search", body={"limit": 5}))
        agents = api.deserialize(response.text, "List[Agent]", response.headers["content-type"])
        assert agents and all(isinstance(agent, Agent) for agent in agents)
        with pytest.raises(ResponseValidationError):
            api.deserialize("{not json", "Agent", "application/json")


def _check_files_parameters(acp_url: str, tmp_path: Path) -> None:
    upload = tmp_path / "notes.txt"
    upload.write_bytes(b"parity")
    with _api(acp_url) as api:
        parts = api.files_parameters({"file": str(upload), "more": [b"raw", ("data.json", b"{}")]})
        assert parts == [
            ("file", ("notes.txt", b"parity", "text/plain")),
            ("more", ("more", b"raw", "application/octet-stream")),
            ("more", ("data.json", b"{}", "application/json")),
        ]
        # Sent as a multipart form: the ACP server refuses a form where the spec wants JSON.
        from agentplug.acp.compat import UnprocessableEntityException

        with pytest.raises(UnprocessableEntityException):
            api.call_api(*api.param_serialize("POST", "/threads", files={"file": str(upload)}))


def _check_parameters(acp_url: str) -> None:
    from agentplug.acp.compat import ACPClient
    from agentplug.acp.compat.models import RunCreateStateful, RunStateful, ThreadCreate
    from agentplug.sandbox import acp

    with _api(acp_url) as api:
        assert api.parameters_to_tuples({"a": [1, 2], "b": [3, 4], "c": 5}, {"a": "multi", "b": "pipes"}) == [
            ("a", 1),
            ("a", 2),
            ("b", "3|4"),
            ("c", 5),
        ]
        assert api.parameters_to_url_query([("q", "a b"), ("ok", True), ("ids", ["x", "y"])], {"ids": "csv"}) == (
            "q=a%20b&ok=true&ids=x%2Cy"
        )
        client = ACPClient(api)
        thread_id = str(client.create_thread(ThreadCreate()).thread_id)
        chat = {"messages": [{"type": "human", "content": "parity"}]}
        for _ in range(3):
            client.create_and_wait_for_thread_run_output(
                thread_id, RunCreateStateful(agent_id=acp.ECHO_AGENT_ID, input=chat)
            )
        request = api.param_serialize(
            "GET", "/threads/{thread_id}/runs", path_params={"thread_id": thread_id}, query_params={"limit": 2}
        )
        assert request[1].endswith("/runs?limit=2")
        runs = api.response_deserialize(api.call_api(*request), {"200": "List[RunStateful]"})
        assert runs.status_code == 200 and len(runs.data) == 2 and isinstance(runs.data[0], RunStateful)


def _check_update_params_for_auth(acp_url: str) -> None:
    from agentplug.acp.compat import ApiClient, ApiClientConfiguration

    with acp_keyed() as url:
        keyed = ApiClientConfiguration(host=url, api_key={"x-api-key": "parity-key"}, retries=0)
        with ApiClient(keyed) as api:
            headers: dict[str, Any] = {}
            queries: list[tuple[str, Any]] = []
            api.update_params_for_auth(headers, queries, ["x-api-key"], "/agents/search", "POST", None)
            assert headers == {"x-api-key": "parity-key"} and queries == []
            override = {"in": "header", "key": "x-api-key", "value": "wrong-key"}
            api.update_params_for_auth(headers, queries, ["x-api-key"], "/agents/search", "POST", None, override)
            assert headers == {"x-api-key": "wrong-key"}
            from agentplug.acp.compat import UnauthorizedException

            request = api.param_serialize(
                "POST", "/agents/search", body={}, auth_settings=["x-api-key"], _request_auth=override
            )
            with pytest.raises(UnauthorizedException):
                api.call_api(*request)
            request = api.param_serialize("POST", "/agents/search", body={}, auth_settings=["x-api-key"])
            assert api.response_deserialize(api.call_api(*request), {"200": "List[Agent]"}).data


def acp_keyed() -> Any:
    from agentplug.sandbox import acp

    return acp.serve(api_key="parity-key", profile="spec")


def _check_async_client(acp_url: str) -> None:
    from agentplug.acp.compat import ApiClientConfiguration, AsyncApiClient
    from agentplug.sandbox import acp

    async def run() -> None:
        configuration = ApiClientConfiguration(host=acp_url)
        configuration.connection_pool_maxsize = 2
        async with AsyncApiClient(configuration) as api:
            request = api.param_serialize("GET", "/agents/{agent_id}", path_params={"agent_id": acp.ECHO_AGENT_ID})
            agent = api.response_deserialize(await api.call_api(*request), {"200": "Agent"}).data
            assert str(agent.agent_id) == acp.ECHO_AGENT_ID

    asyncio.run(run())


# Each row that was a setting of the vendor's transport or an internal of its ApiClient, and the
# check that drives it against the sandbox.
SETTING_CHECKS: dict[str, Callable[..., None]] = {
    "ApiClientConfiguration.assert_hostname": _check_assert_hostname,
    "ApiClientConfiguration.tls_server_name": _check_tls_server_name,
    "ApiClientConfiguration.connection_pool_maxsize": _check_connection_pool_maxsize,
    "ApiClientConfiguration.socket_options": _check_socket_options,
    "ApiClientConfiguration.proxy_headers": _check_proxy_headers,
    "ApiClientConfiguration.logger": _check_logger,
    "ApiClientConfiguration.logger_stream_handler": _check_logger,
    "ApiClientConfiguration.date_format": _check_dates,
    "ApiClientConfiguration.datetime_format": _check_dates,
    "ApiClientConfiguration.ignore_operation_servers": _check_ignore_operation_servers,
    "ApiClientConfiguration.refresh_api_key_hook": _check_refresh_api_key_hook,
    "ApiClientConfiguration.safe_chars_for_path_param": _check_safe_chars_for_path_param,
    "ApiClientConfiguration.server_operation_index": _check_server_operation_index,
    "ApiClientConfiguration.temp_folder_path": _check_temp_folder_path,
    "ApiClient.deserialize": _check_deserialize,
    "ApiClient.files_parameters": _check_files_parameters,
    "ApiClient.param_serialize": _check_parameters,
    "ApiClient.parameters_to_tuples": _check_parameters,
    "ApiClient.parameters_to_url_query": _check_parameters,
    "ApiClient.response_deserialize": _check_parameters,
    "ApiClient.update_params_for_auth": _check_update_params_for_auth,
}
TLS_CHECKS = {_check_assert_hostname, _check_tls_server_name}
TMP_CHECKS = {_check_logger, _check_temp_folder_path, _check_files_parameters}


def test_every_acp_setting_and_client_internal_has_a_check() -> None:
    rows = {row.seed_name: row for row in table("acp")}
    for name in SETTING_CHECKS:
        assert rows[name].status == "working", name
    settings = [name for name in rows if name.startswith(("ApiClientConfiguration.", "ApiClient."))]
    unchecked = [name for name in settings if name not in SETTING_CHECKS and rows[name].status != "working"]
    assert unchecked == []


@pytest.mark.parametrize("name", sorted(SETTING_CHECKS))
def test_each_acp_setting_and_client_internal_works_against_the_sandbox(
    name: str, acp_url: str, authority: Any, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    check = SETTING_CHECKS[name]
    if check in TLS_CHECKS:
        check(acp_url, request.getfixturevalue("tls_front"), authority)
    elif check in TMP_CHECKS:
        check(acp_url, tmp_path)
    else:
        check(acp_url)


def test_the_async_api_client_serializes_and_reads_against_the_sandbox(acp_url: str) -> None:
    _check_async_client(acp_url)
