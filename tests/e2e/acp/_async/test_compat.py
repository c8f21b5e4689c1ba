"""agentplug.acp.compat: the vendor SDK's names and forms, against the ACP sandbox."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx2
import pytest
from agentplug.acp.compat import (
    ApiClientConfiguration,
    ApiException,
    ApiResponse,
    ApiValueError,
    AsyncACPClient,
    AsyncApiClient,
    NotFoundException,
    OpenApiException,
    ServiceException,
    UnauthorizedException,
    UnprocessableEntityException,
)
from agentplug.acp.compat.models import (
    AgentSearchRequest,
    Config,
    RunCreateStateful,
    RunCreateStateless,
    RunSearchRequest,
    RunStateless,
    RunWaitResponseStateless,
    Thread,
    ThreadCreate,
    ThreadPatch,
    ValueRunResultUpdate,
)
from agentplug.errors import AgentplugError
from agentplug.sandbox import acp

from ..conftest import API_KEY

pytestmark = pytest.mark.anyio

MISSING = "00000000-0000-4000-8000-000000000000"
# The reference server needs a name or version to search agents, and a config on every run.
ECHO = AgentSearchRequest(name="agentplug.sandbox.echo", limit=1)
NO_OPTIONS = Config(configurable={})


def chat(text: str) -> dict[str, Any]:
    return {"messages": [{"type": "human", "content": text}]}


def client_for(url: str, **settings: Any) -> AsyncApiClient:
    return AsyncApiClient(ApiClientConfiguration(host=url, **settings))


async def test_runs_in_the_three_forms(acp_url: str, acp_profile: str) -> None:
    async with client_for(acp_url) as api_client:
        client = AsyncACPClient(api_client)
        request = RunCreateStateless(
            agent_id=acp.ECHO_AGENT_ID, input=chat("hi"), config=Config(configurable={"to_upper": True})
        )
        waited = await client.create_and_wait_for_stateless_run_output(request)
        assert isinstance(waited, RunWaitResponseStateless)
        assert waited.run.status == "success"
        # The reference server adds the run's thread_id to the configurable options.
        assert waited.run.creation.config.configurable.items() >= {"to_upper": True}.items()
        info = await client.get_stateless_run_with_http_info(str(waited.run.run_id))
        assert isinstance(info, ApiResponse) and info.status_code == 200
        assert isinstance(info.data, RunStateless) and json.loads(info.raw_data)["run_id"] == str(waited.run.run_id)
        assert info.headers is not None and info.headers["content-type"].startswith("application/json")
        raw = await client.get_stateless_run_without_preload_content(str(waited.run.run_id))
        try:
            assert isinstance(raw, httpx2.Response) and raw.status_code == 200
            assert json.loads(await raw.aread())["status"] == "success"
        finally:
            await raw.aclose()
        found = await client.search_stateless_runs(RunSearchRequest(agent_id=acp.ECHO_AGENT_ID, limit=100))
        assert str(waited.run.run_id) in {str(run.run_id) for run in found}
        # A plain dict body works too, and a resume body is free JSON.
        started = await client.create_stateless_run(
            {"agent_id": acp.ECHO_AGENT_ID, "input": chat("x"), "config": {"configurable": {"interrupt_count": 1}}}
        )
        interrupted = await client.wait_for_stateless_run_output(str(started.run_id))
        assert interrupted.run.status == "interrupted"
        resumed = await client.resume_stateless_run(str(started.run_id), chat("more"))
        assert str(resumed.run_id) == str(started.run_id)
        final = await client.wait_for_stateless_run_output(str(started.run_id))
        assert final.run.status == "success"
        if acp_profile == "reference":  # not implemented by the reference server: a typed error
            with pytest.raises(ServiceException, match="Not implemented"):
                await client.delete_stateless_run(str(started.run_id))
        else:
            assert await client.delete_stateless_run(str(started.run_id)) is None


async def test_streams_yield_each_update_once(acp_url: str) -> None:
    async with client_for(acp_url) as api_client:
        client = AsyncACPClient(api_client)
        request = RunCreateStateless(
            agent_id=acp.ECHO_AGENT_ID, input=chat("s"), config=Config(configurable={"extra_values": 5})
        )
        events = [event async for event in client.create_and_stream_stateless_run_output(request)]
        values = [event.data for event in events if isinstance(event.data, ValueRunResultUpdate)]
        steps = [update.values.get("step") for update in values]
        assert steps == [None, 1, 2, 3, 4, 5, None] and {event.event for event in events} == {"agent_event"}
        info = await client.create_and_stream_stateless_run_output_with_http_info(request)
        assert info.status_code == 200 and len([event async for event in info.data]) == len(events)


async def test_threads_and_thread_runs(acp_url: str, acp_profile: str) -> None:
    async with client_for(acp_url) as api_client:
        client = AsyncACPClient(api_client)
        thread = await client.create_thread(ThreadCreate(metadata={"who": "compat"}))
        assert isinstance(thread, Thread)
        tid = str(thread.thread_id)
        patched = await client.patch_thread(tid, ThreadPatch(metadata={"who": "patched"}))
        assert patched.metadata["who"] == "patched"
        run = await client.create_and_wait_for_thread_run_output(
            tid, RunCreateStateful(agent_id=acp.ECHO_AGENT_ID, input=chat("one"), config=NO_OPTIONS)
        )
        assert run.run.status == "success"
        second = RunCreateStateful(agent_id=acp.ECHO_AGENT_ID, input=chat("two"), config=NO_OPTIONS)
        if acp_profile == "reference":
            # The reference server streams no thread run (500 "Not implemented") and refuses any
            # limit on the thread's run listing (422): typed errors; the run is had by waiting.
            with pytest.raises(ServiceException, match="Not implemented"):
                [event async for event in client.create_and_stream_thread_run_output(tid, second)]
            assert (await client.create_and_wait_for_thread_run_output(tid, second)).run.status == "success"
            with pytest.raises(UnprocessableEntityException):
                await client.list_thread_runs(tid, limit=10)
            runs = await client.list_thread_runs(tid)
        else:
            streamed = [event async for event in client.create_and_stream_thread_run_output(tid, second)]
            assert streamed and isinstance(streamed[-1].data, ValueRunResultUpdate)
            runs = await client.list_thread_runs(tid, limit=10)
        assert len(runs) == 2
        history = await client.get_thread_history(tid, limit=10)
        assert history and history[0].values["messages"][-1]["content"] == "two"
        copy = await client.copy_thread(tid)
        assert str(copy.thread_id) != tid
        assert await client.delete_thread(str(copy.thread_id)) is None


async def test_errors_have_the_vendor_names_and_agentplug_bases(acp_url: str, acp_key_url: str) -> None:
    async with client_for(acp_url) as api_client:
        client = AsyncACPClient(api_client)
        with pytest.raises(NotFoundException) as missing:
            await client.get_thread(MISSING)
        assert missing.value.status == 404 and missing.value.reason == "Not Found"
        assert isinstance(missing.value, ApiException) and isinstance(missing.value, AgentplugError)
        with pytest.raises(UnprocessableEntityException) as invalid:
            await client.create_stateless_run(
                {"agent_id": acp.ECHO_AGENT_ID, "input": chat("x"), "config": {"configurable": {"interrupt_count": -1}}}
            )
        assert invalid.value.status == 422 and invalid.value.body
        with pytest.raises(ApiValueError, match="_host_index"):
            await client.get_thread(MISSING, _host_index=1)
        with pytest.raises(ApiValueError, match="_request_timeout"):
            await client.get_thread(MISSING, _request_timeout=-1)
        with pytest.raises(ApiValueError, match="one of the spec's values"):
            await client.cancel_stateless_run(MISSING, action="explode")
    async with client_for(acp_key_url) as api_client:
        client = AsyncACPClient(api_client)
        with pytest.raises(UnauthorizedException):
            await client.search_agents(ECHO)
        # The vendor's per-call credential, and per-call headers and timeout.
        auth = {"in": "header", "type": "api_key", "key": "x-api-key", "value": API_KEY}
        agents = await client.search_agents(
            ECHO, _request_auth=auth, _headers={"x-trace": "1"}, _request_timeout=(5, 30)
        )
        assert [str(agent.agent_id) for agent in agents] == [acp.ECHO_AGENT_ID]
    async with client_for(acp_key_url, api_key={"x-api-key": API_KEY}) as api_client:
        descriptor = await AsyncACPClient(api_client).get_acp_descriptor_by_id(acp.ECHO_AGENT_ID)
        assert descriptor.metadata.ref.name == "agentplug.sandbox.echo"
        assert "x-api-key" not in repr(api_client.configuration) and API_KEY not in repr(api_client.acp)
    with pytest.raises(OpenApiException):
        raise NotFoundException(status=404, reason="Not Found")


async def test_configuration_from_an_env_prefix(acp_key_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    prefix = f"T{uuid.uuid4().hex[:6].upper()}_"
    monkeypatch.setenv(f"{prefix}HOST", acp_key_url)
    monkeypatch.setenv(f"{prefix}API_KEY", API_KEY)
    monkeypatch.setenv(f"{prefix}RETRIES", "1")
    configuration = ApiClientConfiguration.fromEnvPrefix(prefix)
    assert configuration.host == acp_key_url and configuration.retries == 1
    async with AsyncApiClient(configuration=configuration) as api_client:
        agent = await AsyncACPClient(api_client).get_agent_by_id(acp.ECHO_AGENT_ID)
    assert str(agent.agent_id) == acp.ECHO_AGENT_ID


async def test_the_api_client_helpers(acp_url: str) -> None:
    configuration = ApiClientConfiguration(
        host=acp_url, api_key={"x-api-key": "k"}, api_key_prefix={"x-api-key": "Key"}
    )
    assert configuration.get_api_key_with_prefix("x-api-key") == "Key k"
    assert configuration.auth_settings()["x-api-key"]["value"] == "Key k"
    assert configuration.get_host_from_settings(0) == acp_url and len(configuration.get_host_settings()) == 1
    assert "Python Version" in configuration.to_debug_report() and "Key k" not in configuration.to_debug_report()
    async with AsyncApiClient(ApiClientConfiguration(host=acp_url)) as api_client:
        response = await api_client.call_api("POST", f"{acp_url}/agents/search", body=ECHO)
        assert response.status_code == 200 and response.json()[0]["agent_id"] == acp.ECHO_AGENT_ID
        with pytest.raises(NotFoundException):
            await api_client.call_api("GET", f"/threads/{MISSING}")
        assert api_client.select_header_accept(["text/plain", "application/json"]) == "application/json"
        assert api_client.select_header_content_type([]) is None
        run = RunCreateStateless(agent_id=acp.ECHO_AGENT_ID, input="x", config=Config(configurable={"a": 1}))
        assert api_client.sanitize_for_serialization([run, uuid.UUID(MISSING)]) == [
            {"agent_id": acp.ECHO_AGENT_ID, "input": "x", "config": {"configurable": {"a": 1}}},
            MISSING,
        ]
