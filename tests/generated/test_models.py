"""Models of the generated ACP client: property-based round trips and the parsing rules.

Every generated model class is checked against the JSON Schema it was generated from
(specs/acp.yaml): for schema-valid data `x`, `Model.from_dict(x).to_dict() == x`.
"""

from __future__ import annotations

import copy
import datetime
import functools
import re
import uuid
from pathlib import Path
from typing import Any

import agentplug_acp_client.models as models
import pytest
import yaml
from agentplug_acp_client.models import (
    CustomRunResultUpdate,
    ErrorResponse,
    Message,
    MessageAnyBlock,
    MessageTextBlock,
    RunCreateStateless,
    RunError,
    RunInterrupt,
    RunOutputStream,
    RunResult,
    RunStateless,
    RunStatus,
    RunWaitResponseStateless,
    Thread,
    ValidationErrorItem,
    ValueRunErrorUpdate,
    ValueRunInterruptUpdate,
    ValueRunResultUpdate,
)
from agentplug_acp_client.types import parse_uuid
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((REPO_ROOT / "specs" / "acp.yaml").read_text())
COMPONENTS: dict[str, Any] = SPEC["components"]["schemas"]

RUN_ID = "6f0d1c2b-3a4e-4f5a-8b6c-7d8e9f0a1b2c"
AGENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


# --------------------------------------------------------------------------------------------
# From the OpenAPI 3.1 components to plain JSON Schemas hypothesis-jsonschema understands
# --------------------------------------------------------------------------------------------

DATE_TIME_FORMAT = "agentplug-canonical-date-time"
UUID_FORMAT = "agentplug-canonical-uuid"
_DROPPED = {"discriminator", "example", "examples", "description", "title", "default"}

# The strings our parser accepts and gives back unchanged: canonical isoformat() output
# (naive or with a whole-minute offset) and lower-case canonical UUIDs.
_offsets = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)
CUSTOM_FORMATS: dict[str, st.SearchStrategy[str]] = {
    DATE_TIME_FORMAT: st.datetimes(timezones=st.none() | _offsets).map(lambda d: d.isoformat()),
    UUID_FORMAT: st.uuids().map(str),
}


def _ref_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    assert ref.startswith(prefix), ref
    return ref[len(prefix) :]


def _honour_discriminator(schema: dict[str, Any]) -> dict[str, Any]:
    """A variant outside the discriminator mapping is the catch-all: it may not use a mapped tag.

    (JSON Schema alone would accept `{"type": "text"}` as a MessageAnyBlock; OpenAPI's mapping
    says a `text` block is a MessageTextBlock.)
    """
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, dict) or not discriminator.get("mapping"):
        return schema
    tag = discriminator["propertyName"]
    mapped = discriminator["mapping"]
    for keyword in ("oneOf", "anyOf"):
        variants = schema.get(keyword)
        if not variants:
            continue
        schema[keyword] = [
            variant
            if variant.get("$ref") in mapped.values()
            else {"allOf": [variant, {"properties": {tag: {"not": {"enum": sorted(mapped)}}}}]}
            for variant in variants
        ]
    return schema


def to_json_schema(node: Any, seen: tuple[str, ...] = ()) -> Any:
    """Inline `$ref`s, drop the OpenAPI-only keywords, rename the formats we generate ourselves."""
    if isinstance(node, list):
        return [to_json_schema(item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = _ref_name(node["$ref"])
        assert name not in seen, f"recursive schema {name}"
        return to_json_schema(COMPONENTS[name], (*seen, name))
    node = _honour_discriminator(copy.deepcopy(node))
    converted: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-") or key in _DROPPED:
            continue
        if key == "properties":
            converted[key] = {name: to_json_schema(sub, seen) for name, sub in value.items()}
        elif key == "format" and value == "date-time":
            converted[key] = DATE_TIME_FORMAT
        elif key == "format" and value == "uuid":
            converted[key] = UUID_FORMAT
        else:
            converted[key] = to_json_schema(value, seen)
    return converted


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name))


