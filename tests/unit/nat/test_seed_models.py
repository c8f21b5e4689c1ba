"""The NAT models under the reference's names (nat.data_models.interactive_http)."""

from __future__ import annotations

import json

from agentplug.nat.models import (
    ExecutionStatus,
    StreamInteractionEvent,
    StreamOAuthEvent,
)


def test_execution_status_is_the_enum_of_status_values() -> None:
    assert [status.value for status in ExecutionStatus] == [
        "running",
        "interaction_required",
        "oauth_required",
        "completed",
        "failed",
    ]
    assert ExecutionStatus.COMPLETED == "completed"


def test_stream_events_write_themselves_as_the_server_does() -> None:
    prompt = {"input_type": "text", "text": "note?", "placeholder": "", "required": True}
    event = StreamInteractionEvent.from_dict(
        {
            "event_type": "interaction_required",
            "execution_id": "e1",
            "interaction_id": "i1",
            "prompt": prompt,
            "response_url": "/executions/e1/interactions/i1/response",
        }
    )
    head, data, end = event.get_stream_data().split("\n", 2)
    assert head == "event: interaction_required" and end == "\n"
    assert json.loads(data.removeprefix("data: "))["interaction_id"] == "i1"
    oauth = StreamOAuthEvent.from_dict(
        {"event_type": "oauth_required", "execution_id": "e1", "auth_url": "https://idp/a", "oauth_state": "s"}
    )
    assert oauth.get_stream_data().startswith("event: oauth_required\ndata: {")
