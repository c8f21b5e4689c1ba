# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Stateless runs and runs on a thread: create, wait, interrupts, resume, cancel, delete, search."""

from __future__ import annotations

import uuid

import pytest
from agentplug.acp import ACP, Interrupt, Run, RunStatus
from agentplug.errors import (
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    OperationFailedError,
    UnprocessableEntityError,
    WaitTimeoutError,
)

from ..conftest import API_KEY
from ..scenario import AGENT, chat, configurable, last_message

pytestmark = pytest.mark.anyio


def test_create_and_wait_returns_the_typed_result(acp_url: str, acp_profile: str) -> None:
    with ACP(base_url=acp_url) as client:
        run = client.runs.create_and_wait(agent_id=AGENT, input=chat("hello"), config=configurable(to_upper=True))
    assert isinstance(run, Run)
    assert run.status == RunStatus.SUCCESS and run.is_done and not run.is_pending
    assert last_message(run.values) == "HELLO"
    assert run.result is not None and run.error is None and run.interrupt is None
    assert run.agent_id == AGENT
    # The reference server gives every stateless run a thread of its own.
    assert (run.thread_id is not None) if acp_profile == "reference" else (run.thread_id is None)


@pytest.mark.parametrize("value", ["plain text", 42, 2.5, True, ["a", 1]])
def test_scalar_inputs_and_outputs(acp_url: str, value: object) -> None:
    with ACP(base_url=acp_url) as client:
        run = client.runs.create_and_wait(agent_id=AGENT, input=value, config=configurable())
    assert run.values == value


