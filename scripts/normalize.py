"""In-memory normalization of an OpenAPI document before openapi-python-client sees it.

The spec files stay as written; only the generator's input is rewritten:

- every component schema is titled with its own key: the generator names classes after
  `title`, so two components sharing a title silently drop each other and every endpoint that
  uses them (7 of ACP's 30 in the published document);
- discriminated unions are made visible to our templates (the generator itself ignores
  `discriminator`): each variant named in a mapping is marked `x-agentplug-tags: {property:
  [values]}`, which the union template dispatches on, and a one-value `enum` tag becomes a
  `const` (when a single value maps to the variant);
- `format: uuid` strings are read and written as plain `str` (the format moves to
  `x-agentplug-format`): servers use ids that are not UUIDs, and one such id must not fail a
  whole answer; the text is kept exactly as the server wrote it;
- the `default` of an optional property or parameter moves into its description: the
  generated signatures and models then default to UNSET, so a request carries only what the
  caller set (the server applies its own default; some reject the value the spec documents).
"""

from __future__ import annotations

import copy
import json
from typing import Any

Schema = dict[str, Any]
TAGS = "x-agentplug-tags"
FORMAT = "x-agentplug-format"


class NormalizationError(ValueError):
    """The document uses a construct our templates cannot express faithfully."""


def normalize(spec: Schema) -> Schema:
    spec = copy.deepcopy(spec)
    schemas: dict[str, Schema] = spec.get("components", {}).get("schemas", {})
    for key, schema in schemas.items():
        if isinstance(schema, dict):
            schema["title"] = key
    for schema in _walk(spec):
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict):
            _tag_variants(schemas, discriminator)
        _drop_optional_defaults(schema)
        kind = schema.get("type")
        if schema.get("format") == "uuid" and (kind == "string" or (isinstance(kind, list) and "string" in kind)):
            schema[FORMAT] = schema.pop("format")
    # Only a tag that a single value maps to can be a const (aliases keep their enum).
    for schema in schemas.values():
        for name, values in schema.get(TAGS, {}).items() if isinstance(schema, dict) else ():
            if len(values) == 1:
                _set_const(schemas, schema, name, values[0], seen=set())
    return spec


def _walk(node: Any) -> list[Schema]:
    """Every mapping in the document, depth first (schemas hide in paths, components, items...)."""
    found: list[Schema] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            found.append(current)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def _tag_variants(schemas: dict[str, Schema], discriminator: Schema) -> None:
    name = discriminator.get("propertyName")
    for value, ref in (discriminator.get("mapping") or {}).items():
        key = str(ref).rsplit("/", 1)[-1]
        target = schemas.get(key)
        if isinstance(target, dict) and isinstance(name, str):
            tags = target.setdefault(TAGS, {})
            if set(tags) - {name}:
                # The union template finds a union's discriminator through its variants.
                raise NormalizationError(
                    f"schema {key!r} is a variant of unions discriminated on different properties "
                    f"({', '.join(sorted({*tags, name}))}); give each union its own variant schemas"
                )
            if value not in tags.setdefault(name, []):
                tags[name].append(value)


def _set_const(schemas: dict[str, Schema], schema: Schema, name: str, value: Any, seen: set[int]) -> None:
    if id(schema) in seen:
        return
    seen.add(id(schema))
    prop = schema.get("properties", {}).get(name)
    if isinstance(prop, dict) and "const" not in prop and prop.get("enum") == [value]:
        del prop["enum"]
        prop["const"] = value
    for part in schema.get("allOf", []):
        if isinstance(part, dict):
            ref = part.get("$ref")
            target = schemas.get(str(ref).rsplit("/", 1)[-1]) if ref else part
            if isinstance(target, dict):
                _set_const(schemas, target, name, value, seen)


def _drop_optional_defaults(node: Schema) -> None:
    """Move the defaults of `node`'s optional properties (or of `node`, a parameter) into descriptions."""
    properties = node.get("properties")
    if isinstance(properties, dict) and node.get("type") != "null":
        required = node.get("required")
        required = set(required) if isinstance(required, list) else set()
        for name, prop in properties.items():
            if isinstance(prop, dict) and name not in required:
                _move_default(prop)
    if "in" in node and "name" in node and not node.get("required") and isinstance(node.get("schema"), dict):
        _move_default(node["schema"])


def _move_default(schema: Schema) -> None:
    if "default" not in schema:
        return
    default = schema.pop("default")
    note = f"Server default: `{json.dumps(default)}`."
    schema["description"] = f"{schema['description'].rstrip()} {note}" if schema.get("description") else note
