"""One execution of an ``ACPNode`` with a given client: start (or rejoin) the run, relay its
interrupts to LangGraph, follow it to its end. The decisions are ``NodeSettings``' and
``RunProgress``' (``langgraph/_core.py``)."""

from __future__ import annotations

from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.types import interrupt

from agentplug.errors import NotFoundError

from ..._async.client import AsyncACP
from ..._async.run import AsyncRun
from ..._wire import RunFinished
from .._core import NodeSettings, Progress, RunProgress, StreamWriter, task_key
from .._state import dump_json

__all__ = ["AsyncNodeExecution"]


class AsyncNodeExecution:
    """Drives the node's remote run; ``writer`` is None unless the run is followed over its event stream."""

    def __init__(self, settings: NodeSettings, progress: RunProgress, writer: StreamWriter | None) -> None:
        self._node = settings
        self._progress = progress
        self._writer = writer

    async def execute(self, client: AsyncACP, state: Any, config: RunnableConfig | None) -> dict[str, Any]:
        """The state update once the run has ended (its interrupts answered through LangGraph)."""
        node = self._node
        key = task_key(config)
        progress = self._progress.take(key)
        run = await self._rejoin(client, progress)
        if run is None:
            progress = Progress()
            run = await self._start(client, state, config)
        else:
            assert progress is not None
            for value in progress.answered:
                interrupt(value)  # LangGraph returns the answers it already holds
        while run is not None and run.is_interrupted:
            value = node.interrupt_value(run)
            progress.run_id = run.run_id
            self._progress.keep(key, progress)
            answer = _ask(value, node, run)
            await run.resume(dump_json(answer))
            progress.answered.append(value)
            run = await self._follow(run)
        self._progress.forget(key)
        return node.update(state, run)

    async def _rejoin(self, client: AsyncACP, progress: Progress | None) -> AsyncRun | None:
        if progress is None or progress.run_id is None:
            return None
        try:
            return await client.runs.wait(progress.run_id, timeout=self._node.timeout)
        except NotFoundError:
            return None

    async def _start(self, client: AsyncACP, state: Any, config: RunnableConfig | None) -> AsyncRun | None:
        node = self._node
        request = {"agent_id": node.agent_id, "input": node.run_input(state), "config": node.run_config(config)}
        if self._writer is None:
            return await client.runs.create_and_wait(**request, timeout=node.timeout)
        async with client.runs.create_and_stream(**request) as events:
            return await _drain(events, self._writer, node)

    async def _follow(self, run: AsyncRun) -> AsyncRun | None:
        if self._writer is None:
            return await run.wait(timeout=self._node.timeout)
        async with run.stream() as events:
            return await _drain(events, self._writer, self._node)


def _ask(value: dict[str, Any], node: NodeSettings, run: Any) -> Any:
    """LangGraph's ``interrupt(value)``: pauses the graph the first time, the answer when resumed."""
    try:
        return interrupt(value)
    except RuntimeError:  # outside a graph: no one to ask
        raise node.not_in_a_graph(run) from None


async def _drain(events: Any, writer: StreamWriter, node: NodeSettings) -> AsyncRun | None:
    async for event in events:
        if isinstance(event, RunFinished):
            run: AsyncRun | None = event.run
            return run
        writer(node.stream_chunk(event))
    return None
