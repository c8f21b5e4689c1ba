"""Our client and the vendor SDK through the same scenario against one sandbox: same outputs, same statuses.

The vendor's steps are `vendor_driver.py scenario`; ours are `_our_scenario` below, step for
step. Both results are brought to the same plain shape and compared. The only difference
allowed is the one documented in README.md: the vendor's stream repeats earlier events (its
unique events must still equal ours).
"""

from __future__ import annotations

from typing import Any

import pytest
from agentplug.acp import ACP, RunFinished
from agentplug.errors import NotFoundError
from agentplug.sandbox.acp import ECHO_AGENT_ID

from .conftest import Drive, Sandbox

MISSING_ID = "00000000-0000-4000-8000-000000000000"


def _chat(text: str) -> dict[str, Any]:
    return {"messages": [{"type": "human", "content": text}]}


def _config(**configurable: Any) -> dict[str, Any]:
    return {"configurable": configurable}


def _status(value: Any) -> str:
    return str(getattr(value, "value", value))


def _event(update: Any, event_id: str | None) -> dict[str, Any]:
    """The fields the vendor driver's event summary holds, read from one of our updates."""
    values = getattr(update, "values", None)
    summary: dict[str, Any] = {
        "id": event_id,
        "class": type(update).__name__,
        "status": _status(update.status),
        "run_id": str(update.run_id),
    }
    if isinstance(values, dict):
        summary["step"] = values.get("step")
        messages = values.get("messages")
        if isinstance(messages, list) and messages:
            summary["last_content"] = messages[-1].get("content")
    return summary


def _our_scenario(base_url: str) -> dict[str, Any]:
    r: dict[str, Any] = {}
    with ACP(base_url=base_url) as client:
        waited = client.runs.create_and_wait(
            agent_id=ECHO_AGENT_ID, input=_chat("Side by side"), config=_config(to_upper=True)
        )
        r["wait"] = {"status": _status(waited.status), "output": waited.output.to_dict() if waited.output else None}

        events: list[dict[str, Any]] = []
        finished: list[str] = []
        with client.runs.create_and_stream(
            agent_id=ECHO_AGENT_ID, input=_chat("streamed"), config=_config(extra_values=3)
        ) as stream:
            for event in stream:
                if isinstance(event, RunFinished):
                    finished.append(_status(event.run.status))
                else:
                    events.append(_event(event, stream.last_event_id))
        r["stream"], r["stream_finished"] = events, finished

        run = client.runs.create(agent_id=ECHO_AGENT_ID, input=_chat("question"), config=_config(interrupt_count=1))
        first = run.wait()
        r["interrupt"] = {"status": _status(first.status), "output": first.output.to_dict() if first.output else None}
        resumed = first.resume(_chat("the answer"))
        r["resumed_status"] = _status(resumed.status)
        final = resumed.wait()
        r["final"] = {"status": _status(final.status), "output": final.output.to_dict() if final.output else None}

        thread = client.threads.create(metadata={"side": "by-side"})
        for text in ("one", "two"):
            client.threads.runs(thread.thread_id).create_and_wait(agent_id=ECHO_AGENT_ID, input=_chat(text))
        state = client.threads.get(thread.thread_id)
        r["thread"] = {"status": _status(state.status), "values": state.to_dict().get("values")}
        try:
            client.runs.get(MISSING_ID)
        except NotFoundError as exc:
            r["missing"] = {"status": exc.status_code}
    return r


def _without_class(output: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in output.items() if key != "__class__"}


def _unique(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return list({event["id"]: event for event in events}.values())


def _comparable(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What must match between two runs of the same scenario (run ids differ)."""
    return [(e["id"], e["class"], e["status"], e.get("step"), e.get("last_content")) for e in events]


@pytest.fixture(scope="module")
def results(drive: Drive, sandbox: Sandbox) -> tuple[dict[str, Any], dict[str, Any]]:
    theirs: dict[str, Any] = drive("scenario", sandbox.base_url)
    return _our_scenario(sandbox.base_url), theirs


def test_wait_outputs_are_the_same(results: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, theirs = results
    assert ours["wait"]["status"] == theirs["wait"]["status"] == "success"
    assert ours["wait"]["output"] == _without_class(theirs["wait"]["output"])
    assert ours["wait"]["output"]["values"]["messages"][-1]["content"] == "SIDE BY SIDE"


def test_interrupt_resume_outputs_are_the_same(results: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, theirs = results
    for key in ("interrupt", "final"):
        assert ours[key]["status"] == theirs[key]["status"]
        assert ours[key]["output"] == _without_class(theirs[key]["output"])
    assert ours["interrupt"]["status"] == "interrupted" and ours["final"]["status"] == "success"
    assert ours["resumed_status"] == theirs["resumed_status"] == "pending"


def test_thread_state_is_the_same(results: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, theirs = results
    assert ours["thread"] == theirs["thread"]
    contents = [message["content"] for message in ours["thread"]["values"]["messages"]]
    assert contents == ["one", "one", "two", "two"]


def test_missing_run_is_a_404_on_both(results: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, theirs = results
    assert ours["missing"]["status"] == theirs["missing"]["status"] == 404
    assert theirs["missing"]["error"] == "NotFoundException"


def test_streams_carry_the_same_events(results: tuple[dict[str, Any], dict[str, Any]]) -> None:
    ours, theirs = results
    assert _comparable(ours["stream"]) == _comparable(_unique(theirs["stream"]))
    assert [event["step"] for event in ours["stream"]] == [None, 1, 2, 3, None]
    assert [event["id"] for event in ours["stream"]] == sorted({event["id"] for event in ours["stream"]}, key=int)
    assert ours["stream_finished"] == ["success"]  # then our stream ends with RunFinished
    # The vendor yields the 5 events 15 times in all (1 + 2 + ... + 5): see README.md.
    assert len(theirs["stream"]) == 15
