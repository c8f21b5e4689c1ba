"""The sandboxes' JSON Schema checking: jsonschema with discriminators, neutral problems, the shipped specs."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
from agentplug.sandbox._schema_check import Problem, problems
from agentplug.sandbox._spec import spec_schemas

from .oracle import SPECS

_DOG = {"type": "object", "properties": {"kind": {"const": "dog"}, "barks": {"type": "boolean"}}, "required": ["barks"]}
_ANY = {"type": "object", "properties": {"kind": {"type": "string"}}}
PETS: dict[str, Any] = {
    "$defs": {"Dog": _DOG, "Any": _ANY},
    "anyOf": [{"$ref": "#/$defs/Dog"}, {"$ref": "#/$defs/Any"}],
    "discriminator": {"propertyName": "kind", "mapping": {"dog": "#/$defs/Dog"}},
}


def test_a_discriminator_holds_a_tagged_value_to_its_branch() -> None:
    # Without the discriminator the catch-all branch would accept a dog that does not bark.
    assert list(problems({"kind": "dog"}, PETS)) == [Problem(("barks",), "required")]
    assert list(problems({"kind": "dog", "barks": "yes"}, PETS, ("body",))) == [
        Problem(("body", "barks"), "type", ["boolean"])
    ]
    assert list(problems({"kind": "cat"}, PETS)) == []  # an unmapped tag goes through the union


def test_a_union_with_one_fitting_branch_reports_inside_it() -> None:
    nullable = {"anyOf": [{"type": "object", "properties": {"n": {"type": "integer"}}}, {"type": "null"}]}
    assert list(problems({"n": "x"}, nullable)) == [Problem(("n",), "type", ["integer"])]
    assert list(problems(3, nullable)) == [Problem((), "anyOf")]
    assert list(problems(None, nullable)) == []


def test_problems_are_named_one_by_one_and_a_wrong_type_hides_the_rest() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "string", "enum": ["x"]}, "b": {"type": "string"}},
        "required": ["a", "b", "c"],
        "additionalProperties": False,
    }
    assert list(problems({"a": 5, "d": 1, "e": 2}, schema)) == [
        Problem(("a",), "type", ["string"]),  # not also "must be one of"
        Problem(("b",), "required"),
        Problem(("c",), "required"),
        Problem(("d",), "additionalProperties"),
        Problem(("e",), "additionalProperties"),
    ]


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        ("uuid", "0b7e4b4c-6f0a-4d9e-9a53-7c1f0c7f3a10", "0b7e4b4c"),
        ("date-time", "2025-01-01T00:00:00Z", "2025-01-01T00:00:00"),  # a zone is required
        ("email", "a@b.example", "a b@c"),
        ("uri", "https://example.com/x", "not a uri"),
    ],
)
def test_formats_are_checked(name: str, good: str, bad: str) -> None:
    schema = {"type": "string", "format": name}
    assert list(problems(good, schema)) == []
    assert list(problems(bad, schema)) == [Problem((), "format", name)]


def test_the_shipped_spec_is_the_repository_spec() -> None:
    # The sandbox reads its copy as package data, the way an installed wheel has it.
    shipped = resources.files("agentplug.sandbox").joinpath("_specs", "moderately.yaml").read_bytes()
    assert shipped == (SPECS / "moderately.yaml").read_bytes(), "stale copy: run `make generate`"
    schemas = spec_schemas("moderately")
    assert schemas is spec_schemas("moderately")  # loaded once
    with pytest.raises(KeyError):
        schemas.validator("NoSuchSchema")
    assert list(problems({"teamId": "t"}, schemas.validator("PipelineCreate"), ("body",))) == [
        Problem(("body", "name"), "required")
    ]
