"""agentplug.acp codegen: typed models from ACP descriptors, compiled, imported and exercised."""

from __future__ import annotations

import importlib.util
import itertools
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest
from agentplug.acp._codegen import codegen
from agentplug.sandbox.acp import ECHO_AGENT
from agentplug_acp_client.models import AgentACPDescriptor

# The vendor's LangGraph echo agent, in the shape pydantic writes its JSON Schemas: titles,
# $defs with an enum, $refs between them.
_MSG_DEFS = {
    "Message": {
        "title": "Message",
        "type": "object",
        "properties": {
            "type": {"$ref": "#/$defs/MsgType"},
            "content": {"title": "Content", "type": "string", "description": "The text of the message."},
        },
        "required": ["type", "content"],
    },
    "MsgType": {"title": "MsgType", "type": "string", "enum": ["human", "assistant", "ai"]},
}
_STATE = {
    "title": "AgentState",
    "type": "object",
    "properties": {"messages": {"title": "Messages", "type": "array", "items": {"$ref": "#/$defs/Message"}}},
    "$defs": _MSG_DEFS,
}
VENDOR_ECHO: dict[str, Any] = {
    "metadata": {"ref": {"name": "org.agntcy.echo_agent", "version": "0.0.1"}, "description": "Echo"},
    "specs": {
        "capabilities": {"threads": True, "interrupts": True, "callbacks": False},
        "input": _STATE,
        "output": _STATE,
        "config": {
            "title": "ConfigSchema",
            "type": "object",
            "properties": {
                "to_upper": {"type": "boolean", "default": False},
                "interrupt_count": {"type": "integer", "minimum": 0, "default": 0},
            },
        },
        "thread_state": _STATE,
        "interrupts": [{"interrupt_type": "echo_interrupt", "interrupt_payload": _STATE, "resume_payload": _STATE}],
    },
}

# ACP 0.2.3 scalar payloads: every schema a plain JSON type.
SCALAR: dict[str, Any] = {
    "metadata": {"ref": {"name": "acme.shout", "version": "2.0.0"}, "description": "scalars"},
    "specs": {
        "capabilities": {"interrupts": True},
        "input": {"type": "string", "minLength": 1},
        "output": {"type": "integer"},
        "config": {"type": "boolean"},
        "thread_state": {"type": "array", "items": {"type": "number"}},
        "interrupts": [
            {"interrupt_type": "confirm", "interrupt_payload": {"type": "string"}, "resume_payload": True},
        ],
    },
}

# Harder shapes: recursion, forbidden extras, aliases, two schemas defining different "Item"s,
# "definitions" next to "$defs", a ref into the schema body, interrupt names that clash.
COMPOSER: dict[str, Any] = {
    "metadata": {"ref": {"name": "mail-composer", "version": "1.2.3"}, "description": "composes mails"},
    "specs": {
        "capabilities": {"threads": False, "interrupts": True, "streaming": {"values": False, "custom": True}},
        "input": {
            "type": "object",
            "required": ["to", "body"],
            "additionalProperties": False,
            "properties": {
                "to": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                "from": {"type": "string"},
                "reply-to": {"type": "string"},
                "body": {"$ref": "#/definitions/Part"},
                "priority": {"enum": ["low", "high"]},
            },
            "definitions": {
                "Part": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {"text": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#"}}},
                }
            },
        },
        "output": {
            "type": "object",
            "properties": {
                "items": {"type": "array", "items": {"$ref": "#/$defs/Item"}},
                "echo": {"$ref": "#/$defs/Item"},
            },
            "$defs": {"Item": {"type": "object", "required": ["sent"], "properties": {"sent": {"type": "boolean"}}}},
        },
        "config": {
            "type": "object",
            "properties": {"item": {"$ref": "#/$defs/Item"}, "limit": {"type": "integer", "maximum": 10}},
            "$defs": {"Item": {"type": "object", "properties": {"label": {"type": "string"}}}},
        },
        "custom_streaming_update": {"type": "object", "properties": {"progress": {"type": "number"}}},
        "interrupts": [
            {
                "interrupt_type": "approve-draft",
                "interrupt_payload": {"type": "object", "properties": {"draft": {"type": "string"}}},
                "resume_payload": {"type": "object", "properties": {"approved": {"type": "boolean"}}},
            },
            {"interrupt_type": "approve_draft", "interrupt_payload": {"type": "string"}, "resume_payload": {}},
        ],
    },
}

