"""Sans-I/O pieces: request building, status and stream-event decoding, handler results."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest
from agentplug._core._sse_decoder import ServerSentEvent
from agentplug.errors import OperationFailedError, ResponseValidationError
from agentplug.nat import InteractionRequired, InvalidInputError, OAuthRequired, Output
from agentplug.nat._handlers import settle
from agentplug.nat._inputs import request_for
from agentplug.nat._state import interaction_of, oauth_of, parse_status
from agentplug.nat.events import decode_event
from agentplug.nat.models import ExecutionOtherStatus, ExecutionRunningStatus, HumanPromptText

RESPONSE = httpx2.Response(200, request=httpx2.Request("GET", "http://nat.test/executions/e"))


def _sent(endpoint: str, input: object, stream: bool) -> tuple[str | None, str, dict[str, Any]]:
    route, body = request_for(endpoint, input, stream=stream)
    return (None if route.operation is None else route.operation.__name__.rpartition(".")[2]), route.path, body


def test_request_for_workflows_chats_and_custom_endpoints() -> None:
    assert _sent("/v1/workflow", "hi", False) == ("run_workflow", "/v1/workflow", {"input_message": "hi"})
    assert _sent("/v1/workflow", "hi", True) == ("stream_workflow", "/v1/workflow/stream", {"input_message": "hi"})
    assert _sent("plain/", {"x": 1}, True) == ("stream_endpoint", "/plain/stream", {"x": 1})
    assert _sent("/v1/workflow/full", "hi", True)[:2] == ("stream_workflow_full", "/v1/workflow/full")
    chat = {"messages": [{"role": "user", "content": "hi"}]}
    assert _sent("/v1/chat", "hi", False) == ("chat", "/v1/chat", chat)
    assert _sent("/chat", "hi", True) == ("stream_endpoint", "/chat/stream", chat)
    streamed = _sent("/v1/chat/completions", "hi", True)
    assert streamed == ("chat_completions", "/v1/chat/completions", {**chat, "stream": True})
    assert "stream" not in _sent("/v1/chat/completions", "hi", False)[2]  # false is the server default
    # A custom endpoint of several segments is beyond the spec's one-segment /{endpoint}: sent as given.
    assert _sent("/team/flow", "hi", False) == (None, "/team/flow", {"input_message": "hi"})


@pytest.mark.parametrize(
    ("endpoint", "input", "stream", "match"),
    [
        ("/", "x", False, "path"),
        ("https://h/v1/workflow", "x", False, "no scheme"),
        ("/v1/workflow/stream", "x", False, "streaming route"),
        ("/v1/workflow", 3, False, "str or a mapping"),
        ("/v1/chat/completions", {"messages": [], "stream": True}, False, "stream"),
    ],
)
def test_request_for_refuses_what_cannot_work(endpoint: str, input: object, stream: bool, match: str) -> None:
    with pytest.raises(InvalidInputError, match=match):
        request_for(endpoint, input, stream=stream)


def test_statuses_dispatch_on_status_and_keep_unknown_ones() -> None:
    running = parse_status({"execution_id": "e", "status": "running"}, RESPONSE)
    assert isinstance(running, ExecutionRunningStatus) and interaction_of(running) is None and oauth_of(running) is None
    newer = parse_status({"execution_id": "e", "status": "cancelled", "reason": "user"}, RESPONSE)
    assert isinstance(newer, ExecutionOtherStatus) and newer.status == "cancelled" and newer["reason"] == "user"
    paused = parse_status(
        {
            "execution_id": "e",
            "status": "interaction_required",
            "interaction_id": "i",
            "prompt": {"input_type": "text", "text": "?", "timeout": 3},
            "response_url": "/executions/e/interactions/i/response",
        },
        RESPONSE,
    )
    interaction = interaction_of(paused)
    assert interaction is not None and isinstance(interaction.prompt, HumanPromptText) and interaction.timeout == 3
    assert {interaction, interaction_of(paused)} == {interaction}  # hashable, equal by value


@pytest.mark.parametrize(
    "body",
    [[], "text", {"status": "interaction_required", "execution_id": "e"}, {"status": "completed"}],
)
def test_malformed_statuses_are_response_validation_errors(body: object) -> None:
    with pytest.raises(ResponseValidationError, match="ExecutionStatusResponse"):
        parse_status(body, RESPONSE)


def sse(event: str, data: object) -> ServerSentEvent:
    return ServerSentEvent(event, data if isinstance(data, str) else json.dumps(data), None, None)


def test_stream_events_decode_to_typed_events() -> None:
    prompt = {"input_type": "binary_choice", "text": "ok?", "options": [{"id": "a"}, {"id": "b"}]}
    interaction = decode_event(
        sse(
            "interaction_required",
            {
                "event_type": "interaction_required",
                "execution_id": "e",
                "interaction_id": "i",
                "prompt": prompt,
                "response_url": "/r",
            },
        )
    )
    assert isinstance(interaction, InteractionRequired) and interaction.interaction.input_type == "binary_choice"
    oauth = decode_event(sse("oauth_required", {"execution_id": "e", "auth_url": "http://idp/a", "oauth_state": "s"}))
    assert isinstance(oauth, OAuthRequired) and oauth.request.oauth_state == "s"
    output = decode_event(sse("message", {"value": 3}))
    assert isinstance(output, Output) and output.value == 3
    chunk = decode_event(sse("message", {"choices": [{"delta": {"content": "hi"}}]}))
    assert isinstance(chunk, Output) and chunk.value == "hi"
    assert decode_event(sse("message", "[DONE]")) is None
    assert decode_event(sse("something_new", {})) is None


def test_an_error_event_raises_operation_failed() -> None:
    with pytest.raises(OperationFailedError, match="timed out") as failed:
        decode_event(sse("error", {"code": "workflow_error", "message": "timed out", "details": "TimeoutError"}))
    assert failed.value.code == "workflow_error" and failed.value.details == "TimeoutError"
    with pytest.raises(OperationFailedError, match="plain text"):
        decode_event(sse("error", "plain text"))


def test_a_malformed_event_raises_what_the_stream_reports_as_invalid() -> None:
    with pytest.raises((ValueError, LookupError, TypeError)):
        decode_event(sse("interaction_required", {"execution_id": 1}))


def test_the_sync_client_refuses_coroutine_handlers() -> None:
    async def handler() -> str:
        return "x"

    with pytest.raises(InvalidInputError, match="AsyncNAT"):
        settle(handler())
    assert settle("plain") == "plain"
