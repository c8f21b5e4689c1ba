"""The generator pipeline: scripts/generate.py (drift gate, determinism, lock) and scripts/normalize.py,
and the shape of what it produced from specs/acp.yaml."""

from __future__ import annotations

import copy
import importlib.util
import inspect
import pkgutil
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import agentplug_acp_client.api
import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_TEXT = (REPO_ROOT / "specs" / "acp.yaml").read_text()
SPEC: dict[str, Any] = yaml.safe_load(SPEC_TEXT)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Left in generated/ by installs, type checkers and interpreters; not generator output.
BY_PRODUCTS = ("__pycache__", ".mypy_cache", ".ruff_cache", "build", "*.egg-info", "*.pyc")


def _is_by_product(relative: Path) -> bool:
    return any(part in BY_PRODUCTS or part.endswith((".egg-info", ".pyc")) for part in relative.parts)


def copy_project(destination: Path) -> Path:
    """What the generator reads and writes, with the same relative layout: specs/, scripts/,
    generated/ and the overlay's shared modules (copied into every generated package)."""
    for name in ("specs", "scripts", "generated"):
        shutil.copytree(REPO_ROOT / name, destination / name, ignore=shutil.ignore_patterns(*BY_PRODUCTS))
    core = Path("overlay", "src", "agentplug", "_core")
    (destination / core).mkdir(parents=True)
    shutil.copyfile(REPO_ROOT / core / "_sse_decoder.py", destination / core / "_sse_decoder.py")
    return destination