_counter = itertools.count()


@pytest.fixture
def load(tmp_path: Path) -> Iterator[Any]:
    """Write generated source to a file, import it as a fresh module, forget it afterwards."""
    names: list[str] = []

    def _load(source: str) -> ModuleType:
        name = f"generated_models_{next(_counter)}"
        path = tmp_path / f"{name}.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        names.append(name)
        spec.loader.exec_module(module)
        return module

    yield _load
    for name in names:
        sys.modules.pop(name, None)


def validate(model: Any, payload: Any) -> Any:
    return pydantic.TypeAdapter(model).validate_python(payload)


def dump(model: Any, value: Any) -> Any:
    return pydantic.TypeAdapter(model).dump_python(value, mode="json", by_alias=True, exclude_unset=True)


# --- the sandbox echo agent -------------------------------------------------------------------


def test_echo_agent_models_have_role_names_and_validate_payloads(load: Any) -> None:
    models = load(codegen(ECHO_AGENT.to_descriptor()))

    assert models.__all__ == [
        "EchoInput",
        "EchoOutput",
        "EchoConfig",
        "EchoThreadState",
        "EchoCustomUpdate",
        "EchoEchoInterrupt",
        "EchoEchoResume",
    ]
    interrupt_models = {"echo_interrupt": (models.EchoEchoInterrupt, models.EchoEchoResume)}
    assert interrupt_models == models.INTERRUPT_MODELS

    chat = {"messages": [{"type": "human", "content": "hi"}]}
    parsed = validate(models.EchoInput, chat)
    assert parsed.messages[0].content == "hi"
    assert dump(models.EchoInput, parsed) == chat
    # The echo agent accepts scalars too (ACP 0.2.3): its input is a union with them.
    assert validate(models.EchoInput, "hello") == "hello"
    assert validate(models.EchoOutput, 42) == 42

    config = models.EchoConfig.model_validate({"to_upper": True, "interrupt_count": 2})
    assert (config.to_upper, config.interrupt_count) == (True, 2)
    with pytest.raises(pydantic.ValidationError, match="interrupt_count"):
        models.EchoConfig.model_validate({"interrupt_count": -1})  # minimum 0 in the descriptor
    with pytest.raises(pydantic.ValidationError, match="messages"):
        models.EchoEchoResume.model_validate({"answer": "no messages"})
    update = models.EchoCustomUpdate.model_validate({"step": "echo", "echo": ["anything"]})
    assert update.echo == ["anything"]


def test_generated_attrs_descriptor_gives_the_same_source_as_its_dict() -> None:
    as_dict = ECHO_AGENT.to_descriptor()
    model = AgentACPDescriptor.from_dict(as_dict)
    assert codegen(model) == codegen(as_dict)


def test_output_is_deterministic_and_does_not_touch_the_descriptor() -> None:
    descriptor = ECHO_AGENT.to_descriptor()
    before = repr(descriptor)
    first = codegen(descriptor)
    assert codegen(descriptor) == first
    assert repr(descriptor) == before
    assert "timestamp" not in first
    assert first.startswith("# Typed models of the ACP agent agentplug.sandbox.echo 1.0.0")


# --- a pydantic-style descriptor ($defs, enums) -------------------------------------------------


def test_vendor_echo_descriptor_hoists_defs_and_keeps_enums_as_literals(load: Any) -> None:
    models = load(codegen(VENDOR_ECHO))

    assert models.__all__ == [
        "EchoAgentInput",
        "EchoAgentOutput",
        "EchoAgentConfig",
        "EchoAgentThreadState",
        "EchoAgentEchoInterrupt",
        "EchoAgentEchoResume",
    ]
    state = models.EchoAgentInput.model_validate({"messages": [{"type": "human", "content": "hi"}]})
    assert state.messages[0].type == "human"
    with pytest.raises(pydantic.ValidationError, match="type"):
        models.EchoAgentInput.model_validate({"messages": [{"type": "robot", "content": "hi"}]})
    # The shared Message definition is generated once.
    assert models.Message.__name__ == "Message"
    assert models.EchoAgentConfig().interrupt_count == 0
    assert "The text of the message." in (models.Message.model_fields["content"].description or "")


def test_name_overrides_the_prefix(load: Any) -> None:
    models = load(codegen(VENDOR_ECHO, name="my_echo"))
    assert models.__all__[:2] == ["MyEchoInput", "MyEchoOutput"]


