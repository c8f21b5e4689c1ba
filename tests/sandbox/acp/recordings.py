"""The recorded exchanges with the ACP reference server, replayed against the sandbox.

The corpus (`../shared/reference/acp/recorded/workflow-srv-0.3.0/` next to the repository) holds
real request/response pairs in file order. `replay` sends each recorded request to a sandbox,
rewriting the reference server's ids (agent, runs, threads, checkpoints) into the sandbox's as
they are learned from the answers, and shortening the echo agent's sleeps; `differences`
compares an answer with its recording at the level of shapes: status, content type, keys,
nulls, JSON types, list lengths, offset-less date-times, SSE events and keep-alive bytes.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx2
from agentplug.sandbox import acp

from ..oracle import parse_sse

__all__ = ["CORPUS", "Answer", "Exchange", "differences", "load", "replay"]

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "reference" / "acp" / "recorded" / "workflow-srv-0.3.0"

RECORDED_AGENT = "3f1e2d4c-5b6a-4789-9abc-def012345678"
_RECORDED_NAME = "org.agntcy.echo_agent"
_RECORDED_VERSION = "0.1.0"
# Recorded sleeps (seconds) and the shorter ones the replay asks for: long enough for a join to
# arrive while the run sleeps and for keep-alives to be written, short enough for a test.
SLEEPS = {1: 0.3, 3: 2.0, 12: 2.5}
KEEPALIVE_INTERVAL = 0.5
API_KEY = "recorded-key"
# Runs the recording made on the listing thread without recording them (see the corpus's index).
_UNRECORDED_RUNS = {"103": 11}
_ID_KEYS = frozenset({"run_id", "thread_id", "checkpoint_id"})
# Agent-specific JSON Schemas in the descriptor: only their JSON type is compared.
_OPAQUE_UNDER_SPECS = frozenset({"input", "output", "config", "interrupt_payload", "resume_payload"})
_TIMESTAMPS = frozenset({"created_at", "updated_at"})


@dataclass(frozen=True)
class Exchange:
    name: str
    data: dict[str, Any]

    @property
    def request(self) -> dict[str, Any]:
        request: dict[str, Any] = self.data["request"]
        return request

    @property
    def response(self) -> dict[str, Any]:
        response: dict[str, Any] = self.data["response"]
        return response

    @property
    def keyed(self) -> bool:
        """Sent to the reference server instance that requires an API key."""
        return any("started with an API key" in note for note in self.data.get("notes", []))

    def raw(self) -> bytes:
        encoded = self.response.get("body_raw_b64")
        return base64.b64decode(encoded) if encoded is not None else b""


@dataclass(frozen=True)
class Answer:
    status: int
    headers: httpx2.Headers
    content: bytes


def load() -> list[Exchange]:
    return [Exchange(path.stem, json.loads(path.read_text("utf-8"))) for path in sorted(CORPUS.glob("[0-9]*.json"))]


class _Ids:
    """Recorded ids mapped to the sandbox's, learned from answers in order."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {RECORDED_AGENT: acp.ECHO_AGENT_ID}

    def rewrite(self, text: str) -> str:
        for recorded, actual in self.ids.items():
            text = text.replace(recorded, actual)
        return text

    def learn(self, recorded: Any, actual: Any) -> None:
        if isinstance(recorded, dict) and isinstance(actual, dict):
            for key, value in recorded.items():
                if key in _ID_KEYS and isinstance(value, str) and isinstance(actual.get(key), str):
                    self.ids.setdefault(value, actual[key])
                elif key in actual:
                    self.learn(value, actual[key])
        elif isinstance(recorded, list) and isinstance(actual, list):
            for old, new in zip(recorded, actual, strict=False):
                self.learn(old, new)


def _body(exchange: Exchange, ids: _Ids) -> bytes | None:
    body = exchange.request["body"]
    if body is None:
        return None
    body = _shorter_sleeps(body)
    text = ids.rewrite(json.dumps(body))
    text = text.replace(f'"{_RECORDED_NAME}"', json.dumps(acp.ECHO_AGENT.name))
    return text.replace(f'"{_RECORDED_VERSION}"', json.dumps(acp.ECHO_AGENT.version)).encode()


def _shorter_sleeps(body: Any) -> Any:
    if isinstance(body, dict):
        return {
            key: SLEEPS.get(value, value) if key == "sleep_secs" else _shorter_sleeps(value)
            for key, value in body.items()
        }
    return body


def _headers(exchange: Exchange) -> dict[str, str]:
    headers = dict(exchange.request["headers"])
    if headers.get("x-api-key") == "<API_KEY>":
        headers["x-api-key"] = API_KEY
    elif headers.get("x-api-key") == "<WRONG_KEY>":
        headers["x-api-key"] = "wrong-" + API_KEY
    return headers


def _decoded(answer: Answer) -> Any:
    if answer.headers.get("content-type", "").startswith("application/json"):
        return json.loads(answer.content)
    if answer.headers.get("content-type", "").startswith("text/event-stream"):
        return [json.loads(event["data"]) for event in parse_sse(answer.content.decode())]
    return None


def _recorded_decoded(exchange: Exchange) -> Any:
    if exchange.response["headers"].get("content-type", "").startswith("text/event-stream"):
        return [json.loads(event["data"]) for event in parse_sse(exchange.raw().decode())]
    return exchange.response.get("body")


