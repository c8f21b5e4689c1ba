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
