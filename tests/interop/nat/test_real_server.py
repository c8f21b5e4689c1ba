"""Our NAT client against the real NAT 1.9.0 server: polling and streaming HITL, OAuth, stale answers."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import anyio
import httpx2
import pytest
from agentplug.errors import OperationFailedError
from agentplug.nat import (
    NAT,
    AsyncNAT,
    Interaction,
    InteractionNotFoundError,
    InteractionRequired,
    InteractionResolvedError,
    OAuthRequest,
    Output,
    answers,
)
from agentplug.nat.models import HumanPromptBinary, HumanPromptText

_users = itertools.count()


def note_then(decision: bool, seen: list[Interaction]) -> Callable[[Interaction], object]:
    def handler(interaction: Interaction) -> object:
        seen.append(interaction)
        if isinstance(interaction.prompt, HumanPromptText):
            return "my note"
        return answers.approve() if decision else answers.reject()

    return handler


def test_polling_hitl_answers_each_prompt_once(hitl_server: str) -> None:
    seen: list[Interaction] = []
    with NAT(base_url=hitl_server) as client:
        execution = client.run("hello")
        assert execution.execution_id is not None
        assert execution.last_status.status == "interaction_required"
        result = execution.wait_for_completion(on_interaction=note_then(True, seen), timeout=60)
    assert result == {"value": "input='hello'; note='my note'; approved=True"}
    assert [type(i.prompt) for i in seen] == [HumanPromptText, HumanPromptBinary]
    assert len({i.interaction_id for i in seen}) == 2
    assert [o.id for o in seen[1].options] == ["approve", "reject"]


def test_polling_with_plain_values_and_manual_respond(hitl_server: str) -> None:
    with NAT(base_url=hitl_server) as client:
        execution = client.run("manual")
        first = execution.interaction
        assert first is not None and first.input_type == "text"
        execution.respond("typed by hand")
        # The answered prompt moved on: answering it again is a clear, typed error.
        with pytest.raises(InteractionNotFoundError):
            client.respond(first, "again")
        result = execution.wait_for_completion(on_interaction=lambda i: False, timeout=60)
    assert result == {"value": "input='manual'; note='typed by hand'; approved=False"}


def test_streaming_hitl_answers_prompts_mid_stream(hitl_server: str) -> None:
    seen: list[Interaction] = []
    with (
        NAT(base_url=hitl_server) as client,
        client.stream("stream-me", on_interaction=note_then(False, seen)) as events,
    ):
        received = list(events)
    kinds = [type(event) for event in received]
    assert kinds.count(InteractionRequired) == 2
    outputs = [event for event in received if isinstance(event, Output)]
    assert outputs[-1].value == "input='stream-me'; note='my note'; approved=False"
    assert events.execution_id == seen[0].execution_id


def test_chat_completions_stream_ends_without_done(hitl_server: str) -> None:
    with NAT(base_url=hitl_server) as client:
        stream = client.stream("chat-stream", endpoint="/v1/chat/completions", on_interaction=note_then(True, []))
        data = stream.collect()
    assert data["object"] == "chat.completion.chunk"
    assert stream.last_output is not None
    assert stream.last_output.value == "input='chat-stream'; note='my note'; approved=True"


def test_custom_endpoint_answers_200_without_execution(hitl_server: str) -> None:
    with NAT(base_url=hitl_server) as client:
        execution = client.run("hello", endpoint="/plain")
        assert execution.execution_id is None and execution.done
        assert execution.wait_for_completion() == {"value": "HELLO"}


def test_async_polling_and_streaming(hitl_server: str) -> None:
    async def main() -> tuple[object, object]:
        async def handler(interaction: Interaction) -> object:
            await anyio.sleep(0)
            return "async note" if interaction.input_type == "text" else True

        async with AsyncNAT(base_url=hitl_server) as client:
            execution = await client.run("async")
            polled = await execution.wait_for_completion(on_interaction=handler, timeout=60)
            streamed = await client.stream("async-stream", on_interaction=handler).collect()
        return polled, streamed

    polled, streamed = anyio.run(main)
    assert polled == {"value": "input='async'; note='async note'; approved=True"}
    assert streamed == {"value": "input='async-stream'; note='async note'; approved=True"}


def test_prompt_timeout_fails_the_execution_and_expires_the_prompt(timeout_server: str) -> None:
    with NAT(base_url=timeout_server) as client:
        execution = client.run("to")  # the workflow works 1 s before its first prompt: the POST blocks
        prompt = execution.interaction
        assert prompt is not None and prompt.timeout == 3
        with pytest.raises(OperationFailedError, match="timed out after 3s"):
            execution.wait_for_completion(timeout=30)
        with pytest.raises(InteractionResolvedError):
            client.respond(prompt, "too late")


def sign_in(base_url: str, code: str) -> Callable[[OAuthRequest], None]:
    """Plays the browser: the identity provider would redirect it to the server's callback."""

    def handler(request: OAuthRequest) -> None:
        assert f"state={request.oauth_state}" in request.auth_url
        assert "code_challenge_method=S256" in request.auth_url
        response = httpx2.get(f"{base_url}/auth/redirect", params={"code": code, "state": request.oauth_state})
        response.raise_for_status()

    return handler


def test_oauth_polling_then_cached_token(oauth_server: str) -> None:
    user = f"dave-{next(_users)}"
    with NAT(base_url=oauth_server, session=user) as client:
        execution = client.run("o1")
        assert execution.oauth is not None
        result = execution.wait_for_completion(on_oauth=sign_in(oauth_server, "CODE123"), timeout=60)
        assert "access_token='fake-at-CODE123'" in result["value"]
        again = client.run("o2")  # the token is cached for this user: no OAuth round trip
        assert again.done and "access_token='fake-at-CODE123'" in again.wait_for_completion()["value"]


def test_oauth_streaming(oauth_server: str) -> None:
    user = f"erin-{next(_users)}"
    with NAT(base_url=oauth_server, session=user) as client:
        data = client.stream("os", on_oauth=sign_in(oauth_server, "SSECODE")).collect()
    assert "access_token='fake-at-SSECODE'" in data["value"]
