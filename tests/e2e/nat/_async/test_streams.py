"""Streaming: typed events, prompts answered mid-stream by a handler or by hand, errors, chat streams."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import OperationFailedError
from agentplug.nat import AsyncNAT, Interaction, InteractionRequired, OAuthRequired, Output, answers
from agentplug.nat.models import ExecutionCompletedStatus, HumanPromptBinary

from ..scenario import Browser, Recorder, expected

pytestmark = pytest.mark.anyio


async def test_a_handler_answers_prompts_as_they_stream_in(nat_url: str) -> None:
    handler = Recorder(note="streamed note", approve=False)
    async with AsyncNAT(base_url=nat_url) as client:
        async with client.stream("stream-me", on_interaction=handler) as stream:
            events = [event async for event in stream]
        assert [type(event) for event in events] == [InteractionRequired, InteractionRequired, Output]
        assert events[-1].value == expected("stream-me", "streamed note", False)["value"]
        assert [event.interaction for event in events[:2]] == handler.seen
        # The sandbox keeps a streamed execution's status right (the real server leaves it 'running').
        assert stream.execution_id is not None
        status = await client.execution(stream.execution_id).status()
        assert isinstance(status, ExecutionCompletedStatus) and status.result == events[-1].data


async def test_prompts_can_be_answered_by_hand_while_iterating(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        outputs = []
        async with client.stream("by-hand") as stream:
            async for event in stream:
                if isinstance(event, InteractionRequired):
                    prompt = event.interaction.prompt
                    answer = answers.approve() if isinstance(prompt, HumanPromptBinary) else "typed"
                    await client.respond(event.interaction, answer)
                elif isinstance(event, Output):
                    outputs.append(event.data)
    assert outputs == [expected("by-hand", "typed")]


async def test_collect_returns_the_last_output(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        assert await client.stream("x", endpoint="/plain").collect() == {"value": "X"}
        full = client.stream("full", endpoint="/v1/workflow/full", on_interaction=Recorder())
        assert await full.collect() == expected("full")


async def test_an_error_event_ends_the_stream_with_operation_failed(nat_url: str) -> None:
    seen: list[object] = []
    async with AsyncNAT(base_url=nat_url) as client:
        stream = client.stream("s", endpoint="/fail_after_note", on_interaction=lambda interaction: "n")
        with pytest.raises(OperationFailedError, match="after note 'n'") as failed:
            async with stream:
                async for event in stream:
                    seen.append(event)
    assert [type(event) for event in seen] == [InteractionRequired]
    assert failed.value.code == "workflow_error"


async def test_an_unanswered_streamed_prompt_times_out(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        with pytest.raises(OperationFailedError, match="timed out after 1s"):
            await client.stream("t", endpoint="/timed").collect()


async def test_a_handler_exception_in_a_stream_propagates(nat_url: str) -> None:
    def broken(interaction: Interaction) -> object:
        raise KeyError("no answer")

    async with AsyncNAT(base_url=nat_url) as client:
        stream = client.stream("broken", on_interaction=broken)
        with pytest.raises(KeyError, match="no answer"):
            await stream.collect()
        assert stream.execution_id is not None


async def test_chat_routes_stream_completion_chunks(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        chat = client.stream("chat", endpoint="/v1/chat", on_interaction=Recorder())
        data = await chat.collect()
        assert data["object"] == "chat.completion.chunk"
        assert chat.last_output is not None and chat.last_output.value == expected("chat")["value"]
        completions = client.stream("cc", endpoint="/v1/chat/completions", on_interaction=Recorder())
        await completions.collect()
        assert completions.last_output is not None
        assert completions.last_output.value == expected("cc")["value"]


async def test_chat_routes_poll_like_workflows(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("polled chat", endpoint="/v1/chat/completions")
        result = await execution.wait_for_completion(on_interaction=Recorder(), timeout=30)
    assert result["object"] == "chat.completion"
    assert result["choices"][0]["message"]["content"] == expected("polled chat")["value"]


async def test_oauth_in_a_stream(nat_url: str) -> None:
    browser = Browser()
    async with AsyncNAT(base_url=nat_url, token=f"streamer-{uuid.uuid4()}") as client:
        stream = client.stream("os", endpoint="/oauth_echo", on_oauth=browser)
        events = []
        async with stream:
            async for event in stream:
                events.append(event)
    assert [type(event) for event in events] == [OAuthRequired, Output]
    assert browser.requests == [events[0].request]
    assert "access_token='sandbox-at-" in events[-1].value