def run_generator(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "generate.py"), *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file of a tree (by-products excepted): relative path -> bytes."""
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and not _is_by_product(path.relative_to(directory))
    }


def edit_spec(root: Path, old: str, new: str) -> None:
    spec_file = root / "specs" / "acp.yaml"
    text = spec_file.read_text()
    assert text.count(old) == 1, f"expected exactly one {old!r} in specs/acp.yaml"
    spec_file.write_text(text.replace(old, new))


# --------------------------------------------------------------------------------------------
# Drift gate and determinism
# --------------------------------------------------------------------------------------------


# The pipeline's behaviour is the same for every spec: these tests drive it on ACP's, the smallest
# (`make check-generated` checks every spec).


def test_check_passes_on_the_committed_tree() -> None:
    result = run_generator(REPO_ROOT, "--check", "acp")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "specs/acp.yaml: generated/acp is up to date" in result.stdout


def test_generation_is_deterministic_and_does_not_bump_an_unchanged_lock(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    committed = snapshot(REPO_ROOT / "generated" / "acp")
    committed_lock = (REPO_ROOT / "specs" / "lock.json").read_bytes()
    assert "agentplug_acp_client/client.py" in committed

    first = run_generator(root, "acp")
    assert first.returncode == 0, first.stdout + first.stderr
    first_tree = snapshot(root / "generated" / "acp")
    assert sorted(first_tree) == sorted(committed)
    assert [name for name in committed if first_tree[name] != committed[name]] == []
    assert (root / "specs" / "lock.json").read_bytes() == committed_lock

    second = run_generator(root, "acp")
    assert second.returncode == 0, second.stdout + second.stderr
    second_tree = snapshot(root / "generated" / "acp")
    assert sorted(second_tree) == sorted(first_tree)
    assert [name for name in first_tree if second_tree[name] != first_tree[name]] == []
    assert (root / "specs" / "lock.json").read_bytes() == committed_lock


def test_check_fails_naming_the_spec_when_a_description_changed(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    edit_spec(
        root,
        "          description: Human-readable error description.\n",
        "          description: Human-readable description of the error.\n",
    )
    lock_before = (root / "specs" / "lock.json").read_bytes()
    generated_before = snapshot(root / "generated")

    result = run_generator(root, "--check", "acp")

    assert result.returncode == 1
    assert "specs/acp.yaml" in result.stderr
    assert "specs/lock.json entry is stale" in result.stderr
    assert "agentplug_acp_client/models/run_error.py (differs)" in result.stderr
    # --check writes nothing
    assert (root / "specs" / "lock.json").read_bytes() == lock_before
    assert snapshot(root / "generated") == generated_before


def test_components_sharing_a_title_generate_the_same_client(tmp_path: Path) -> None:
    # The published ACP document titles ThreadCreate "Thread" (and more such pairs): without the
    # normalizer the generator drops one model and every endpoint using it. With it, titles do
    # not matter: only the lock (spec hash) and the version it stamps may change.
    root = copy_project(tmp_path)
    edit_spec(root, "    ThreadCreate:\n", "    ThreadCreate:\n      title: Thread\n")
    edit_spec(root, "    RunCreateStateful:\n", "    RunCreateStateful:\n      title: RunCreateStateless\n")

    result = run_generator(root, "--check", "acp")

    assert result.returncode == 1
    reported = {line.strip() for line in result.stderr.splitlines() if line.startswith("  ")}
    assert reported == {"specs/lock.json entry is stale", "README.md (differs)", "pyproject.toml (differs)"}


# --------------------------------------------------------------------------------------------
# What was generated: one module per operation
# --------------------------------------------------------------------------------------------


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for item in SPEC["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                found.append((operation["tags"][0], operation["operationId"], operation))
    return found


def _content_types(operation: dict[str, Any]) -> set[str]:
    types: set[str] = set()
    for response in operation["responses"].values():
        if "$ref" in response:
            response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
        types.update(response.get("content", {}))
    return types


def _snake(tag: str) -> str:
    return re.sub(r"\W+", "_", tag).strip("_").lower()


OPERATIONS = _operations()
STREAMING = sorted(op_id for _, op_id, op in OPERATIONS if "text/event-stream" in _content_types(op))


def test_the_spec_has_30_uniquely_named_operations() -> None:
    assert len(OPERATIONS) == 30
    assert len({op_id for _, op_id, _ in OPERATIONS}) == 30
    assert STREAMING == [
        "create_and_stream_stateless_run_output",
        "create_and_stream_thread_run_output",
        "stream_stateless_run_output",
        "stream_thread_run_output",
    ]


def test_exactly_one_module_per_operation_under_api() -> None:
    modules = {
        name.removeprefix("agentplug_acp_client.api.")
        for _, name, is_package in pkgutil.walk_packages(
            agentplug_acp_client.api.__path__, prefix="agentplug_acp_client.api."
        )
        if not is_package
    }
    assert len(modules) == 30
    assert modules == {f"{_snake(tag)}.{op_id}" for tag, op_id, _ in OPERATIONS}


@pytest.mark.parametrize(("tag", "operation_id", "operation"), OPERATIONS, ids=[op for _, op, _ in OPERATIONS])
def test_operation_module_exposes_its_functions(tag: str, operation_id: str, operation: dict[str, Any]) -> None:
    module: ModuleType = importlib.import_module(f"agentplug_acp_client.api.{_snake(tag)}.{operation_id}")
    content_types = _content_types(operation)

    assert inspect.isfunction(module.sync_detailed)
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    # `sync` / `asyncio` return the parsed body: they exist when some response has a JSON body
    # (every ACP operation has one: the ErrorResponse of its 4xx answers, even those answering 204)
    has_json = "application/json" in content_types
    assert hasattr(module, "sync") == has_json
    assert hasattr(module, "asyncio") == has_json
    if has_json:
        assert inspect.iscoroutinefunction(module.asyncio)
    streams = "text/event-stream" in content_types
    assert hasattr(module, "stream") == streams
    assert hasattr(module, "astream") == streams
    if streams:
        assert inspect.isgeneratorfunction(module.stream)
        assert inspect.isasyncgenfunction(module.astream)
    # the path parameters are the positional arguments, the client is keyword-only
    parameters = inspect.signature(module.sync_detailed).parameters
    assert parameters["client"].kind is inspect.Parameter.KEYWORD_ONLY
    assert ("body" in parameters) == ("requestBody" in operation)


def test_operations_answering_204_still_parse_their_error_bodies() -> None:
    no_content = sorted((tag, op_id) for tag, op_id, op in OPERATIONS if "204" in op["responses"])
    assert sorted(op_id for _, op_id in no_content) == [
        "cancel_stateless_run",
        "cancel_thread_run",
        "delete_stateless_run",
        "delete_thread",
        "delete_thread_run",
    ]
    for tag, op_id in no_content:
        module = importlib.import_module(f"agentplug_acp_client.api.{_snake(tag)}.{op_id}")
        assert "ErrorResponse" in str(inspect.signature(module.sync).return_annotation)


# --------------------------------------------------------------------------------------------
# The normalizer
# --------------------------------------------------------------------------------------------


def _load_normalizer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agentplug_scripts_normalize", REPO_ROOT / "scripts" / "normalize.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_normalizer = _load_normalizer()
normalize: Callable[[dict[str, Any]], dict[str, Any]] = _normalizer.normalize
NormalizationError: type[Exception] = _normalizer.NormalizationError
TAGS = "x-agentplug-tags"


def test_normalize_titles_every_component_with_its_key() -> None:
    spec = copy.deepcopy(SPEC)
    schemas = spec["components"]["schemas"]
    schemas["ThreadCreate"]["title"] = "Thread"
    schemas["RunCreateStateful"]["title"] = "RunCreateStateless"
    schemas["Thread"]["title"] = "Thread"
    original = copy.deepcopy(spec)

    normalized = normalize(spec)

    assert spec == original  # the input is left alone
    titles = {key: schema["title"] for key, schema in normalized["components"]["schemas"].items()}
    assert titles == {key: key for key in schemas}
    assert normalized["paths"] == spec["paths"]  # no endpoint is touched, none dropped


def test_normalize_tags_acp_union_variants() -> None:
    schemas = normalize(SPEC)["components"]["schemas"]
    tags = {key: schema[TAGS] for key, schema in schemas.items() if TAGS in schema}
    assert tags == {
        "RunResult": {"type": ["result"]},
        "RunInterrupt": {"type": ["interrupt"]},
        "RunError": {"type": ["error"]},
        "ValueRunResultUpdate": {"type": ["values"]},
        "CustomRunResultUpdate": {"type": ["custom"]},
        "ValueRunInterruptUpdate": {"type": ["interrupt"]},
        "ValueRunErrorUpdate": {"type": ["error"]},
        "MessageTextBlock": {"type": ["text"]},
    }
    assert TAGS not in schemas["MessageAnyBlock"]  # the catch-all


def _pets() -> dict[str, Any]:
    def ref(name: str) -> str:
        return f"#/components/schemas/{name}"

    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "list_pets",
                    "responses": {
                        "200": {
                            "description": "pets",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "oneOf": [{"$ref": ref("Fish")}, {"$ref": ref("Bird")}],
                                        "discriminator": {
                                            "propertyName": "kind",
                                            "mapping": {"fish": ref("Fish"), "bird": "Bird"},
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Pet": {
                    "title": "Animal",
                    "oneOf": [{"$ref": ref("Cat")}, {"$ref": ref("Dog")}, {"$ref": ref("Other")}],
                    "discriminator": {"propertyName": "kind", "mapping": {"cat": ref("Cat"), "dog": ref("Dog")}},
                },
                "Cat": {
                    "title": "Animal",
                    "type": "object",
                    "properties": {"kind": {"type": "string", "enum": ["cat"]}, "lives": {"type": ["integer"]}},
                    "required": ["kind"],
                },
                "Dog": {"allOf": [{"$ref": ref("DogBase")}, {"type": "object", "properties": {"bark": {}}}]},
                "DogBase": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["dog"]}}},
                "Other": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["x", "y"]}}},
                "Fish": {"type": "object", "properties": {"kind": {"type": "string", "const": "fish"}}},
                "Bird": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["bird"]}}},
            }
        },
    }


def test_normalize_turns_one_value_enum_tags_into_const_and_tags_variants() -> None:
    schemas = normalize(_pets())["components"]["schemas"]
    assert {key: schema["title"] for key, schema in schemas.items()} == {key: key for key in schemas}
    assert schemas["Cat"][TAGS] == {"kind": ["cat"]}
    assert schemas["Cat"]["properties"]["kind"] == {"type": "string", "const": "cat"}
    assert schemas["Cat"]["properties"]["lives"] == {"type": ["integer"]}
    # the tag property of an allOf variant lives in its base schema
    assert schemas["Dog"][TAGS] == {"kind": ["dog"]}
    assert schemas["DogBase"]["properties"]["kind"] == {"type": "string", "const": "dog"}
    # outside the mapping: no tag, and a several-value enum stays an enum
    assert TAGS not in schemas["Other"]
    assert schemas["Other"]["properties"]["kind"] == {"type": "string", "enum": ["x", "y"]}
    assert TAGS not in schemas["Pet"]


def test_normalize_finds_discriminators_outside_components() -> None:
    schemas = normalize(_pets())["components"]["schemas"]
    assert schemas["Fish"][TAGS] == {"kind": ["fish"]}
    assert schemas["Fish"]["properties"]["kind"] == {"type": "string", "const": "fish"}
    # a mapping value may be a bare schema name
    assert schemas["Bird"][TAGS] == {"kind": ["bird"]}
    assert schemas["Bird"]["properties"]["kind"] == {"type": "string", "const": "bird"}


def test_normalize_keeps_every_value_that_maps_to_a_variant() -> None:
    spec = _pets()
    spec["components"]["schemas"]["Pet"]["discriminator"]["mapping"]["kitty"] = "#/components/schemas/Cat"
    schemas = normalize(spec)["components"]["schemas"]
    assert schemas["Cat"][TAGS] == {"kind": ["cat", "kitty"]}
    # two values for one variant: the tag cannot become a single const
    assert schemas["Cat"]["properties"]["kind"] == {"type": "string", "enum": ["cat"]}


def test_normalize_rejects_a_variant_shared_by_unions_on_different_properties() -> None:
    spec = _pets()
    spec["components"]["schemas"]["Pair"] = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Other"}],
        "discriminator": {"propertyName": "species", "mapping": {"c": "#/components/schemas/Cat"}},
    }
    with pytest.raises(NormalizationError, match=r"'Cat'.*kind, species"):
        normalize(spec)


def test_normalize_is_idempotent() -> None:
    once = normalize(SPEC)
    assert normalize(once) == once
    pets = normalize(_pets())
    assert normalize(pets) == pets