def replay(exchanges: list[Exchange], client: Callable[[bool], httpx2.Client]) -> Iterator[tuple[Exchange, Answer]]:
    """Each exchange's request sent in order (``client(keyed)`` gives the server to send it to)."""
    ids = _Ids()
    previous: Exchange | None = None
    for exchange in exchanges:
        http = client(exchange.keyed)
        for number in range(_UNRECORDED_RUNS.get(exchange.name[:3], 0)):
            assert previous is not None  # the listing thread was created by the exchange before
            thread_id = ids.rewrite(previous.response["body"]["thread_id"])
            chat = {"messages": [{"type": "human", "content": f"run {number}"}]}
            body = {"agent_id": acp.ECHO_AGENT_ID, "input": chat, "config": {"configurable": {}}}
            assert http.post(f"/threads/{thread_id}/runs/wait", json=body).status_code == 200
        request = exchange.request
        response = http.request(
            request["method"],
            ids.rewrite(request["path"]),
            params={key: ids.rewrite(value) for key, value in request["query"].items()},
            headers=_headers(exchange),
            content=_body(exchange, ids),
        )
        answer = Answer(response.status_code, response.headers, response.content)
        ids.learn(_recorded_decoded(exchange), _decoded(answer))
        previous = exchange
        yield exchange, answer


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return {dict: "object", list: "array", str: "string"}.get(type(value), type(value).__name__)


def _shape(recorded: Any, actual: Any, path: tuple[str, ...]) -> Iterator[str]:
    where = ".".join(path) or "$"
    if _kind(recorded) != _kind(actual):
        yield f"{where}: {_kind(actual)} where the recording has {_kind(recorded)}"
        return
    if path and path[-1] in _TIMESTAMPS and isinstance(actual, str):
        moment = datetime.fromisoformat(actual)
        if moment.tzinfo is not None:
            yield f"{where}: {actual!r} has a UTC offset (the recording's date-times have none)"
    if path and path[-1] in _OPAQUE_UNDER_SPECS and "specs" in path:
        return
    if isinstance(recorded, dict):
        if set(recorded) != set(actual):
            missing, extra = sorted(set(recorded) - set(actual)), sorted(set(actual) - set(recorded))
            yield f"{where}: keys differ (missing {missing}, extra {extra})"
        for key in recorded.keys() & actual.keys():
            yield from _shape(recorded[key], actual[key], (*path, key))
    elif isinstance(recorded, list):
        if path and path[-1] == "detail" and recorded and actual:
            # Validation items: the same fields, however many problems each server finds.
            for index, item in enumerate(actual):
                yield from _shape(recorded[0], item, (*path, str(index)))
        elif len(recorded) != len(actual):
            yield f"{where}: {len(actual)} items where the recording has {len(recorded)}"
        else:
            for index, (old, new) in enumerate(zip(recorded, actual, strict=True)):
                yield from _shape(old, new, (*path, str(index)))


_GLUED_KEEPALIVE = re.compile(rb"(?:(?<=\n\n)|^):+(?=id: )")


def _stream_differences(exchange: Exchange, answer: Answer) -> Iterator[str]:
    recorded_raw, actual_raw = exchange.raw(), answer.content
    if recorded_raw.startswith(b":") and not actual_raw.startswith(b":"):
        yield "the recording starts with a bare ':' keep-alive, the answer does not"
    if recorded_raw.endswith(b":") and not actual_raw.endswith(b":"):
        yield "the recording ends with bare ':' keep-alives, the answer does not"
    if re.search(rb"(?<!\n):\n", actual_raw):
        yield "a keep-alive ':' is followed by a line end (the reference writes none)"
    if not recorded_raw.startswith(b":"):
        # How many keep-alives precede the first event depends on timing only.
        actual_raw = _GLUED_KEEPALIVE.sub(b"", actual_raw)
    recorded_events = parse_sse(recorded_raw.decode())
    actual_events = parse_sse(actual_raw.decode())
    if len(recorded_events) != len(actual_events):
        yield f"{len(actual_events)} events where the recording has {len(recorded_events)}"
        return
    for index, (old, new) in enumerate(zip(recorded_events, actual_events, strict=True)):
        if old["event"] != new["event"] or ("id" in old) != ("id" in new):
            yield f"event {index}: fields {sorted(new)} / {new['event']} where the recording has {sorted(old)}"
        yield from _shape(json.loads(old["data"]), json.loads(new["data"]), (f"event{index}",))


def _media(headers: dict[str, str] | httpx2.Headers) -> str | None:
    value = headers.get("content-type")
    return None if value is None else value.replace(" ", "").lower()


def differences(exchange: Exchange, answer: Answer) -> list[str]:
    """How the answer's shape differs from the recorded one (empty when it has the same shape)."""
    recorded = exchange.response
    found: list[str] = []
    if answer.status != recorded["status"]:
        found.append(f"status {answer.status} where the recording has {recorded['status']}")
        return [*found, f"answer: {answer.content[:300]!r}"]
    if _media(answer.headers) != _media(recorded["headers"]):
        found.append(f"content-type {_media(answer.headers)} where the recording has {_media(recorded['headers'])}")
    media = _media(recorded["headers"]) or ""
    if media.startswith("text/event-stream"):
        found += _stream_differences(exchange, answer)
    elif media.startswith("application/json"):
        found += _shape(recorded["body"], json.loads(answer.content), ())
    elif answer.content != exchange.raw():
        found.append(f"body {answer.content[:100]!r} where the recording has {exchange.raw()[:100]!r}")
    return found
