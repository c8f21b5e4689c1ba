# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""`client.threads`: create, get, patch, delete, copy, search, history."""

from __future__ import annotations

import uuid

import pytest
from agentplug.acp import ACP, Thread
from agentplug.errors import ConflictError, NotFoundError

from ..scenario import AGENT, chat, configurable, last_message

pytestmark = pytest.mark.anyio


def test_thread_lifecycle(acp_url: str, acp_profile: str) -> None:
    marker = str(uuid.uuid4())
    with ACP(base_url=acp_url) as client:
        thread = client.threads.create(metadata={"marker": marker})
        assert isinstance(thread, Thread) and thread.metadata == {"marker": marker}
        assert (client.threads.get(thread.thread_id)).thread_id == thread.thread_id

        patched = client.threads.patch(thread.thread_id, metadata={"step": 2}, values={"note": "kept"})
        # The spec merges the patch into the metadata; the reference server replaces it.
        kept = {} if acp_profile == "reference" else {"marker": marker}
        assert patched.metadata == {**kept, "step": 2}
        assert patched.values == {"note": "kept"}
        client.threads.patch(thread.thread_id, metadata={"marker": marker, "step": 2})

        # The reference server matches the whole metadata, the spec any given keys: give them all.
        wanted = {"marker": marker, "step": 2}
        found = [t for t in client.threads.search(metadata=wanted, page_size=1)]
        assert [t.thread_id for t in found] == [thread.thread_id]

        copy = client.threads.copy(thread.thread_id)
        assert copy.thread_id != thread.thread_id and copy.metadata == wanted

        client.threads.delete(thread.thread_id)
        with pytest.raises(NotFoundError):
            client.threads.get(thread.thread_id)


def test_create_with_a_chosen_id_and_if_exists(acp_url: str) -> None:
    chosen = uuid.uuid4()
    with ACP(base_url=acp_url) as client:
        thread = client.threads.create(thread_id=chosen)
        assert thread.thread_id == str(chosen)
        again = client.threads.create(thread_id=chosen, if_exists="do_nothing")
        assert again.thread_id == str(chosen)
        with pytest.raises(ConflictError):
            client.threads.create(thread_id=chosen)


def test_history_records_each_run(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client:
        thread = client.threads.create()
        runs = client.threads.runs(thread.thread_id)
        runs.create_and_wait(agent_id=AGENT, input=chat("first"), config=configurable())
        runs.create_and_wait(agent_id=AGENT, input=chat("second"), config=configurable())
        history = client.threads.history(thread.thread_id, limit=10)
        latest = client.threads.get(thread.thread_id)
    assert len(history) >= 2
    assert last_message(history[0].values) == "second"
    assert last_message(latest.values) == "second"
    assert history[0].checkpoint.checkpoint_id != history[1].checkpoint.checkpoint_id
