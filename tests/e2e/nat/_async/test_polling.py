"""Polling: run (200 / 202 / 422), status, respond, wait_for_completion with handlers, failures and timeouts."""

from __future__ import annotations

import pytest
from agentplug.errors import OperationFailedError, UnprocessableEntityError, WaitTimeoutError
from agentplug.nat import (
    AsyncNAT,
    ExecutionNotFoundError,
    Interaction,
    InteractionNotFoundError,
    InteractionResolvedError,
    InvalidAnswerError,
    InvalidInputError,
    NoPendingInteractionError,
    answers,
)
from agentplug.nat.models import (
    ExecutionAcceptedInteraction,
    ExecutionCompletedStatus,
    ExecutionFailedStatus,
    ExecutionInteractionRequiredStatus,
    HumanPromptBinary,
    HumanPromptCheckbox,
    HumanPromptDropdown,
    HumanPromptRadio,
    HumanPromptText,
)
from agentplug.nat.models import ExecutionStatus as Status

from ..conftest import RestartableSandbox
from ..scenario import Recorder, expected

pytestmark = pytest.mark.anyio


async def test_the_wait_reports_every_status_it_fetches(nat_url: str) -> None:
    statuses: list[str] = []
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("hello")
        result = await execution.wait_for_completion(
            on_interaction=Recorder(), timeout=30, on_progress=lambda status: statuses.append(str(status.status))
        )
    assert result == expected("hello")
    assert statuses[-1] == "completed" and "interaction_required" in statuses


async def test_a_paused_run_is_answered_by_the_handler_once_per_prompt(nat_url: str) -> None:
    handler = Recorder()
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("hello")
        assert execution.execution_id is not None and not execution.done
        assert isinstance(execution.last_status, ExecutionInteractionRequiredStatus)
        assert execution.status_url == f"/executions/{execution.execution_id}"
        accepted = execution.accepted
        assert isinstance(accepted, ExecutionAcceptedInteraction) and accepted.status == Status.INTERACTION_REQUIRED
        assert accepted.interaction_id == execution.last_status.interaction_id
        result = await execution.wait_for_completion(on_interaction=handler, timeout=30)
        assert execution.last_status.status == Status.COMPLETED
    assert result == expected("hello")
    assert [type(i.prompt) for i in handler.seen] == [HumanPromptText, HumanPromptBinary]
    assert len({i.interaction_id for i in handler.seen}) == 2
    assert {i.execution_id for i in handler.seen} == {execution.execution_id}
    assert execution.done and isinstance(execution.last_status, ExecutionCompletedStatus)


