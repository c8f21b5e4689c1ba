"""``ACPNode``: a remote ACP agent as a LangGraph node (a langchain ``Runnable``)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from langchain_core.runnables import Runnable, RunnableConfig
from langgraph.config import get_stream_writer

from agentplug.errors import ConfigurationError

from .._async.client import AsyncACP
from .._compat.configuration import ApiClientConfiguration
from .._sync.client import ACP
from ._async._execution import AsyncNodeExecution
from ._core import NodeSettings, RunProgress, StreamWriter, no_writer
from ._sync._execution import NodeExecution

__all__ = ["ACPNode"]


class ACPNode(Runnable[Any, dict[str, Any]]):
    """A LangGraph node that runs an ACP agent on a server and writes its output into the state.

        node = ACPNode("echo", agent_id, ACP(base_url=...), input_path="echo_in", output_path="echo_out")
        graph = StateGraph(State)
        graph.add_node(node)                    # named "echo"

    The node reads the agent's input at ``input_path`` of the state (the whole state when None),
    its config at ``config_path`` of the graph's ``config["configurable"]``, runs the agent until
    it ends, and returns the state update putting the run's values at ``output_path`` (the values
    themselves, an object, when None). ``input_type`` / ``output_type`` / ``config_type`` (models
    from ``agentplug.acp.codegen``, or any type pydantic validates) check and convert on the way.

    Interrupts of the remote run surface as LangGraph interrupts: the graph (with a checkpointer)
    pauses with ``{"node", "agent_id", "run_id", "interrupt_type", "payload"}`` as the interrupt
    value, and ``graph.invoke(Command(resume=answer), config)`` sends ``answer`` as the resume
    payload and carries on with the same remote run — as often as the agent interrupts.

    With ``streaming=True`` the run is followed over ACP's event stream and every update goes to
    the graph's ``custom`` stream (``graph.stream(..., stream_mode="custom")``) as
    ``{"node": name, "event": <update as a dict>}``; ``node.stream()`` / ``astream()`` always do so.

    Clients: ``invoke`` / ``stream`` use a blocking ``ACP``, ``ainvoke`` / ``astream`` an
    ``AsyncACP`` — pass ``client`` and/or ``async_client`` (closed by you), or ``base_url`` /
    ``api_key`` / ``auth_header`` and the node opens a client per execution.

    Raises (from every call): ``OperationFailedError`` when the run ends in error or timeout,
    ``ConfigurationError`` for state or settings that do not fit, and the client's errors.
    """

    def __init__(
        self,
        name: str,
        agent_id: str,
        client: ACP | AsyncACP | ApiClientConfiguration | None = None,
        input_path: str | None = None,
        input_type: Any = None,
        output_path: str | None = None,
        output_type: Any = None,
        config_path: str | None = None,
        config_type: Any = None,
        auth_header: Mapping[str, str] | None = None,
        *,
        async_client: AsyncACP | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        streaming: bool = False,
        timeout: float | None = None,
        client_config: ApiClientConfiguration | None = None,
    ) -> None:
        # The vendor's node takes an ApiClientConfiguration (third, or client_config=): the node
        # then opens a client per execution from it, as with base_url/api_key.
        if client_config is not None:
            if client is not None:
                raise ConfigurationError("ACPNode: give client or client_config, not both")
            client = client_config
        configuration: ApiClientConfiguration | None = None
        if isinstance(client, ApiClientConfiguration):
            if base_url or api_key:
                raise ConfigurationError("ACPNode: give either client_config or base_url/api_key, not both")
            configuration, client = client, None
        if isinstance(client, AsyncACP):
            if async_client is not None:
                raise ConfigurationError("ACPNode: client is an AsyncACP and async_client is given too")
            client, async_client = None, client
        if (client is not None or async_client is not None) and (base_url or api_key or auth_header):
            raise ConfigurationError("ACPNode: give either a client or base_url/api_key/auth_header, not both")
        self.name = name
        self.settings = NodeSettings(
            name, agent_id, input_path, input_type, output_path, output_type, config_path, config_type, timeout
        )
        self.streaming = streaming
        self._client = client
        self._async_client = async_client
        self._connection: dict[str, Any] = {
            "base_url": base_url,
            "api_key": api_key,
            "headers": dict(auth_header or {}),
        }
        if configuration is not None:
            arguments = configuration.client_arguments()
            headers = {**configuration.auth_headers(), **dict(auth_header or {})}
            self._connection = {**arguments, "headers": headers}
        self._progress = RunProgress()
        self._input_schema: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"ACPNode(name={self.name!r}, agent_id={self.settings.agent_id!r})"

    # ------------------------------------------------------------------ descriptor

    def agent_input_schema(self) -> dict[str, Any]:
        """The agent's input JSON Schema from its ACP descriptor (fetched once with the blocking client)."""
        if self._input_schema is None:
            with self._blocking_client() as client:
                self._input_schema = _input_schema_of(client.agents.descriptor(self.settings.agent_id))
        return self._input_schema

    async def aagent_input_schema(self) -> dict[str, Any]:
        """The agent's input JSON Schema from its ACP descriptor (fetched once with the async client)."""
        if self._input_schema is None:
            async with self._async_session() as client:
                self._input_schema = _input_schema_of(await client.agents.descriptor(self.settings.agent_id))
        return self._input_schema

    # ------------------------------------------------------------------ Runnable

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> dict[str, Any]:
        """Run the agent on the state `input` with a blocking client; answers the state update.

        With ``streaming=True`` the run is followed over its event stream (updates go to the
        graph's custom stream). Raises as described on the class.
        """

        return self._execute(input, config, streaming=self.streaming)

    async def ainvoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> dict[str, Any]:
        """Like ``invoke``, with an ``AsyncACP`` client."""

        return await self._aexecute(input, config, streaming=self.streaming)

    def stream(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[dict[str, Any]]:
        """Like ``invoke``, over ACP's event stream (updates go to the graph's custom stream)."""
        yield self._execute(input, config, streaming=True)

    async def astream(
        self, input: Any, config: RunnableConfig | None = None, **kwargs: Any
    ) -> AsyncIterator[dict[str, Any]]:
        """Like ``ainvoke``, over ACP's event stream (updates go to the graph's custom stream)."""

        yield await self._aexecute(input, config, streaming=True)

    # ------------------------------------------------------------------ shells

    def _execute(self, state: Any, config: RunnableConfig | None, *, streaming: bool) -> dict[str, Any]:
        with self._blocking_client() as client:
            execution = NodeExecution(self.settings, self._progress, _writer() if streaming else None)
            return execution.execute(client, state, config)

    async def _aexecute(self, state: Any, config: RunnableConfig | None, *, streaming: bool) -> dict[str, Any]:
        async with self._async_session() as client:
            execution = AsyncNodeExecution(self.settings, self._progress, _writer() if streaming else None)
            return await execution.execute(client, state, config)

    @contextlib.contextmanager
    def _blocking_client(self) -> Iterator[ACP]:
        if self._client is not None:
            yield self._client
        elif self._async_client is not None:
            raise ConfigurationError(f"ACP node {self.name!r} has only an AsyncACP client: use ainvoke/astream")
        else:
            with ACP(**self._connection) as client:
                yield client

    @contextlib.asynccontextmanager
    async def _async_session(self) -> AsyncIterator[AsyncACP]:
        if self._async_client is not None:
            yield self._async_client
        elif self._client is not None:
            raise ConfigurationError(f"ACP node {self.name!r} has only a blocking ACP client: use invoke/stream")
        else:
            async with AsyncACP(**self._connection) as client:
                yield client


def _input_schema_of(descriptor: Any) -> dict[str, Any]:
    specs = descriptor.to_dict().get("specs")
    schema = specs.get("input") if isinstance(specs, dict) else None
    if not isinstance(schema, dict):
        raise ConfigurationError("the agent's ACP descriptor has no input schema (specs.input)")
    return schema


def _writer() -> StreamWriter:
    try:
        return get_stream_writer()
    except RuntimeError:  # not inside a graph
        return no_writer
