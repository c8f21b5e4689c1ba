# Generated from specs/acp.yaml by scripts/generate_compat.py (template scripts/compat_templates/): do not edit.
"""`AsyncACPClient`: every ACP operation under the vendor SDK's names, in its three forms.

`op(...)` answers the typed result; `op_with_http_info(...)` an `ApiResponse` (`status_code`,
`headers`, `data`, `raw_data`); `op_without_preload_content(...)` the response with its body
not read yet. Each takes the vendor's per-call options `_request_timeout` (seconds, or a
(connect, read) pair), `_request_auth`, `_content_type`, `_headers` and `_host_index` (0).
Streaming operations return the run's events as `RunOutputStream`s, each once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx2
from agentplug_acp_client.api.agents import (
    get_acp_descriptor_by_id,
    get_agent_by_id,
    search_agents,
)
from agentplug_acp_client.api.stateless_runs import (
    cancel_stateless_run,
    create_and_stream_stateless_run_output,
    create_and_wait_for_stateless_run_output,
    create_stateless_run,
    delete_stateless_run,
    get_stateless_run,
    resume_stateless_run,
    search_stateless_runs,
    stream_stateless_run_output,
    wait_for_stateless_run_output,
)
from agentplug_acp_client.api.thread_runs import (
    cancel_thread_run,
    create_and_stream_thread_run_output,
    create_and_wait_for_thread_run_output,
    create_thread_run,
    delete_thread_run,
    get_thread_run,
    list_thread_runs,
    resume_thread_run,
    stream_thread_run_output,
    wait_for_thread_run_output,
)
from agentplug_acp_client.api.threads import (
    copy_thread,
    create_thread,
    delete_thread,
    get_thread,
    get_thread_history,
    patch_thread,
    search_threads,
)
from agentplug_acp_client.models import (
    Agent,
    AgentACPDescriptor,
    AgentSearchRequest,
    CancelStatelessRunAction,
    CancelThreadRunAction,
    RunCreateStateful,
    RunCreateStateless,
    RunOutputStream,
    RunSearchRequest,
    RunStateful,
    RunStateless,
    RunWaitResponseStateful,
    RunWaitResponseStateless,
    Thread,
    ThreadCreate,
    ThreadPatch,
    ThreadSearchRequest,
    ThreadState,
)

from .._compat.wire import ApiResponse, CallOptions, Operation
from .compat_client import AsyncCompatBase

__all__ = ["AsyncACPClient"]

Timeout = float | tuple[float, float] | None

_SEARCH_AGENTS = Operation(
    name="search_agents",
    module=search_agents,
    path_params=(),
    query_params={},
    body=AgentSearchRequest.from_dict,
    body_is_model=True,
    answer=Agent.from_dict,
    answer_is_list=True,
    model="Agent",
    stream=False,
)
_GET_AGENT_BY_ID = Operation(
    name="get_agent_by_id",
    module=get_agent_by_id,
    path_params=("agent_id",),
    query_params={},
    answer=Agent.from_dict,
    answer_is_list=False,
    model="Agent",
    stream=False,
)
_GET_ACP_DESCRIPTOR_BY_ID = Operation(
    name="get_acp_descriptor_by_id",
    module=get_acp_descriptor_by_id,
    path_params=("agent_id",),
    query_params={},
    answer=AgentACPDescriptor.from_dict,
    answer_is_list=False,
    model="AgentACPDescriptor",
    stream=False,
)
_CREATE_THREAD = Operation(
    name="create_thread",
    module=create_thread,
    path_params=(),
    query_params={},
    body=ThreadCreate.from_dict,
    body_is_model=True,
    answer=Thread.from_dict,
    answer_is_list=False,
    model="Thread",
    stream=False,
)
_SEARCH_THREADS = Operation(
    name="search_threads",
    module=search_threads,
    path_params=(),
    query_params={},
    body=ThreadSearchRequest.from_dict,
    body_is_model=True,
    answer=Thread.from_dict,
    answer_is_list=True,
    model="Thread",
    stream=False,
)
_GET_THREAD_HISTORY = Operation(
    name="get_thread_history",
    module=get_thread_history,
    path_params=("thread_id",),
    query_params={
        "limit": None,
        "before": None,
    },
    answer=ThreadState.from_dict,
    answer_is_list=True,
    model="ThreadState",
    stream=False,
)
_COPY_THREAD = Operation(
    name="copy_thread",
    module=copy_thread,
    path_params=("thread_id",),
    query_params={},
    answer=Thread.from_dict,
    answer_is_list=False,
    model="Thread",
    stream=False,
)
_GET_THREAD = Operation(
    name="get_thread",
    module=get_thread,
    path_params=("thread_id",),
    query_params={},
    answer=Thread.from_dict,
    answer_is_list=False,
    model="Thread",
    stream=False,
)
_PATCH_THREAD = Operation(
    name="patch_thread",
    module=patch_thread,
    path_params=("thread_id",),
    query_params={},
    body=ThreadPatch.from_dict,
    body_is_model=True,
    answer=Thread.from_dict,
    answer_is_list=False,
    model="Thread",
    stream=False,
)
_DELETE_THREAD = Operation(
    name="delete_thread",
    module=delete_thread,
    path_params=("thread_id",),
    query_params={},
    stream=False,
)
_LIST_THREAD_RUNS = Operation(
    name="list_thread_runs",
    module=list_thread_runs,
    path_params=("thread_id",),
    query_params={
        "limit": None,
        "offset": None,
    },
    answer=RunStateful.from_dict,
    answer_is_list=True,
    model="RunStateful",
    stream=False,
)
_CREATE_THREAD_RUN = Operation(
    name="create_thread_run",
    module=create_thread_run,
    path_params=("thread_id",),
    query_params={},
    body=RunCreateStateful.from_dict,
    body_is_model=True,
    answer=RunStateful.from_dict,
    answer_is_list=False,
    model="RunStateful",
    stream=False,
)
_CREATE_AND_STREAM_THREAD_RUN_OUTPUT = Operation(
    name="create_and_stream_thread_run_output",
    module=create_and_stream_thread_run_output,
    path_params=("thread_id",),
    query_params={},
    body=RunCreateStateful.from_dict,
    body_is_model=True,
    stream=True,
)
_CREATE_AND_WAIT_FOR_THREAD_RUN_OUTPUT = Operation(
    name="create_and_wait_for_thread_run_output",
    module=create_and_wait_for_thread_run_output,
    path_params=("thread_id",),
    query_params={},
    body=RunCreateStateful.from_dict,
    body_is_model=True,
    answer=RunWaitResponseStateful.from_dict,
    answer_is_list=False,
    model="RunWaitResponseStateful",
    stream=False,
)
_WAIT_FOR_THREAD_RUN_OUTPUT = Operation(
    name="wait_for_thread_run_output",
    module=wait_for_thread_run_output,
    path_params=(
        "thread_id",
        "run_id",
    ),
    query_params={},
    answer=RunWaitResponseStateful.from_dict,
    answer_is_list=False,
    model="RunWaitResponseStateful",
    stream=False,
)
_GET_THREAD_RUN = Operation(
    name="get_thread_run",
    module=get_thread_run,
    path_params=(
        "thread_id",
        "run_id",
    ),
    query_params={},
    answer=RunStateful.from_dict,
    answer_is_list=False,
    model="RunStateful",
    stream=False,
)
_RESUME_THREAD_RUN = Operation(
    name="resume_thread_run",
    module=resume_thread_run,
    path_params=(
        "thread_id",
        "run_id",
    ),
    query_params={},
    body=None,
    body_is_model=False,
    answer=RunStateful.from_dict,
    answer_is_list=False,
    model="RunStateful",
    stream=False,
)
_DELETE_THREAD_RUN = Operation(
    name="delete_thread_run",
    module=delete_thread_run,
    path_params=(
        "thread_id",
        "run_id",
    ),
    query_params={},
    stream=False,
)
_STREAM_THREAD_RUN_OUTPUT = Operation(
    name="stream_thread_run_output",
    module=stream_thread_run_output,
    path_params=(
        "thread_id",
        "run_id",
    ),
    query_params={},
    stream=True,
)
_CANCEL_THREAD_RUN = Operation(
    name="cancel_thread_run",
    module=cancel_thread_run,
    path_params=(
        "thread_id",
        "run_id",
    ),
    query_params={
        "wait": None,
        "action": CancelThreadRunAction,
    },
    stream=False,
)
_CREATE_STATELESS_RUN = Operation(
    name="create_stateless_run",
    module=create_stateless_run,
    path_params=(),
    query_params={},
    body=RunCreateStateless.from_dict,
    body_is_model=True,
    answer=RunStateless.from_dict,
    answer_is_list=False,
    model="RunStateless",
    stream=False,
)
_SEARCH_STATELESS_RUNS = Operation(
    name="search_stateless_runs",
    module=search_stateless_runs,
    path_params=(),
    query_params={},
    body=RunSearchRequest.from_dict,
    body_is_model=True,
    answer=RunStateless.from_dict,
    answer_is_list=True,
    model="RunStateless",
    stream=False,
)
_CREATE_AND_STREAM_STATELESS_RUN_OUTPUT = Operation(
    name="create_and_stream_stateless_run_output",
    module=create_and_stream_stateless_run_output,
    path_params=(),
    query_params={},
    body=RunCreateStateless.from_dict,
    body_is_model=True,
    stream=True,
)
_CREATE_AND_WAIT_FOR_STATELESS_RUN_OUTPUT = Operation(
    name="create_and_wait_for_stateless_run_output",
    module=create_and_wait_for_stateless_run_output,
    path_params=(),
    query_params={},
    body=RunCreateStateless.from_dict,
    body_is_model=True,
    answer=RunWaitResponseStateless.from_dict,
    answer_is_list=False,
    model="RunWaitResponseStateless",
    stream=False,
)
_WAIT_FOR_STATELESS_RUN_OUTPUT = Operation(
    name="wait_for_stateless_run_output",
    module=wait_for_stateless_run_output,
    path_params=("run_id",),
    query_params={},
    answer=RunWaitResponseStateless.from_dict,
    answer_is_list=False,
    model="RunWaitResponseStateless",
    stream=False,
)
_GET_STATELESS_RUN = Operation(
    name="get_stateless_run",
    module=get_stateless_run,
    path_params=("run_id",),
    query_params={},
    answer=RunStateless.from_dict,
    answer_is_list=False,
    model="RunStateless",
    stream=False,
)
_RESUME_STATELESS_RUN = Operation(
    name="resume_stateless_run",
    module=resume_stateless_run,
    path_params=("run_id",),
    query_params={},
    body=None,
    body_is_model=False,
    answer=RunStateless.from_dict,
    answer_is_list=False,
    model="RunStateless",
    stream=False,
)
_DELETE_STATELESS_RUN = Operation(
    name="delete_stateless_run",
    module=delete_stateless_run,
    path_params=("run_id",),
    query_params={},
    stream=False,
)
_STREAM_STATELESS_RUN_OUTPUT = Operation(
    name="stream_stateless_run_output",
    module=stream_stateless_run_output,
    path_params=("run_id",),
    query_params={},
    stream=True,
)
_CANCEL_STATELESS_RUN = Operation(
    name="cancel_stateless_run",
    module=cancel_stateless_run,
    path_params=("run_id",),
    query_params={
        "wait": None,
        "action": CancelStatelessRunAction,
    },
    stream=False,
)


class AsyncACPClient(AsyncCompatBase):
    """The vendor SDK's ACP client, on agentplug's transport: `AsyncACPClient(api_client)`."""

    async def search_agents(
        self,
        agent_search_request: AgentSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> list[Agent]:
        """Search agents (POST /agents/search)."""
        result: list[Agent] = await self._call(
            _SEARCH_AGENTS,
            {
                "body": agent_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def search_agents_with_http_info(
        self,
        agent_search_request: AgentSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[list[Agent]]:
        """Search agents: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _SEARCH_AGENTS,
            {
                "body": agent_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def search_agents_without_preload_content(
        self,
        agent_search_request: AgentSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Search agents: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _SEARCH_AGENTS,
            {
                "body": agent_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_agent_by_id(
        self,
        agent_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> Agent:
        """Get an agent (GET /agents/{agent_id})."""
        result: Agent = await self._call(
            _GET_AGENT_BY_ID,
            {
                "agent_id": agent_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def get_agent_by_id_with_http_info(
        self,
        agent_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[Agent]:
        """Get an agent: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _GET_AGENT_BY_ID,
            {
                "agent_id": agent_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_agent_by_id_without_preload_content(
        self,
        agent_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Get an agent: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _GET_AGENT_BY_ID,
            {
                "agent_id": agent_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_acp_descriptor_by_id(
        self,
        agent_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> AgentACPDescriptor:
        """Get an agent's ACP descriptor (GET /agents/{agent_id}/descriptor)."""
        result: AgentACPDescriptor = await self._call(
            _GET_ACP_DESCRIPTOR_BY_ID,
            {
                "agent_id": agent_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def get_acp_descriptor_by_id_with_http_info(
        self,
        agent_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[AgentACPDescriptor]:
        """Get an agent's ACP descriptor: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _GET_ACP_DESCRIPTOR_BY_ID,
            {
                "agent_id": agent_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_acp_descriptor_by_id_without_preload_content(
        self,
        agent_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Get an agent's ACP descriptor: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _GET_ACP_DESCRIPTOR_BY_ID,
            {
                "agent_id": agent_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_thread(
        self,
        thread_create: ThreadCreate | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> Thread:
        """Create a thread (POST /threads)."""
        result: Thread = await self._call(
            _CREATE_THREAD,
            {
                "body": thread_create,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def create_thread_with_http_info(
        self,
        thread_create: ThreadCreate | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[Thread]:
        """Create a thread: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _CREATE_THREAD,
            {
                "body": thread_create,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_thread_without_preload_content(
        self,
        thread_create: ThreadCreate | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Create a thread: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CREATE_THREAD,
            {
                "body": thread_create,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def search_threads(
        self,
        thread_search_request: ThreadSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> list[Thread]:
        """Search threads (POST /threads/search)."""
        result: list[Thread] = await self._call(
            _SEARCH_THREADS,
            {
                "body": thread_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def search_threads_with_http_info(
        self,
        thread_search_request: ThreadSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[list[Thread]]:
        """Search threads: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _SEARCH_THREADS,
            {
                "body": thread_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def search_threads_without_preload_content(
        self,
        thread_search_request: ThreadSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Search threads: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _SEARCH_THREADS,
            {
                "body": thread_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_thread_history(
        self,
        thread_id: str,
        limit: Any = None,
        before: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> list[ThreadState]:
        """Get thread history (GET /threads/{thread_id}/history)."""
        result: list[ThreadState] = await self._call(
            _GET_THREAD_HISTORY,
            {
                "thread_id": thread_id,
                "limit": limit,
                "before": before,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def get_thread_history_with_http_info(
        self,
        thread_id: str,
        limit: Any = None,
        before: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[list[ThreadState]]:
        """Get thread history: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _GET_THREAD_HISTORY,
            {
                "thread_id": thread_id,
                "limit": limit,
                "before": before,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_thread_history_without_preload_content(
        self,
        thread_id: str,
        limit: Any = None,
        before: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Get thread history: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _GET_THREAD_HISTORY,
            {
                "thread_id": thread_id,
                "limit": limit,
                "before": before,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def copy_thread(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> Thread:
        """Copy a thread (POST /threads/{thread_id}/copy)."""
        result: Thread = await self._call(
            _COPY_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def copy_thread_with_http_info(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[Thread]:
        """Copy a thread: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _COPY_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def copy_thread_without_preload_content(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Copy a thread: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _COPY_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_thread(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> Thread:
        """Get a thread (GET /threads/{thread_id})."""
        result: Thread = await self._call(
            _GET_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def get_thread_with_http_info(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[Thread]:
        """Get a thread: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _GET_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_thread_without_preload_content(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Get a thread: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _GET_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def patch_thread(
        self,
        thread_id: str,
        thread_patch: ThreadPatch | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> Thread:
        """Update a thread (PATCH /threads/{thread_id})."""
        result: Thread = await self._call(
            _PATCH_THREAD,
            {
                "thread_id": thread_id,
                "body": thread_patch,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def patch_thread_with_http_info(
        self,
        thread_id: str,
        thread_patch: ThreadPatch | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[Thread]:
        """Update a thread: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _PATCH_THREAD,
            {
                "thread_id": thread_id,
                "body": thread_patch,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def patch_thread_without_preload_content(
        self,
        thread_id: str,
        thread_patch: ThreadPatch | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Update a thread: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _PATCH_THREAD,
            {
                "thread_id": thread_id,
                "body": thread_patch,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_thread(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> None:
        """Delete a thread (DELETE /threads/{thread_id})."""
        await self._call(
            _DELETE_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_thread_with_http_info(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[None]:
        """Delete a thread: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _DELETE_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_thread_without_preload_content(
        self,
        thread_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Delete a thread: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _DELETE_THREAD,
            {
                "thread_id": thread_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def list_thread_runs(
        self,
        thread_id: str,
        limit: Any = None,
        offset: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> list[RunStateful]:
        """List a thread's runs (GET /threads/{thread_id}/runs)."""
        result: list[RunStateful] = await self._call(
            _LIST_THREAD_RUNS,
            {
                "thread_id": thread_id,
                "limit": limit,
                "offset": offset,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def list_thread_runs_with_http_info(
        self,
        thread_id: str,
        limit: Any = None,
        offset: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[list[RunStateful]]:
        """List a thread's runs: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _LIST_THREAD_RUNS,
            {
                "thread_id": thread_id,
                "limit": limit,
                "offset": offset,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def list_thread_runs_without_preload_content(
        self,
        thread_id: str,
        limit: Any = None,
        offset: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """List a thread's runs: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _LIST_THREAD_RUNS,
            {
                "thread_id": thread_id,
                "limit": limit,
                "offset": offset,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_thread_run(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunStateful:
        """Start a background run on a thread (POST /threads/{thread_id}/runs)."""
        result: RunStateful = await self._call(
            _CREATE_THREAD_RUN,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def create_thread_run_with_http_info(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunStateful]:
        """Start a background run on a thread: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _CREATE_THREAD_RUN,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_thread_run_without_preload_content(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Start a background run on a thread: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CREATE_THREAD_RUN,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    def create_and_stream_thread_run_output(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> AsyncIterator[RunOutputStream]:
        """Start a run on a thread and stream its output (POST /threads/{thread_id}/runs/stream).

        Answers the run's events, each once, as `RunOutputStream`s (nothing is sent before the first).
        """
        return self._stream(
            _CREATE_AND_STREAM_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_and_stream_thread_run_output_with_http_info(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[AsyncIterator[RunOutputStream]]:
        """Start a run on a thread and stream its output: an `ApiResponse` whose `data` is the stream of events."""
        return await self._stream_with_http_info(
            _CREATE_AND_STREAM_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_and_stream_thread_run_output_without_preload_content(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Start a run on a thread and stream its output: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CREATE_AND_STREAM_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_and_wait_for_thread_run_output(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunWaitResponseStateful:
        """Start a run on a thread and wait for its output (POST /threads/{thread_id}/runs/wait)."""
        result: RunWaitResponseStateful = await self._call(
            _CREATE_AND_WAIT_FOR_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def create_and_wait_for_thread_run_output_with_http_info(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunWaitResponseStateful]:
        """Start a run on a thread and wait for its output: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _CREATE_AND_WAIT_FOR_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_and_wait_for_thread_run_output_without_preload_content(
        self,
        thread_id: str,
        run_create_stateful: RunCreateStateful | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Start a run on a thread and wait for its output: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CREATE_AND_WAIT_FOR_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "body": run_create_stateful,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def wait_for_thread_run_output(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunWaitResponseStateful:
        """Wait for a thread run's output (GET /threads/{thread_id}/runs/{run_id}/wait)."""
        result: RunWaitResponseStateful = await self._call(
            _WAIT_FOR_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def wait_for_thread_run_output_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunWaitResponseStateful]:
        """Wait for a thread run's output: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _WAIT_FOR_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def wait_for_thread_run_output_without_preload_content(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Wait for a thread run's output: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _WAIT_FOR_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_thread_run(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunStateful:
        """Get a thread run (GET /threads/{thread_id}/runs/{run_id})."""
        result: RunStateful = await self._call(
            _GET_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def get_thread_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunStateful]:
        """Get a thread run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _GET_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_thread_run_without_preload_content(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Get a thread run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _GET_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def resume_thread_run(
        self,
        thread_id: str,
        run_id: str,
        body: Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunStateful:
        """Resume an interrupted thread run (POST /threads/{thread_id}/runs/{run_id})."""
        result: RunStateful = await self._call(
            _RESUME_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "body": body,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def resume_thread_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        body: Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunStateful]:
        """Resume an interrupted thread run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _RESUME_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "body": body,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def resume_thread_run_without_preload_content(
        self,
        thread_id: str,
        run_id: str,
        body: Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Resume an interrupted thread run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _RESUME_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "body": body,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_thread_run(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> None:
        """Delete a thread run (DELETE /threads/{thread_id}/runs/{run_id})."""
        await self._call(
            _DELETE_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_thread_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[None]:
        """Delete a thread run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _DELETE_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_thread_run_without_preload_content(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Delete a thread run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _DELETE_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    def stream_thread_run_output(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> AsyncIterator[RunOutputStream]:
        """Join a thread run's output stream (GET /threads/{thread_id}/runs/{run_id}/stream).

        Answers the run's events, each once, as `RunOutputStream`s (nothing is sent before the first).
        """
        return self._stream(
            _STREAM_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def stream_thread_run_output_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[AsyncIterator[RunOutputStream]]:
        """Join a thread run's output stream: an `ApiResponse` whose `data` is the stream of events."""
        return await self._stream_with_http_info(
            _STREAM_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def stream_thread_run_output_without_preload_content(
        self,
        thread_id: str,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Join a thread run's output stream: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _STREAM_THREAD_RUN_OUTPUT,
            {
                "thread_id": thread_id,
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def cancel_thread_run(
        self,
        thread_id: str,
        run_id: str,
        wait: Any = None,
        action: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> None:
        """Cancel a thread run (POST /threads/{thread_id}/runs/{run_id}/cancel)."""
        await self._call(
            _CANCEL_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "wait": wait,
                "action": action,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def cancel_thread_run_with_http_info(
        self,
        thread_id: str,
        run_id: str,
        wait: Any = None,
        action: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[None]:
        """Cancel a thread run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _CANCEL_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "wait": wait,
                "action": action,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def cancel_thread_run_without_preload_content(
        self,
        thread_id: str,
        run_id: str,
        wait: Any = None,
        action: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Cancel a thread run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CANCEL_THREAD_RUN,
            {
                "thread_id": thread_id,
                "run_id": run_id,
                "wait": wait,
                "action": action,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_stateless_run(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunStateless:
        """Start a background stateless run (POST /runs)."""
        result: RunStateless = await self._call(
            _CREATE_STATELESS_RUN,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def create_stateless_run_with_http_info(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunStateless]:
        """Start a background stateless run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _CREATE_STATELESS_RUN,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_stateless_run_without_preload_content(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Start a background stateless run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CREATE_STATELESS_RUN,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def search_stateless_runs(
        self,
        run_search_request: RunSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> list[RunStateless]:
        """Search stateless runs (POST /runs/search)."""
        result: list[RunStateless] = await self._call(
            _SEARCH_STATELESS_RUNS,
            {
                "body": run_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def search_stateless_runs_with_http_info(
        self,
        run_search_request: RunSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[list[RunStateless]]:
        """Search stateless runs: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _SEARCH_STATELESS_RUNS,
            {
                "body": run_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def search_stateless_runs_without_preload_content(
        self,
        run_search_request: RunSearchRequest | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Search stateless runs: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _SEARCH_STATELESS_RUNS,
            {
                "body": run_search_request,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    def create_and_stream_stateless_run_output(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> AsyncIterator[RunOutputStream]:
        """Start a stateless run and stream its output (POST /runs/stream).

        Answers the run's events, each once, as `RunOutputStream`s (nothing is sent before the first).
        """
        return self._stream(
            _CREATE_AND_STREAM_STATELESS_RUN_OUTPUT,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_and_stream_stateless_run_output_with_http_info(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[AsyncIterator[RunOutputStream]]:
        """Start a stateless run and stream its output: an `ApiResponse` whose `data` is the stream of events."""
        return await self._stream_with_http_info(
            _CREATE_AND_STREAM_STATELESS_RUN_OUTPUT,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_and_stream_stateless_run_output_without_preload_content(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Start a stateless run and stream its output: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CREATE_AND_STREAM_STATELESS_RUN_OUTPUT,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_and_wait_for_stateless_run_output(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunWaitResponseStateless:
        """Start a stateless run and wait for its output (POST /runs/wait)."""
        result: RunWaitResponseStateless = await self._call(
            _CREATE_AND_WAIT_FOR_STATELESS_RUN_OUTPUT,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def create_and_wait_for_stateless_run_output_with_http_info(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunWaitResponseStateless]:
        """Start a stateless run and wait for its output: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _CREATE_AND_WAIT_FOR_STATELESS_RUN_OUTPUT,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def create_and_wait_for_stateless_run_output_without_preload_content(
        self,
        run_create_stateless: RunCreateStateless | Mapping[str, Any] | Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Start a stateless run and wait for its output: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CREATE_AND_WAIT_FOR_STATELESS_RUN_OUTPUT,
            {
                "body": run_create_stateless,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def wait_for_stateless_run_output(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunWaitResponseStateless:
        """Wait for a stateless run's output (GET /runs/{run_id}/wait)."""
        result: RunWaitResponseStateless = await self._call(
            _WAIT_FOR_STATELESS_RUN_OUTPUT,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def wait_for_stateless_run_output_with_http_info(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunWaitResponseStateless]:
        """Wait for a stateless run's output: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _WAIT_FOR_STATELESS_RUN_OUTPUT,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def wait_for_stateless_run_output_without_preload_content(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Wait for a stateless run's output: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _WAIT_FOR_STATELESS_RUN_OUTPUT,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_stateless_run(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunStateless:
        """Get a stateless run (GET /runs/{run_id})."""
        result: RunStateless = await self._call(
            _GET_STATELESS_RUN,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def get_stateless_run_with_http_info(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunStateless]:
        """Get a stateless run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _GET_STATELESS_RUN,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def get_stateless_run_without_preload_content(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Get a stateless run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _GET_STATELESS_RUN,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def resume_stateless_run(
        self,
        run_id: str,
        body: Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> RunStateless:
        """Resume an interrupted stateless run (POST /runs/{run_id})."""
        result: RunStateless = await self._call(
            _RESUME_STATELESS_RUN,
            {
                "run_id": run_id,
                "body": body,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
        return result

    async def resume_stateless_run_with_http_info(
        self,
        run_id: str,
        body: Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[RunStateless]:
        """Resume an interrupted stateless run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _RESUME_STATELESS_RUN,
            {
                "run_id": run_id,
                "body": body,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def resume_stateless_run_without_preload_content(
        self,
        run_id: str,
        body: Any,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Resume an interrupted stateless run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _RESUME_STATELESS_RUN,
            {
                "run_id": run_id,
                "body": body,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_stateless_run(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> None:
        """Delete a stateless run (DELETE /runs/{run_id})."""
        await self._call(
            _DELETE_STATELESS_RUN,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_stateless_run_with_http_info(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[None]:
        """Delete a stateless run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _DELETE_STATELESS_RUN,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def delete_stateless_run_without_preload_content(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Delete a stateless run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _DELETE_STATELESS_RUN,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    def stream_stateless_run_output(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> AsyncIterator[RunOutputStream]:
        """Join a stateless run's output stream (GET /runs/{run_id}/stream).

        Answers the run's events, each once, as `RunOutputStream`s (nothing is sent before the first).
        """
        return self._stream(
            _STREAM_STATELESS_RUN_OUTPUT,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def stream_stateless_run_output_with_http_info(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[AsyncIterator[RunOutputStream]]:
        """Join a stateless run's output stream: an `ApiResponse` whose `data` is the stream of events."""
        return await self._stream_with_http_info(
            _STREAM_STATELESS_RUN_OUTPUT,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def stream_stateless_run_output_without_preload_content(
        self,
        run_id: str,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Join a stateless run's output stream: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _STREAM_STATELESS_RUN_OUTPUT,
            {
                "run_id": run_id,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def cancel_stateless_run(
        self,
        run_id: str,
        wait: Any = None,
        action: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> None:
        """Cancel a stateless run (POST /runs/{run_id}/cancel)."""
        await self._call(
            _CANCEL_STATELESS_RUN,
            {
                "run_id": run_id,
                "wait": wait,
                "action": action,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def cancel_stateless_run_with_http_info(
        self,
        run_id: str,
        wait: Any = None,
        action: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> ApiResponse[None]:
        """Cancel a stateless run: status, headers, typed data and raw body."""
        return await self._call_with_http_info(
            _CANCEL_STATELESS_RUN,
            {
                "run_id": run_id,
                "wait": wait,
                "action": action,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )

    async def cancel_stateless_run_without_preload_content(
        self,
        run_id: str,
        wait: Any = None,
        action: Any = None,
        _request_timeout: Timeout = None,
        _request_auth: Mapping[str, Any] | None = None,
        _content_type: str | None = None,
        _headers: Mapping[str, Any] | None = None,
        _host_index: int = 0,
    ) -> httpx2.Response:
        """Cancel a stateless run: the response, its body not read yet (close it)."""
        return await self._call_without_preload_content(
            _CANCEL_STATELESS_RUN,
            {
                "run_id": run_id,
                "wait": wait,
                "action": action,
            },
            CallOptions(_request_timeout, _request_auth, _content_type, _headers, _host_index),
        )
