# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Streaming: typed events, prompts answered mid-stream by a handler or by hand, errors, chat streams."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import OperationFailedError
from agentplug.nat import NAT, Interaction, InteractionRequired, OAuthRequired, Output, answers
from agentplug.nat.models import ExecutionCompletedStatus, HumanPromptBinary

from ..scenario import Browser, Recorder, expected

pytestmark = pytest.mark.anyio


def test_a_handler_answers_prompts_as_they_stream_in(nat_url: str) -> None:
    handler = Recorder(note="streamed note", approve=False)
    with NAT(base_url=nat_url) as client:
        with client.stream("stream-me", on_interaction=handler) as stream:
            events = [event for event in stream]
        assert [type(event) for event in events] == [InteractionRequired, InteractionRequired, Output]
        assert events[-1].value == expected("stream-me", "streamed note", False)["value"]
        assert [event.interaction for event in events[:2]] == handler.seen
        # The sandbox keeps a streamed execution's status right (the real server leaves it 'running').
        assert stream.execution_id is not None
        status = client.execution(stream.execution_id).status()
        assert isinstance(status, ExecutionCompletedStatus) and status.result == events[-1].data


def test_prompts_can_be_answered_by_hand_while_iterating(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        outputs = []
        with client.stream("by-hand") as stream:
            for event in stream:
                if isinstance(event, InteractionRequired):
                    prompt = event.interaction.prompt
                    answer = answers.approve() if isinstance(prompt, HumanPromptBinary) else "typed"
                    client.respond(event.interaction, answer)
                elif isinstance(event, Output):
                    outputs.append(event.data)
    assert outputs == [expected("by-hand", "typed")]


def test_collect_returns_the_last_output(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        assert client.stream("x", endpoint="/plain").collect() == {"value": "X"}
        full = client.stream("full", endpoint="/v1/workflow/full", on_interaction=Recorder())
        assert full.collect() == expected("full")


def test_an_error_event_ends_the_stream_with_operation_failed(nat_url: str) -> None:
    seen: list[object] = []
    with NAT(base_url=nat_url) as client:
        stream = client.stream("s", endpoint="/fail_after_note", on_interaction=lambda interaction: "n")
        with pytest.raises(OperationFailedError, match="after note 'n'") as failed, stream:
            for event in stream:
                seen.append(event)
    assert [type(event) for event in seen] == [InteractionRequired]
    assert failed.value.code == "workflow_error"


def test_an_unanswered_streamed_prompt_times_out(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client, pytest.raises(OperationFailedError, match="timed out after 1s"):
        client.stream("t", endpoint="/timed").collect()


def test_a_handler_exception_in_a_stream_propagates(nat_url: str) -> None:
    def broken(interaction: Interaction) -> object:
        raise KeyError("no answer")

    with NAT(base_url=nat_url) as client:
        stream = client.stream("broken", on_interaction=broken)
        with pytest.raises(KeyError, match="no answer"):
            stream.collect()
        assert stream.execution_id is not None


def test_chat_routes_stream_completion_chunks(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        chat = client.stream("chat", endpoint="/v1/chat", on_interaction=Recorder())
        data = chat.collect()
        assert data["object"] == "chat.completion.chunk"
        assert chat.last_output is not None and chat.last_output.value == expected("chat")["value"]
        completions = client.stream("cc", endpoint="/v1/chat/completions", on_interaction=Recorder())
        completions.collect()
        assert completions.last_output is not None
        assert completions.last_output.value == expected("cc")["value"]


def test_chat_routes_poll_like_workflows(nat_url: str) -> None:
    with NAT(base_url=nat_url) as client:
        execution = client.run("polled chat", endpoint="/v1/chat/completions")
        result = execution.wait_for_completion(on_interaction=Recorder(), timeout=30)
    assert result["object"] == "chat.completion"
    assert result["choices"][0]["message"]["content"] == expected("polled chat")["value"]


def test_oauth_in_a_stream(nat_url: str) -> None:
    browser = Browser()
    with NAT(base_url=nat_url, token=f"streamer-{uuid.uuid4()}") as client:
        stream = client.stream("os", endpoint="/oauth_echo", on_oauth=browser)
        events = []
        with stream:
            for event in stream:
                events.append(event)
    assert [type(event) for event in events] == [OAuthRequired, Output]
    assert browser.requests == [events[0].request]
    assert "access_token='sandbox-at-" in events[-1].value
