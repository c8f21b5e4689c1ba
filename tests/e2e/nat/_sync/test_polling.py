# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Polling: run (200 / 202 / 422), status, respond, wait_for_completion with handlers, failures and timeouts."""

from __future__ import annotations

import pytest
from agentplug.errors import OperationFailedError, UnprocessableEntityError, WaitTimeoutError
from agentplug.nat import (
    NAT,
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


def test_the_wait_reports_every_status_it_fetches(nat_url: str) -> None:
    statuses: list[str] = []
    with NAT(base_url=nat_url) as client:
        execution = client.run("hello")
        result = execution.wait_for_completion(
            on_interaction=Recorder(), timeout=30, on_progress=lambda status: statuses.append(str(status.status))
        )
    assert result == expected("hello")
    assert statuses[-1] == "completed" and "interaction_required" in statuses


def test_a_paused_run_is_answered_by_the_handler_once_per_prompt(nat_url: str) -> None:
    handler = Recorder()
    with NAT(base_url=nat_url) as client:
        execution = client.run("hello")
        assert execution.execution_id is not None and not execution.done
        assert isinstance(execution.last_status, ExecutionInteractionRequiredStatus)
        assert execution.status_url == f"/executions/{execution.execution_id}"
        accepted = execution.accepted
        assert isinstance(accepted, ExecutionAcceptedInteraction) and accepted.status == Status.INTERACTION_REQUIRED
        assert accepted.interaction_id == execution.last_status.interaction_id
        result = execution.wait_for_completion(on_interaction=handler, timeout=30)
        assert execution.last_status.status == Status.COMPLETED
    assert result == expected("hello")
    assert [type(i.prompt) for i in handler.seen] == [HumanPromptText, HumanPromptBinary]
    assert len({i.interaction_id for i in handler.seen}) == 2
    assert {i.execution_id for i in handler.seen} == {execution.execution_id}
    assert execution.done and isinstance(execution.last_status, ExecutionCompletedStatus)


def test_a_run_without_pause_is_done_at_once(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        execution = client.run("hello", endpoint="/plain")
        assert execution.execution_id is None and execution.done
        assert execution.status_url is None and execution.accepted is None
        assert execution.status() is execution.last_status
        assert execution.wait_for_completion() == {"value": "HELLO"}


def test_respond_by_hand_and_read_the_status(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        execution = client.run("manual")
        first = execution.interaction
        assert first is not None and first.text == "Please add a note for 'manual':"
        execution.respond(answers.text("by hand"))
        assert execution.interaction is None  # answered by this handle
        status = execution.status()
        assert isinstance(status, ExecutionInteractionRequiredStatus)
        assert isinstance(status.prompt, HumanPromptBinary) and status.interaction_id != first.interaction_id
        execution.respond(answers.reject())
        assert execution.wait_for_completion(timeout=30) == expected("manual", "by hand", False)
        with pytest.raises(NoPendingInteractionError):
            execution.respond("nothing is pending")


def test_choice_prompts_take_builders_and_plain_values(nat_url: str) -> None:
    seen: list[type] = []

    def handler(interaction: Interaction) -> object:
        seen.append(type(interaction.prompt))
        if isinstance(interaction.prompt, HumanPromptRadio):
            return answers.choose(label="SMS")
        if isinstance(interaction.prompt, HumanPromptCheckbox):
            return "push"  # an option id
        return 0  # the first option of the dropdown

    with NAT(base_url=nat_url) as client:
        execution = client.run("pick", endpoint="/choices")
        result = execution.wait_for_completion(on_interaction=handler, timeout=30)
    assert result == {"value": "input='pick'; channel='sms'; extra='push'; priority='low'"}
    assert seen == [HumanPromptRadio, HumanPromptCheckbox, HumanPromptDropdown]


def test_async_handlers_are_awaited(nat_url: str) -> None:
    def handler(interaction: Interaction) -> object:
        return "awaited" if interaction.input_type == "text" else True

    with NAT(base_url=nat_url) as client:
        execution = client.run("coro")
        assert execution.wait_for_completion(on_interaction=handler, timeout=30) == expected("coro", "awaited")


def test_a_handler_exception_propagates_and_the_prompt_stays_pending(nat_url: str) -> None:
    def broken(interaction: Interaction) -> object:
        raise RuntimeError("the human walked away")

    with NAT(base_url=nat_url) as client:
        execution = client.run("oops")
        pending = execution.interaction
        with pytest.raises(RuntimeError, match="walked away"):
            execution.wait_for_completion(on_interaction=broken, timeout=30)
        assert execution.interaction == pending
        assert execution.wait_for_completion(on_interaction=Recorder(), timeout=30) == expected("oops")


def test_an_answer_that_does_not_fit_is_refused_before_sending(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        execution = client.run("misfit")
        with pytest.raises(InvalidAnswerError, match="text prompt needs a str"):
            execution.wait_for_completion(on_interaction=lambda interaction: True, timeout=30)
        execution.respond("fine")
        with pytest.raises(InvalidAnswerError, match="no option"):
            execution.respond(answers.choose("maybe"))
        assert execution.wait_for_completion(on_interaction=Recorder(), timeout=30) == expected("misfit", "fine")


def test_a_mismatched_answer_kind_is_accepted_then_fails_the_workflow(nat_url: str) -> None:
    wrong = {"type": "radio", "selected_option": {"id": "email", "label": "Email", "value": "email"}}
    with NAT(base_url=nat_url) as client:
        execution = client.run("mismatch")
        execution.respond(wrong)
        with pytest.raises(OperationFailedError, match="has no attribute 'text'") as failed:
            execution.wait_for_completion(timeout=30)
    assert isinstance(failed.value.result, ExecutionFailedStatus)


def test_answering_a_prompt_that_moved_on_is_a_typed_error(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        execution = client.run("stale")
        first = execution.interaction
        assert first is not None
        execution.respond("once")
        with pytest.raises(InteractionNotFoundError, match="not pending any more") as error:
            client.respond(first, "twice")
        assert error.value.status_code == 404
        execution.wait_for_completion(on_interaction=Recorder(), timeout=30)


def test_an_unanswered_prompt_times_out_and_its_late_answer_is_refused(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        execution = client.run("late", endpoint="/timed")
        prompt = execution.interaction
        assert prompt is not None and prompt.timeout == 1
        with pytest.raises(OperationFailedError, match="timed out after 1s") as failed:
            execution.wait_for_completion(timeout=30, poll_interval=0.05)
        assert failed.value.result.status == "failed"
        with pytest.raises(InteractionResolvedError, match="already resolved") as error:
            client.respond(prompt, "too late")
        assert error.value.status_code == 400


def test_wait_gives_up_at_its_deadline_with_the_last_status(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        execution = client.run("nobody answers")
        with pytest.raises(WaitTimeoutError) as timed_out:
            execution.wait_for_completion(timeout=0.3)
        assert isinstance(timed_out.value.last, ExecutionInteractionRequiredStatus)
        execution.wait_for_completion(on_interaction=Recorder(), timeout=30)


def test_failures_raise_operation_failed_with_the_server_error(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        before_pause = client.run("boom", endpoint="/fail")
        assert before_pause.done and before_pause.execution_id is None
        with pytest.raises(OperationFailedError, match="scripted failure for 'boom'") as failed:
            before_pause.wait_for_completion()
        assert failed.value.code == "workflow_error" and failed.value.details == "ValueError"

        after_note = client.run("later", endpoint="/fail_after_note")
        with pytest.raises(OperationFailedError, match="after note 'n'"):
            after_note.wait_for_completion(on_interaction=lambda interaction: "n", timeout=30)


def test_bad_requests_are_typed_errors(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        with pytest.raises(UnprocessableEntityError, match="input_message"):
            client.run({"wrong": "field"})
        with pytest.raises(InvalidInputError):
            client.run(42)  # type: ignore[arg-type]
        with pytest.raises(ExecutionNotFoundError, match="was it restarted"):
            client.execution("no-such-execution").status()


def test_a_server_restart_mid_wait_is_reported_once_it_is_back(restartable: RestartableSandbox) -> None:
    with NAT(base_url=restartable.base_url, max_retries=0) as client:
        execution = client.run("restart")
        restarter = restartable.restart_later(delay=0.2, down_for=0.5)
        with pytest.raises(ExecutionNotFoundError, match="restarted"):
            # No handler: polling rides out the outage, then learns the execution is gone.
            execution.wait_for_completion(timeout=30, poll_interval=0.1)
        restarter.join()


def test_an_attached_handle_follows_an_execution_started_elsewhere(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        started = client.run("elsewhere")
        assert started.execution_id is not None
        attached = client.execution(started.execution_id)
        assert attached.wait_for_completion(on_interaction=Recorder(), timeout=30) == expected("elsewhere")