def _inline_object_schemas(owner: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Classes generated for inline object properties: `<Owner><Property>` (e.g. RunCreateMetadata)."""
    found: dict[str, Any] = {}
    parts = [schema, *(p for p in schema.get("allOf", []) if "$ref" not in p)]
    for part in parts:
        for prop_name, prop in part.get("properties", {}).items():
            if prop.get("type") == "object":
                found[owner + _pascal(prop_name)] = prop
    return found


def model_schemas() -> dict[str, Any]:
    """Every generated model class name -> the (OpenAPI) schema it was generated from."""
    found: dict[str, Any] = {}
    for name, schema in COMPONENTS.items():
        if schema.get("type") == "object" or "allOf" in schema:
            found[name] = schema
            found.update(_inline_object_schemas(name, schema))
    return found


MODEL_SCHEMAS = model_schemas()
MODEL_CLASSES = sorted(name for name in models.__all__ if hasattr(getattr(models, name), "from_dict"))


def test_every_generated_model_class_has_a_schema() -> None:
    assert set(MODEL_CLASSES) == set(MODEL_SCHEMAS)
    # the unions (RunOutput, StreamEventPayload, MessageContentBlock...) get no class of their
    # own: they are tested through the models that contain them
    assert "RunOutput" not in MODEL_CLASSES
    assert "StreamEventPayload" not in MODEL_CLASSES


@functools.cache
def instances_of(class_name: str) -> st.SearchStrategy[Any]:
    """Schema-valid JSON for a model class (built once: canonicalising a schema is costly)."""
    return from_schema(to_json_schema(MODEL_SCHEMAS[class_name]), custom_formats=CUSTOM_FORMATS)


@pytest.mark.parametrize("class_name", MODEL_CLASSES)
@settings(
    max_examples=20,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_schema_valid_data_round_trips(class_name: str, data: st.DataObject) -> None:
    cls = getattr(models, class_name)
    instance = data.draw(instances_of(class_name), label="instance")
    original = copy.deepcopy(instance)
    assert cls.from_dict(instance).to_dict() == original
    assert instance == original  # from_dict does not modify its input


# --------------------------------------------------------------------------------------------
# Tolerant parsing: unknown enum values, unknown fields, free-form objects
# --------------------------------------------------------------------------------------------


def _run(**overrides: Any) -> dict[str, Any]:
    run: dict[str, Any] = {
        "run_id": RUN_ID,
        "agent_id": AGENT_ID,
        "created_at": "2026-11-23T13:04:40.803935+00:00",
        "updated_at": "2026-11-23T13:04:41+00:00",
        "status": "success",
        "creation": {"input": {"question": "?"}},
    }
    run.update(overrides)
    return run


def test_unknown_enum_value_is_kept_as_a_plain_string() -> None:
    raw = _run(status="cancelled")
    run = RunStateless.from_dict(raw)
    assert run.status == "cancelled"
    assert isinstance(run.status, str)
    assert str(run.status) == "cancelled"
    assert run.to_dict() == raw
    # known values still are the enum members
    assert RunStateless.from_dict(_run(status="pending")).status is RunStatus.PENDING


def test_unknown_enum_value_in_a_nested_request_model_round_trips() -> None:
    raw = {"input": 1, "multitask_strategy": "drop", "on_completion": "archive", "stream_mode": ["tokens"]}
    assert RunCreateStateless.from_dict(raw).to_dict() == raw


def test_unknown_fields_are_kept_in_additional_properties() -> None:
    raw = _run(server_extra={"a": [1, 2]}, kind="stateless")
    raw["creation"]["custom_flag"] = True
    run = RunStateless.from_dict(raw)
    assert run.additional_properties == {"server_extra": {"a": [1, 2]}, "kind": "stateless"}
    assert run["kind"] == "stateless"
    assert run.creation.additional_properties == {"custom_flag": True}
    assert run.to_dict() == raw


def test_free_form_objects_are_plain_dicts() -> None:
    metadata = {"owner": "me", "nested": {"x": [1, None]}}
    raw = {
        "thread_id": "t-1",
        "created_at": "2026-11-23T13:04:40",
        "updated_at": "2026-11-23T13:04:40",
        "metadata": metadata,
        "status": "idle",
    }
    thread = Thread.from_dict(raw)
    assert type(thread.metadata) is dict
    assert thread.metadata == metadata
    run = RunCreateStateless.from_dict({"metadata": metadata})
    assert type(run.metadata) is dict
    assert thread.to_dict() == raw


def test_free_form_object_of_the_wrong_type_is_rejected() -> None:
    with pytest.raises(TypeError):
        RunCreateStateless.from_dict({"metadata": ["not", "an", "object"]})


# --------------------------------------------------------------------------------------------
# Discriminated unions
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ({"type": "result", "values": {"answer": 42}, "messages": []}, RunResult),
        ({"type": "interrupt", "interrupt": {"approve": {"question": "ok?"}}}, RunInterrupt),
        ({"type": "error", "run_id": RUN_ID, "errcode": 500, "description": "boom"}, RunError),
    ],
)
def test_run_output_dispatches_on_type(output: dict[str, Any], expected: type) -> None:
    raw = {"run": _run(status="interrupted"), "output": output}
    parsed = RunWaitResponseStateless.from_dict(raw)
    assert type(parsed.output) is expected
    assert parsed.to_dict() == raw


def test_run_output_interrupt_payload_and_error_fields() -> None:
    interrupt = RunWaitResponseStateless.from_dict({"output": {"type": "interrupt", "interrupt": "why?"}})
    assert isinstance(interrupt.output, RunInterrupt)
    assert interrupt.output.interrupt == "why?"
    error = RunWaitResponseStateless.from_dict(
        {"output": {"type": "error", "run_id": RUN_ID, "errcode": 7, "description": "bad"}}
    )
    assert isinstance(error.output, RunError)
    assert (str(error.output.run_id), error.output.errcode, error.output.description) == (RUN_ID, 7, "bad")


STREAM_DATA = [
    ({"type": "values", "run_id": RUN_ID, "status": "pending", "values": {"n": 1}}, ValueRunResultUpdate),
    ({"type": "custom", "run_id": RUN_ID, "status": "pending", "update": {"token": "he"}}, CustomRunResultUpdate),
    (
        {"type": "interrupt", "run_id": RUN_ID, "status": "interrupted", "interrupt": {"q": "?"}},
        ValueRunInterruptUpdate,
    ),
    (
        {"type": "error", "run_id": RUN_ID, "status": "error", "errcode": 1, "description": "x"},
        ValueRunErrorUpdate,
    ),
]


@pytest.mark.parametrize(("payload", "expected"), STREAM_DATA)
def test_stream_event_data_dispatches_on_type(payload: dict[str, Any], expected: type) -> None:
    raw = {"id": "1", "event": "agent_event", "data": payload}
    event = RunOutputStream.from_dict(raw)
    assert type(event.data) is expected
    assert event.to_dict() == raw


def test_unknown_tag_in_a_union_without_catch_all_raises_value_error() -> None:
    raw = {"id": "1", "event": "agent_event", "data": {"type": "progress", "run_id": RUN_ID}}
    with pytest.raises(ValueError, match="progress"):
        RunOutputStream.from_dict(raw)
    with pytest.raises(ValueError, match="warning"):
        RunWaitResponseStateless.from_dict({"output": {"type": "warning"}})


def test_message_content_blocks_dispatch_with_a_catch_all_for_other_tags() -> None:
    raw = {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "Hello", "metadata": {"lang": "en"}},
            {"type": "tool_use", "id": "call-1", "name": "search", "input": {"q": "acp"}},
            {"type": "image", "url": "https://example.com/x.png"},
        ],
    }
    message = Message.from_dict(raw)
    assert isinstance(message.content, list)
    text, tool_use, image = message.content
    assert type(text) is MessageTextBlock
    assert text.text == "Hello"
    assert type(tool_use) is MessageAnyBlock
    assert tool_use.type_ == "tool_use"
    assert tool_use.additional_properties == {"id": "call-1", "name": "search", "input": {"q": "acp"}}
    assert type(image) is MessageAnyBlock
    assert image["url"] == "https://example.com/x.png"
    assert message.to_dict() == raw


def test_message_content_may_be_plain_text() -> None:
    raw = {"role": "user", "content": "hi"}
    message = Message.from_dict(raw)
    assert message.content == "hi"
    assert message.to_dict() == raw


def test_error_response_detail_string_or_validation_errors() -> None:
    assert ErrorResponse.from_dict({"detail": "Run with ID x not found"}).detail == "Run with ID x not found"
    raw = {"detail": [{"loc": ["body", "input", 0], "msg": "bad", "type": "value_error", "ctx": {"a": 1}}]}
    parsed = ErrorResponse.from_dict(raw)
    assert isinstance(parsed.detail, list)
    (item,) = parsed.detail
    assert isinstance(item, ValidationErrorItem)
    assert item.loc == ["body", "input", 0]
    assert item.additional_properties == {"ctx": {"a": 1}}
    assert parsed.to_dict() == raw


# --------------------------------------------------------------------------------------------
# Scalar payloads (ACP 0.2.3) and timestamps
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["hello", 42, 3.5, True, [1, "a"], {"messages": [{"role": "user"}]}, 0, ""])
def test_scalar_and_structured_input_round_trips(value: Any) -> None:
    raw = {"agent_id": "agent", "input": value, "config": {"configurable": value}}
    parsed = RunCreateStateless.from_dict(raw)
    assert parsed.input_ == value
    assert type(parsed.input_) is type(value)
    assert parsed.to_dict() == raw


@pytest.mark.parametrize("value", ["done", 1, 2.5, False, ["a", 1]])
def test_scalar_output_values_round_trip(value: Any) -> None:
    raw = {"output": {"type": "result", "values": value}}
    parsed = RunWaitResponseStateless.from_dict(raw)
    assert isinstance(parsed.output, RunResult)
    assert parsed.output.values == value
    assert parsed.to_dict() == raw


def test_timestamp_without_offset_parses_into_a_naive_datetime() -> None:
    run = RunStateless.from_dict(_run(created_at="2026-11-23T13:04:40.803935", updated_at="2026-11-23T13:04:40"))
    assert run.created_at == datetime.datetime(2026, 11, 23, 13, 4, 40, 803935)
    assert run.created_at.tzinfo is None
    assert run.updated_at.tzinfo is None
    assert run.to_dict()["created_at"] == "2026-11-23T13:04:40.803935"


def test_timestamp_with_offset_parses_into_an_aware_datetime() -> None:
    run = RunStateless.from_dict(_run(created_at="2026-11-23T13:04:40Z"))
    assert run.created_at.utcoffset() == datetime.timedelta(0)
    assert run.created_at == datetime.datetime(2026, 11, 23, 13, 4, 40, tzinfo=datetime.UTC)


# --------------------------------------------------------------------------------------------
# types.parse_uuid: a fast path for canonical UUIDs that must behave exactly like UUID()
# --------------------------------------------------------------------------------------------


def _outcome(parse: Any, value: str) -> tuple[str, str]:
    try:
        parsed = parse(value)
    except (ValueError, TypeError, AttributeError) as exc:
        return ("error", type(exc).__name__)
    assert isinstance(parsed, uuid.UUID)
    assert parsed == uuid.UUID(int=parsed.int)
    assert hash(parsed) == hash(uuid.UUID(int=parsed.int))
    return ("ok", str(parsed))


@settings(max_examples=300, deadline=None)
@given(
    value=st.uuids().map(str)
    | st.uuids().map(lambda u: str(u).upper())
    | st.uuids().map(lambda u: u.hex)
    | st.text(alphabet="0123456789abcdefABCDEFgxz-{}_ :+\u0663", min_size=28, max_size=40)
)
def test_parse_uuid_agrees_with_uuid(value: str) -> None:
    assert _outcome(parse_uuid, value) == _outcome(uuid.UUID, value)


def test_parse_uuid_result_behaves_like_a_uuid() -> None:
    parsed = parse_uuid(RUN_ID)
    assert parsed == uuid.UUID(RUN_ID)
    assert str(parsed) == RUN_ID
    assert parsed.version == 4
    assert copy.deepcopy(parsed) == parsed
    assert {parsed: 1}[uuid.UUID(RUN_ID)] == 1
    with pytest.raises(TypeError):
        parsed.int = 0  # type: ignore[misc]
