"""One self-contained JSON Schema document holding every schema of a descriptor under ``$defs``.

Each descriptor schema is a document of its own: its ``$ref``s point into itself (``#/$defs/Message``
means *its* ``$defs``). Putting them side by side in one document therefore means hoisting each
schema's ``$defs``/``definitions`` to the top (renamed on a clash) and rewriting its local refs.
Refs that leave the document (URLs, files) are refused: generating models must not fetch anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote, unquote

from .descriptor import InvalidDescriptorError, ModelPlan, PlannedModel

__all__ = ["build_document"]

# Keywords whose value is one subschema, a list of subschemas, or a map of name -> subschema.
_ONE = frozenset({
    "additionalItems", "additionalProperties", "contains", "else", "if", "items", "not",
    "propertyNames", "then", "unevaluatedItems", "unevaluatedProperties",
})  # fmt: skip
_MANY = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_MAP = frozenset({"$defs", "definitions", "dependentSchemas", "patternProperties", "properties"})
_DEFS = ("$defs", "definitions")
# Keywords dropped from embedded schemas: a base URI or dialect would change how refs resolve.
_DROPPED = frozenset({"$id", "$schema", "$anchor", "$dynamicAnchor"})
# Names a hoisted model must not take: they would shadow what the generated module imports.
_RESERVED = frozenset({
    "Annotated", "Any", "BaseModel", "ConfigDict", "Field", "List", "Literal", "NotRequired",
    "Optional", "RootModel", "TypeAlias", "TypeAliasType", "TypedDict", "Union",
})  # fmt: skip

Schema = Any  # a JSON Schema: a mapping or a boolean
MAX_DEPTH = 100  # subschema nesting; real agent schemas stay far below, the generator recurses per level


def build_document(plan: ModelPlan) -> dict[str, Any]:
    """``{"$defs": {...}}`` with the plan's models first (in order), then their hoisted definitions.

    A definition that an earlier schema already brought, identical after ref rewriting (the same
    ``Message`` in input, output and thread state), is shared rather than written again.
    """
    taken = {model.name for model in plan.models} | _RESERVED
    tops: dict[str, Any] = {}
    hoisted: dict[str, Any] = {}
    for model in plan.models:
        keys = _definition_keys(model)
        shared = {key: key[1] for key in keys if key[1] in hoisted}
        while True:
            renames = {**_fresh_names(model, [key for key in keys if key not in shared], taken), **shared}
            rewrite = _ref_rewriter(model, renames)
            bodies = {
                key: _rewrite(model.schema[key[0]][key[1]], rewrite, f"{model.path}.{key[0]}.{key[1]}") for key in keys
            }
            differing = [key for key, target in shared.items() if bodies[key] != hoisted[target]]
            if not differing:
                break
            for key in differing:  # sharing one may have changed what others refer to: try again
                del shared[key]
        taken.update(renames.values())
        body = {key: value for key, value in model.schema.items() if key not in _DEFS}
        tops[model.name] = _rewrite(body, rewrite, model.path)
        hoisted.update((renames[key], bodies[key]) for key in keys if key not in shared)
    return {"$defs": {**tops, **hoisted}}


def _definition_keys(model: PlannedModel) -> list[tuple[str, str]]:
    keys = []
    for section in _DEFS:
        definitions = model.schema.get(section)
        if definitions is None:
            continue
        if not isinstance(definitions, Mapping):
            raise InvalidDescriptorError(f"{model.path}.{section}", "expected an object of schemas")
        keys += [(section, name) for name in definitions]
    return keys


def _fresh_names(model: PlannedModel, keys: list[tuple[str, str]], taken: set[str]) -> dict[tuple[str, str], str]:
    """Unused names for ``keys``: the definition's own name, else prefixed with the model's name."""
    claimed = set(taken)
    names: dict[tuple[str, str], str] = {}
    for key in keys:
        name = key[1]
        candidate, counter = (name if name not in claimed else model.name + name), 2
        while candidate in claimed:
            candidate, counter = f"{model.name}{name}{counter}", counter + 1
        claimed.add(candidate)
        names[key] = candidate
    return names


def _ref_rewriter(model: PlannedModel, renames: Mapping[tuple[str, str], str]) -> Callable[[str, str], str]:
    def rewrite(ref: str, where: str) -> str:
        if not ref.startswith("#"):
            raise InvalidDescriptorError(where, f"$ref {ref!r} leaves the descriptor; only local refs (#/...) are read")
        tokens = _pointer_tokens(ref[1:], where)
        if not isinstance(_resolve(model.schema, tokens), (Mapping, bool)):
            raise InvalidDescriptorError(where, f"$ref {ref!r} points to no schema in {model.path}")
        if len(tokens) >= 2 and (tokens[0], tokens[1]) in renames:
            return _pointer(["$defs", renames[(tokens[0], tokens[1])], *tokens[2:]])
        return _pointer(["$defs", model.name, *tokens])  # a ref into the schema's own body (``#`` included)

    return rewrite


def _rewrite(schema: Schema, rewrite_ref: Callable[[str, str], str], where: str, depth: int = 0) -> Schema:
    """A copy of ``schema`` with refs rewritten, descending only into subschema positions."""
    if depth > MAX_DEPTH:
        raise InvalidDescriptorError(where, f"schemas nested more than {MAX_DEPTH} levels deep are not supported")
    if isinstance(schema, bool):
        return schema
    if not isinstance(schema, Mapping):
        raise InvalidDescriptorError(where, f"expected a JSON Schema (object or boolean), got {type(schema).__name__}")
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DROPPED:
            continue
        path = f"{where}.{key}"
        if key == "$ref":
            if not isinstance(value, str):
                raise InvalidDescriptorError(path, "expected a string")
            result[key] = rewrite_ref(value, path)
        elif key in _ONE and not (key == "items" and isinstance(value, list)):
            result[key] = _rewrite(value, rewrite_ref, path, depth + 1)
        elif key in _MANY or key == "items":
            if not isinstance(value, list):
                raise InvalidDescriptorError(path, "expected an array of schemas")
            result[key] = [
                _rewrite(item, rewrite_ref, f"{path}[{index}]", depth + 1) for index, item in enumerate(value)
            ]
        elif key in _MAP:
            if not isinstance(value, Mapping):
                raise InvalidDescriptorError(path, "expected an object of schemas")
            result[key] = {
                name: _rewrite(item, rewrite_ref, f"{path}.{name}", depth + 1) for name, item in value.items()
            }
        else:
            result[key] = value
    if _is_object_schema(result) and "additionalProperties" not in result:
        # Keep what the schema does not name (the house rule for unknown fields); an explicit
        # ``additionalProperties: false`` still forbids it.
        result["additionalProperties"] = True
    return result


def _is_object_schema(schema: Mapping[str, Any]) -> bool:
    kind = schema.get("type")
    return (kind == "object" or (kind is None and "$ref" not in schema)) and "properties" in schema


def _pointer_tokens(pointer: str, where: str) -> list[str]:
    pointer = unquote(pointer)
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise InvalidDescriptorError(where, f"$ref #{pointer} is not a JSON pointer (anchors are not supported)")
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def _pointer(tokens: list[str]) -> str:
    return "#/" + "/".join(quote(token.replace("~", "~0").replace("/", "~1"), safe="$~") for token in tokens)


def _resolve(schema: Mapping[str, Any], tokens: list[str]) -> object:
    node: object = schema
    for token in tokens:
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node
