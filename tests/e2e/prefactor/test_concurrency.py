"""Parent linkage is right across threads (sync client) and asyncio tasks (async client)."""

from __future__ import annotations

import asyncio
import threading
import uuid

import pytest
from agentplug.prefactor import AsyncPrefactor, Prefactor, Span

from .conftest import TOKEN, stored_spans


def test_each_thread_nests_its_own_spans(prefactor_url: str) -> None:
    with Prefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent = client.agents.create(f"threads-{uuid.uuid4().hex[:6]}")
        pairs: list[tuple[Span, Span]] = []
        lock = threading.Lock()
        with client.instance(agent.id) as run, run.span("agent") as root:

            def work(index: int) -> None:
                with run.span("step", {"thread": index}) as outer, run.span("tool", {"thread": index}) as inner:
                    pass
                with lock:
                    pairs.append((outer, inner))

            threads = [threading.Thread(target=work, args=(index,)) for index in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            with run.span("explicit", parent=root) as adopted:
                pass
        assert client.flush(10)
    spans = {span["id"]: span for span in stored_spans(prefactor_url, run.id)}
    assert len(spans) == 18
    for outer, inner in pairs:
        # A new thread does not inherit the caller's context: its spans start a tree of their own.
        assert spans[outer.id]["parent_span_id"] is None
        assert spans[inner.id]["parent_span_id"] == outer.id
        assert spans[inner.id]["payload"] == spans[outer.id]["payload"]
    assert spans[adopted.id]["parent_span_id"] == root.id


@pytest.mark.anyio
async def test_tasks_inherit_the_open_span_and_not_their_siblings(prefactor_url: str) -> None:
    async with AsyncPrefactor(api_url=prefactor_url, api_token=TOKEN) as client:
        agent = await client.agents.create(f"tasks-{uuid.uuid4().hex[:6]}")
        pairs: list[tuple[Span, Span]] = []

        async with client.instance(agent.id) as run:

            async def work(index: int) -> None:
                async with run.span("step", {"task": index}) as outer:
                    await asyncio.sleep(0.01)  # siblings interleave here
                    async with run.span("tool", {"task": index}) as inner:
                        await asyncio.sleep(0)
                    pairs.append((outer, inner))

            async with run.span("agent") as root:
                await asyncio.gather(*(work(index) for index in range(8)))
        assert await client.flush(10)
    spans = {span["id"]: span for span in stored_spans(prefactor_url, run.id)}
    assert len(spans) == 17
    for outer, inner in pairs:
        assert spans[outer.id]["parent_span_id"] == root.id
        assert spans[inner.id]["parent_span_id"] == outer.id
        assert spans[inner.id]["payload"] == spans[outer.id]["payload"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