def test_background_run_then_wait(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client:
        run = client.runs.create(agent_id=AGENT, input=chat("later"), config=configurable(sleep_secs=0.2))
        assert run.is_pending
        assert run.wait(timeout=10) is run
        fetched = client.runs.get(run.run_id)
    assert run.status == RunStatus.SUCCESS and last_message(run.values) == "later"
    assert fetched.status == RunStatus.SUCCESS


def test_wait_gives_up_at_the_client_deadline(acp_url: str, acp_profile: str) -> None:
    with ACP(base_url=acp_url) as client:
        run = client.runs.create(agent_id=AGENT, input=chat("slow"), config=configurable(sleep_secs=3))
        with pytest.raises(WaitTimeoutError):
            client.runs.wait(run.run_id, timeout=0.3)
        with pytest.raises(WaitTimeoutError):
            client.runs.create_and_wait(
                agent_id=AGENT, input=chat("slow"), config=configurable(sleep_secs=3), timeout=0.3
            )
        if acp_profile == "spec":  # the reference server cannot cancel (500 Not implemented)
            run.cancel()


def test_waits_report_every_state_they_see(acp_url: str) -> None:
    seen: list[str] = []
    with ACP(base_url=acp_url) as client:
        run = client.runs.create(agent_id=AGENT, input=chat("go"), config=configurable(interrupt_count=1))
        run.run_to_completion(lambda interrupt: chat("yes"), timeout=20, on_progress=lambda r: seen.append(r.status))
        waited: list[str] = []
        again = client.runs.wait(run.run_id, on_progress=lambda r: waited.append(r.status))
    assert seen[-1] == RunStatus.SUCCESS and RunStatus.INTERRUPTED in seen
    assert waited == [again.status] == [RunStatus.SUCCESS]


def test_interrupts_answered_by_run_to_completion(acp_url: str) -> None:
    seen: list[Interrupt] = []

    def answer(interrupt: Interrupt) -> object:
        seen.append(interrupt)
        return {"messages": [{"type": "human", "content": f"answer {len(seen)}"}]}

    with ACP(base_url=acp_url) as client:
        run = client.runs.create(agent_id=AGENT, input=chat("start"), config=configurable(interrupt_count=3))
        done = run.run_to_completion(answer, timeout=20)
    assert done is run and run.status == RunStatus.SUCCESS
    assert [interrupt.interrupt_type for interrupt in seen] == ["echo_interrupt"] * 3
    assert all(isinstance(interrupt.payload, dict) for interrupt in seen)
    assert last_message(run.values) == "answer 3"


def test_interrupt_then_resume_by_hand(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client:
        run = client.runs.create_and_wait(agent_id=AGENT, input=chat("ask"), config=configurable(interrupt_count=1))
        assert run.is_interrupted
        assert run.interrupt is not None and run.interrupt.interrupt_type == "echo_interrupt"
        resumed = client.runs.resume(run.run_id, {"messages": [{"type": "human", "content": "yes"}]})
        assert resumed.status in (RunStatus.PENDING, RunStatus.SUCCESS)
        run.wait(timeout=10)
    assert run.status == RunStatus.SUCCESS and last_message(run.values) == "yes"


def test_an_unanswered_interrupt_or_a_failure_raises(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client:
        interrupted = client.runs.create(agent_id=AGENT, input=chat("q"), config=configurable(interrupt_count=1))
        with pytest.raises(OperationFailedError, match="no on_interrupt"):
            interrupted.run_to_completion()
        failing = client.runs.create(agent_id=AGENT, input=chat("x"), config=configurable(raise_error="boom"))
        with pytest.raises(OperationFailedError, match="boom") as caught:
            failing.run_to_completion()
    assert caught.value.result is failing and failing.status == RunStatus.ERROR
    assert failing.error is not None and "boom" in failing.error.description


def test_async_interrupt_handler(acp_url: str) -> None:
    def answer(interrupt: Interrupt) -> object:
        return {"messages": [{"type": "human", "content": "from a coroutine"}]}

    with ACP(base_url=acp_url) as client:
        run = client.runs.create(agent_id=AGENT, input=chat("q"), config=configurable(interrupt_count=1))
        run.run_to_completion(answer, timeout=10)
    assert last_message(run.values) == "from a coroutine"


def test_cancel_and_delete(acp_url: str, acp_profile: str) -> None:
    with ACP(base_url=acp_url, max_retries=0) as client:
        run = client.runs.create(agent_id=AGENT, input=chat("stop me"), config=configurable(sleep_secs=30))
        if acp_profile == "reference":
            # The reference server implements neither (500 "Not implemented"): a typed error each.
            with pytest.raises(InternalServerError, match="Not implemented"):
                run.cancel()
            with pytest.raises(InternalServerError, match="Not implemented"):
                run.delete()
            return
        run.cancel(wait=True)
        assert run.refresh() is run  # the handle updates in place
        assert run.status == RunStatus.ERROR
        run.delete()
        with pytest.raises(NotFoundError):
            client.runs.get(run.run_id)
        other = client.runs.create(agent_id=AGENT, input=chat("roll back"), config=configurable(sleep_secs=30))
        client.runs.cancel(other.run_id, action="rollback")
        with pytest.raises(NotFoundError):
            client.runs.get(other.run_id)


def test_search_filters_and_pages(acp_url: str) -> None:
    marker = str(uuid.uuid4())
    with ACP(base_url=acp_url) as client:
        created = [
            client.runs.create_and_wait(
                agent_id=AGENT, input=chat(str(n)), config=configurable(), metadata={"marker": marker}
            )
            for n in range(3)
        ]
        found = [run for run in client.runs.search(metadata={"marker": marker}, status="success", page_size=2)]
    assert sorted(run.run_id for run in found) == sorted(run.run_id for run in created)


def test_runs_on_a_thread(acp_url: str, acp_profile: str) -> None:
    with ACP(base_url=acp_url, max_retries=0) as client:
        thread = client.threads.create()
        runs = client.threads.runs(thread.thread_id)
        assert runs.thread_id == thread.thread_id
        first = runs.create_and_wait(agent_id=AGENT, input=chat("one"), config=configurable())
        if acp_profile == "reference":
            # The reference server crashes on a background run on a thread (plain-text 500).
            with pytest.raises(InternalServerError):
                runs.create(agent_id=AGENT, input=chat("two"), config=configurable())
            second = runs.create_and_wait(agent_id=AGENT, input=chat("two"), config=configurable())
        else:
            second = runs.create(agent_id=AGENT, input=chat("two"), stream_subgraphs=False)
            second.wait(timeout=10)
        if acp_profile == "reference":
            # The reference server refuses any limit/offset here (422) and lists every run.
            with pytest.raises(UnprocessableEntityError):
                [run for run in runs.list(page_size=1)]
            listed = [run.run_id for run in runs.list()]
        else:
            listed = [run.run_id for run in runs.list(page_size=1)]
        assert first.thread_id == thread.thread_id and second.thread_id == thread.thread_id
        assert sorted(listed) == sorted([first.run_id, second.run_id])
        assert (runs.get(first.run_id)).status == RunStatus.SUCCESS
        runs.delete(first.run_id)
        with pytest.raises(NotFoundError):
            runs.get(first.run_id)


def test_thread_run_created_with_its_thread(acp_url: str) -> None:
    fresh = uuid.uuid4()
    with ACP(base_url=acp_url) as client:
        run = client.threads.runs(fresh).create_and_wait(
            agent_id=AGENT, input=chat("hi"), config=configurable(), if_not_exists="create"
        )
        thread = client.threads.get(fresh)
    assert run.thread_id == str(fresh) and last_message(thread.values) == "hi"


def test_options_are_checked_before_sending(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client:
        with pytest.raises(ConfigurationError, match="stream_subgraphs"):
            client.runs.create(agent_id=AGENT, input="x", stream_subgraphs=True)  # type: ignore[call-arg]
        with pytest.raises(ConfigurationError, match="JSON"):
            client.runs.create(agent_id=AGENT, input={"not json": object()})
        with pytest.raises(ConfigurationError, match="resume payload"):
            client.runs.resume(uuid.uuid4(), None)


def test_server_side_validation_is_a_typed_error(acp_url: str) -> None:
    with ACP(base_url=acp_url) as client, pytest.raises(UnprocessableEntityError):
        client.runs.create(agent_id=AGENT, input=chat("x"), config=configurable(interrupt_count=-1))


def test_api_key(acp_key_url: str) -> None:
    with ACP(base_url=acp_key_url) as anonymous, pytest.raises(AuthenticationError):
        anonymous.agents.get(AGENT)
    with ACP(base_url=acp_key_url, api_key=API_KEY) as client:
        run = client.runs.create_and_wait(agent_id=AGENT, input="with a key", config=configurable())
    assert run.values == "with a key"
    assert API_KEY not in repr(client)