# --- scalar schemas (ACP 0.2.3) -----------------------------------------------------------------


def test_scalar_schemas_become_type_aliases(load: Any) -> None:
    source = codegen(SCALAR)
    models = load(source)

    assert models.__all__ == [
        "ShoutInput",
        "ShoutOutput",
        "ShoutConfig",
        "ShoutThreadState",
        "ShoutConfirmInterrupt",
        "ShoutConfirmResume",
    ]
    assert validate(models.ShoutInput, "hey") == "hey"
    with pytest.raises(pydantic.ValidationError):
        validate(models.ShoutInput, "")  # minLength 1
    with pytest.raises(pydantic.ValidationError):
        validate(models.ShoutOutput, "not a number")
    assert validate(models.ShoutThreadState, [1, 2.5]) == [1, 2.5]
    assert validate(models.ShoutConfirmResume, {"any": "thing"}) == {"any": "thing"}  # schema `true`
    assert "class ShoutInput" not in source  # an alias, not a wrapper class


def test_scalar_schemas_as_typeddict_are_plain_aliases(load: Any) -> None:
    models = load(codegen(SCALAR, model_type="typeddict"))
    assert models.ShoutInput is str
    assert models.ShoutOutput is int
    assert models.ShoutThreadState == list[float]


# --- harder shapes ------------------------------------------------------------------------------


def test_composer_descriptor(load: Any) -> None:
    models = load(codegen(COMPOSER))

    assert models.__all__ == [
        "MailComposerInput",
        "MailComposerOutput",
        "MailComposerConfig",
        "MailComposerCustomUpdate",
        "MailComposerApproveDraftInterrupt",
        "MailComposerApproveDraftResume",
        "MailComposerApproveDraft2Interrupt",
        "MailComposerApproveDraft2Resume",
    ]
    assert set(models.INTERRUPT_MODELS) == {"approve-draft", "approve_draft"}

    payload = {
        "to": ["a@example.com"],
        "from": "b@example.com",
        "reply-to": "c@example.com",
        "body": {"text": "hi", "children": [{"to": ["d@example.com"], "body": {"text": "nested"}}]},
        "priority": "high",
    }
    mail = models.MailComposerInput.model_validate(payload)
    assert mail.from_ == "b@example.com"
    assert mail.body.children[0].body.text == "nested"  # "#" refers to the input schema itself
    assert mail.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload
    with pytest.raises(pydantic.ValidationError, match="to"):
        models.MailComposerInput.model_validate({**payload, "to": []})  # minItems 1
    with pytest.raises(pydantic.ValidationError, match="extra"):
        models.MailComposerInput.model_validate({**payload, "cc": "x"})  # additionalProperties: false

    # Output and config each had their own "Item": both survive, under different names.
    output = models.MailComposerOutput.model_validate({"items": [{"sent": True}], "unknown": 1})
    assert output.items[0].sent is True
    assert output.model_dump()["unknown"] == 1  # unknown fields are kept
    config = models.MailComposerConfig.model_validate({"item": {"label": "x"}})
    assert config.item.label == "x"
    assert type(config.item) is not type(output.items[0])
    with pytest.raises(pydantic.ValidationError):
        models.MailComposerConfig.model_validate({"limit": 11})


def test_composer_as_typeddict_keeps_wire_names(load: Any) -> None:
    models = load(codegen(COMPOSER, model_type="typeddict"))
    hints = typing.get_type_hints(models.MailComposerInput)
    assert {"to", "from", "reply-to", "body", "priority"} == set(hints)
    assert models.MailComposerInput.__required_keys__ == frozenset({"to", "body"})


# --- the generated code passes mypy --strict ----------------------------------------------------


def test_generated_modules_pass_mypy_strict(tmp_path: Path) -> None:
    mypy_api = pytest.importorskip("mypy.api")
    files = []
    for index, (descriptor, model_type) in enumerate(
        itertools.product([ECHO_AGENT.to_descriptor(), VENDOR_ECHO, SCALAR, COMPOSER], ["pydantic", "typeddict"])
    ):
        path = tmp_path / f"models_{index}.py"
        path.write_text(codegen(descriptor, model_type=model_type), encoding="utf-8")
        files.append(str(path))
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-incremental", "--python-version", "3.10", "--cache-dir", str(tmp_path / ".mypy"), *files]
    )
    assert status == 0, stdout + stderr
