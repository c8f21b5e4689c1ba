"""agentplug.acp codegen: malformed descriptors, a missing generator, naming rules."""

from __future__ import annotations

import copy
import sys
from typing import Any

import pytest
from agentplug.acp._codegen import InvalidDescriptorError, codegen
from agentplug.acp._codegen.naming import agent_class_prefix, interrupt_class_stem
from agentplug.errors import ConfigurationError


def descriptor(**specs: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "metadata": {"ref": {"name": "demo", "version": "1"}, "description": "d"},
        "specs": {"capabilities": {}, "input": {"type": "string"}, "output": {"type": "string"}, "config": {}},
    }
    base["specs"].update(specs)
    return base


def without(path: tuple[str, ...]) -> dict[str, Any]:
    data = descriptor()
    node = data
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return data


@pytest.mark.parametrize(
    ("bad", "path", "problem"),
    [
        ("not a descriptor", "descriptor", "got a string"),
        (42, "descriptor", "got a number"),
        ({"metadata": {"ref": {"name": "x"}}}, "specs", "expected an object, got null"),
        ({"metadata": {"ref": {"name": "x"}}, "specs": []}, "specs", "expected an object, got an array"),
        (without(("metadata",)), "metadata.ref.name", "missing"),
        ({**descriptor(), "metadata": {"ref": {"name": "  "}}}, "metadata.ref.name", "non-empty string"),
        (without(("specs", "input")), "specs.input", "missing"),
        (without(("specs", "output")), "specs.output", "missing"),
        (descriptor(input="string"), "specs.input", "expected a JSON Schema object, got a string"),
        (descriptor(output=False), "specs.output", "got a boolean"),
        (descriptor(config=[1]), "specs.config", "got an array"),
        (descriptor(interrupts={"a": 1}), "specs.interrupts", "expected an array"),
        (descriptor(interrupts=["x"]), "specs.interrupts[0]", "expected an object"),
        (
            descriptor(interrupts=[{"interrupt_payload": {}, "resume_payload": {}}]),
            "specs.interrupts[0].interrupt_type",
            "missing",
        ),
        (
            descriptor(interrupts=[{"interrupt_type": "a", "interrupt_payload": {}}]),
            "specs.interrupts[0].resume_payload",
            "missing",
        ),
        (
            descriptor(
                interrupts=[
                    {"interrupt_type": "a", "interrupt_payload": {}, "resume_payload": {}},
                    {"interrupt_type": "a", "interrupt_payload": {}, "resume_payload": {}},
                ]
            ),
            "specs.interrupts[1].interrupt_type",
            "declared twice",
        ),
        (
            descriptor(interrupts=[{"interrupt_type": "a", "interrupt_payload": 3, "resume_payload": {}}]),
            "specs.interrupts[0].interrupt_payload",
            "got a number",
        ),
        (
            descriptor(input={"$ref": "https://example.com/schema.json"}),
            "specs.input.$ref",
            "leaves the descriptor",
        ),
        (descriptor(input={"$ref": "other.json#/x"}), "specs.input.$ref", "only local refs"),
        (descriptor(input={"$ref": "#/$defs/Missing"}), "specs.input.$ref", "points to no schema"),
        (descriptor(input={"$ref": "#anchor"}), "specs.input.$ref", "not a JSON pointer"),
        (descriptor(input={"$ref": 7}), "specs.input.$ref", "expected a string"),
        (descriptor(input={"properties": []}), "specs.input.properties", "expected an object of schemas"),
        (descriptor(input={"anyOf": {"type": "string"}}), "specs.input.anyOf", "expected an array of schemas"),
        (descriptor(input={"not": "string"}), "specs.input.not", "expected a JSON Schema"),
        (descriptor(input={"$defs": [1]}), "specs.input.$defs", "expected an object of schemas"),
        (
            descriptor(output={"type": "object", "properties": {"a": {"$ref": "#/definitions/Gone"}}}),
            "specs.output.properties.a.$ref",
            "points to no schema",
        ),
    ],
)
def test_malformed_descriptor_is_a_typed_error_naming_the_field(bad: Any, path: str, problem: str) -> None:
    with pytest.raises(InvalidDescriptorError, match="invalid ACP descriptor") as caught:
        codegen(bad)
    assert caught.value.path == path
    assert problem in str(caught.value)
    assert isinstance(caught.value, ConfigurationError)


def test_a_schema_the_generator_cannot_handle_is_a_typed_error() -> None:
    with pytest.raises(InvalidDescriptorError, match="cannot generate models") as caught:
        codegen(descriptor(output={"type": "object", "required": "a", "properties": {"a": {}}}))
    assert caught.value.path == "specs.output"
    assert "$defs" not in str(caught.value)


def test_generator_errors_are_cut_short() -> None:
    bad: dict[str, Any] = {"type": 5}
    for _ in range(60):
        bad = {"type": "array", "items": bad}
    with pytest.raises(InvalidDescriptorError, match="cannot generate models") as caught:
        codegen(descriptor(input=bad))
    assert len(str(caught.value)) < 1000


def test_deeply_nested_schema_is_a_typed_error() -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(5000):
        schema = {"type": "array", "items": schema}
    with pytest.raises(InvalidDescriptorError, match="nested more than 100 levels") as caught:
        codegen(descriptor(input=schema))
    assert caught.value.path.startswith("specs.input.items.items.items")
    assert len(str(caught.value)) < 2000


def test_name_replaces_a_missing_agent_name() -> None:
    data = without(("metadata",))
    assert "class CustomInput" in codegen(
        {**data, "specs": {**data["specs"], "input": {"type": "object", "properties": {"a": {"type": "string"}}}}},
        name="custom",
    )


def test_unknown_model_type() -> None:
    with pytest.raises(ConfigurationError, match="model_type must be one of 'pydantic', 'typeddict'"):
        codegen(descriptor(), model_type="dataclass")


def test_missing_generator_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datamodel_code_generator", None)  # makes the import fail
    with pytest.raises(ConfigurationError, match=r"pip install 'agentplug\[codegen\]'"):
        codegen(descriptor())


def test_importing_agentplug_acp_codegen_does_not_import_the_generator() -> None:
    import subprocess

    code = (
        "import sys, agentplug.acp._codegen as c; "
        "print('datamodel_code_generator' in sys.modules, 'pydantic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_descriptor_is_not_modified_even_when_rejected() -> None:
    bad = descriptor(input={"$defs": {"A": {"type": "string"}}, "$ref": "#/$defs/B"})
    snapshot = copy.deepcopy(bad)
    with pytest.raises(InvalidDescriptorError):
        codegen(bad)
    assert bad == snapshot


@pytest.mark.parametrize(
    ("agent_name", "prefix"),
    [
        ("org.agntcy.echo_agent", "EchoAgent"),
        ("agentplug.sandbox.echo", "Echo"),
        ("mail-composer", "MailComposer"),
        ("EchoAgent", "EchoAgent"),
        ("v2.3agent", "_3agent"),
        ("...", "Agent"),
        ("None", "AgentNone"),
    ],
)
def test_agent_class_prefix(agent_name: str, prefix: str) -> None:
    assert agent_class_prefix(agent_name) == prefix


@pytest.mark.parametrize(
    ("interrupt_type", "stem"),
    [("echo_interrupt", "Echo"), ("approve-draft", "ApproveDraft"), ("interrupt", "Interrupt"), ("2fa", "2fa")],
)
def test_interrupt_class_stem(interrupt_type: str, stem: str) -> None:
    assert interrupt_class_stem(interrupt_type) == stem