async def test_a_run_without_pause_is_done_at_once(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("hello", endpoint="/plain")
        assert execution.execution_id is None and execution.done
        assert execution.status_url is None and execution.accepted is None
        assert await execution.status() is execution.last_status
        assert await execution.wait_for_completion() == {"value": "HELLO"}


async def test_respond_by_hand_and_read_the_status(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("manual")
        first = execution.interaction
        assert first is not None and first.text == "Please add a note for 'manual':"
        await execution.respond(answers.text("by hand"))
        assert execution.interaction is None  # answered by this handle
        status = await execution.status()
        assert isinstance(status, ExecutionInteractionRequiredStatus)
        assert isinstance(status.prompt, HumanPromptBinary) and status.interaction_id != first.interaction_id
        await execution.respond(answers.reject())
        assert await execution.wait_for_completion(timeout=30) == expected("manual", "by hand", False)
        with pytest.raises(NoPendingInteractionError):
            await execution.respond("nothing is pending")


async def test_choice_prompts_take_builders_and_plain_values(nat_url: str) -> None:
    seen: list[type] = []

    def handler(interaction: Interaction) -> object:
        seen.append(type(interaction.prompt))
        if isinstance(interaction.prompt, HumanPromptRadio):
            return answers.choose(label="SMS")
        if isinstance(interaction.prompt, HumanPromptCheckbox):
            return "push"  # an option id
        return 0  # the first option of the dropdown

    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("pick", endpoint="/choices")
        result = await execution.wait_for_completion(on_interaction=handler, timeout=30)
    assert result == {"value": "input='pick'; channel='sms'; extra='push'; priority='low'"}
    assert seen == [HumanPromptRadio, HumanPromptCheckbox, HumanPromptDropdown]


async def test_async_handlers_are_awaited(nat_url: str) -> None:
    async def handler(interaction: Interaction) -> object:
        return "awaited" if interaction.input_type == "text" else True

    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("coro")
        assert await execution.wait_for_completion(on_interaction=handler, timeout=30) == expected("coro", "awaited")


async def test_a_handler_exception_propagates_and_the_prompt_stays_pending(nat_url: str) -> None:
    def broken(interaction: Interaction) -> object:
        raise RuntimeError("the human walked away")

    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("oops")
        pending = execution.interaction
        with pytest.raises(RuntimeError, match="walked away"):
            await execution.wait_for_completion(on_interaction=broken, timeout=30)
        assert execution.interaction == pending
        assert await execution.wait_for_completion(on_interaction=Recorder(), timeout=30) == expected("oops")


async def test_an_answer_that_does_not_fit_is_refused_before_sending(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("misfit")
        with pytest.raises(InvalidAnswerError, match="text prompt needs a str"):
            await execution.wait_for_completion(on_interaction=lambda interaction: True, timeout=30)
        await execution.respond("fine")
        with pytest.raises(InvalidAnswerError, match="no option"):
            await execution.respond(answers.choose("maybe"))
        assert await execution.wait_for_completion(on_interaction=Recorder(), timeout=30) == expected("misfit", "fine")


async def test_a_mismatched_answer_kind_is_accepted_then_fails_the_workflow(nat_url: str) -> None:
    wrong = {"type": "radio", "selected_option": {"id": "email", "label": "Email", "value": "email"}}
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("mismatch")
        await execution.respond(wrong)
        with pytest.raises(OperationFailedError, match="has no attribute 'text'") as failed:
            await execution.wait_for_completion(timeout=30)
    assert isinstance(failed.value.result, ExecutionFailedStatus)


async def test_answering_a_prompt_that_moved_on_is_a_typed_error(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("stale")
        first = execution.interaction
        assert first is not None
        await execution.respond("once")
        with pytest.raises(InteractionNotFoundError, match="not pending any more") as error:
            await client.respond(first, "twice")
        assert error.value.status_code == 404
        await execution.wait_for_completion(on_interaction=Recorder(), timeout=30)


async def test_an_unanswered_prompt_times_out_and_its_late_answer_is_refused(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("late", endpoint="/timed")
        prompt = execution.interaction
        assert prompt is not None and prompt.timeout == 1
        with pytest.raises(OperationFailedError, match="timed out after 1s") as failed:
            await execution.wait_for_completion(timeout=30, poll_interval=0.05)
        assert failed.value.result.status == "failed"
        with pytest.raises(InteractionResolvedError, match="already resolved") as error:
            await client.respond(prompt, "too late")
        assert error.value.status_code == 400


async def test_wait_gives_up_at_its_deadline_with_the_last_status(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("nobody answers")
        with pytest.raises(WaitTimeoutError) as timed_out:
            await execution.wait_for_completion(timeout=0.3)
        assert isinstance(timed_out.value.last, ExecutionInteractionRequiredStatus)
        await execution.wait_for_completion(on_interaction=Recorder(), timeout=30)


async def test_failures_raise_operation_failed_with_the_server_error(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        before_pause = await client.run("boom", endpoint="/fail")
        assert before_pause.done and before_pause.execution_id is None
        with pytest.raises(OperationFailedError, match="scripted failure for 'boom'") as failed:
            await before_pause.wait_for_completion()
        assert failed.value.code == "workflow_error" and failed.value.details == "ValueError"

        after_note = await client.run("later", endpoint="/fail_after_note")
        with pytest.raises(OperationFailedError, match="after note 'n'"):
            await after_note.wait_for_completion(on_interaction=lambda interaction: "n", timeout=30)


async def test_bad_requests_are_typed_errors(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        with pytest.raises(UnprocessableEntityError, match="input_message"):
            await client.run({"wrong": "field"})
        with pytest.raises(InvalidInputError):
            await client.run(42)  # type: ignore[arg-type]
        with pytest.raises(ExecutionNotFoundError, match="was it restarted"):
            await client.execution("no-such-execution").status()


async def test_a_server_restart_mid_wait_is_reported_once_it_is_back(restartable: RestartableSandbox) -> None:
    async with AsyncNAT(base_url=restartable.base_url, max_retries=0) as client:
        execution = await client.run("restart")
        restarter = restartable.restart_later(delay=0.2, down_for=0.5)
        with pytest.raises(ExecutionNotFoundError, match="restarted"):
            # No handler: polling rides out the outage, then learns the execution is gone.
            await execution.wait_for_completion(timeout=30, poll_interval=0.1)
        restarter.join()


async def test_an_attached_handle_follows_an_execution_started_elsewhere(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        started = await client.run("elsewhere")
        assert started.execution_id is not None
        attached = client.execution(started.execution_id)
        assert await attached.wait_for_completion(on_interaction=Recorder(), timeout=30) == expected("elsewhere")
