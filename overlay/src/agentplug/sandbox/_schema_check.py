"""JSON Schema validation of the sandboxes' request bodies (jsonschema), with neutral problem reports.

Validation is jsonschema's (draft 2020-12, `$ref`s through a `referencing` registry) plus the
OpenAPI `discriminator`: a union carrying one validates a tagged object against the branch its
tag names only, so a known block type missing a required setting is not waved through by a
catch-all branch. Each platform words the problems the way its real server does (ACP: FastAPI
items; Moderately: field messages).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from jsonschema.protocols import Validator
from referencing import Registry

__all__ = ["Path", "Problem", "Schema", "is_datetime", "is_uuid", "make_validator", "problems"]

Schema = Mapping[str, Any]
Path = tuple[str | int, ...]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True)
class Problem:
    """One way a value fails its schema.

    Attributes:
        path: where, from the root (property names and array indexes).
        keyword: the failed keyword (`type`, `required`, `format`, `additionalProperties`, ...).
        expected: that keyword's value in the schema (`format`: the format's name).
    """

    path: Path
    keyword: str
    expected: Any = None


def is_uuid(text: str) -> bool:
    """Whether text is a UUID in its canonical hyphenated form (any case)."""
    try:
        parsed = uuid.UUID(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return str(parsed) == text.lower()


def is_datetime(text: str) -> bool:
    """Whether text is an RFC 3339 date-time (a time zone is required)."""
    if "T" not in text.upper() or len(text) < 20:
        return False
    try:
        parsed = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _is_uri(text: str) -> bool:
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return bool(parts.scheme) and parts.scheme.isascii() and parts.scheme[0].isalpha() and " " not in text


# Our own checks: jsonschema's defaults for uri and date-time depend on optional packages.
_FORMAT_CHECKER = FormatChecker(formats=())
for _name, _check in (
    ("uuid", is_uuid),
    ("uri", _is_uri),
    ("email", lambda text: bool(_EMAIL.match(text))),
    ("date-time", is_datetime),
):
    _FORMAT_CHECKER.checks(_name)(lambda value, check=_check: not isinstance(value, str) or check(value))


def _tagged_branch(validator: Validator, instance: Any, schema: Schema) -> str | None:
    """The `$ref` a discriminated union sends this instance to, or None (no tag, or an unmapped one)."""
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, Mapping) or not validator.is_type(instance, "object"):
        return None
    tag = instance.get(discriminator.get("propertyName"))
    if not isinstance(tag, str):
        return None
    mapping = discriminator.get("mapping")
    target = mapping.get(tag) if isinstance(mapping, Mapping) else None
    return target if isinstance(target, str) else None


def _union(keyword: str) -> Any:
    original = Draft202012Validator.VALIDATORS[keyword]

    # `validator` is a Draft202012Validator (the protocol type does not declare `descend`).
    def check(validator: Any, branches: Any, instance: Any, schema: Schema) -> Iterator[ValidationError]:
        target = _tagged_branch(validator, instance, schema)
        if target is None:
            yield from original(validator, branches, instance, schema)
        else:
            yield from validator.descend(instance, {"$ref": target})

    return check


_Validator: Any = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"anyOf": _union("anyOf"), "oneOf": _union("oneOf")}
)


def make_validator(schema: Schema | bool, registry: Registry[Any] | None = None) -> Validator:
    """A validator of `schema` (its `$ref`s looked up in `registry`), with format and discriminator checks."""
    found: Validator
    if registry is None:
        found = _Validator(schema, format_checker=_FORMAT_CHECKER)
    else:
        found = _Validator(schema, registry=registry, format_checker=_FORMAT_CHECKER)
    return found


def problems(value: Any, schema: Schema | Validator, path: Path = ()) -> Iterator[Problem]:
    """Every problem of `value` against `schema` (a schema or a ready validator); none: it is valid."""
    validator = schema if not isinstance(schema, Mapping) else make_validator(schema)
    found: dict[tuple[Path, str], Problem] = {}
    for error in validator.iter_errors(value):
        for problem in _problems_of(error, path):
            # `required` reports every missing name at each of its errors: keep one of each.
            found.setdefault((problem.path, problem.keyword), problem)
    # A value of the wrong type has no other problem worth reading (its enum, length, ...).
    mistyped = {where for where, keyword in found if keyword == "type"}
    for (where, keyword), problem in found.items():
        if keyword == "type" or where not in mistyped:
            yield problem


def _problems_of(error: ValidationError, root: Path) -> Iterator[Problem]:
    path: Path = (*root, *error.absolute_path)
    keyword = error.validator
    expected: Any = error.validator_value
    instance: Any = error.instance
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    if keyword == "required" and isinstance(instance, dict):
        for name in expected:
            if name not in instance:
                yield Problem((*path, name), "required")
    elif keyword in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        yield from (Problem((*path, name), "additionalProperties") for name in _extra_names(instance, schema))
    elif keyword in ("anyOf", "oneOf"):
        if not error.context:
            yield Problem(path, "oneOf")  # several branches match a oneOf
            return
        narrowed = _one_plausible_branch(error.context)
        if narrowed is None:
            yield Problem(path, "anyOf")
        else:
            for inner in narrowed:
                yield from _problems_of(inner, root)
    elif keyword == "type":
        yield Problem(path, "type", [expected] if isinstance(expected, str) else list(expected))
    elif keyword is None or isinstance(keyword, bool):  # a `false` schema
        yield Problem(path, "not")
    else:
        yield Problem(path, str(keyword), expected)


def _extra_names(instance: dict[str, Any], schema: Schema) -> list[str]:
    properties = schema.get("properties", {})
    patterns = [re.compile(pattern) for pattern in schema.get("patternProperties", {})]
    return [
        name for name in instance if name not in properties and not any(pattern.search(name) for pattern in patterns)
    ]


def _one_plausible_branch(errors: Iterable[ValidationError]) -> list[ValidationError] | None:
    """The errors of the only union branch whose shape fits the value (its type and `const` tags), if one.

    `{"anyOf": [{"type": "object", ...}, {"type": "null"}]}` given an object with a bad field is
    reported at that field rather than as "matches no shape".
    """
    by_branch: dict[Any, list[ValidationError]] = {}
    for error in errors:
        by_branch.setdefault(error.relative_schema_path[0], []).append(error)
    plausible = [
        branch_errors
        for branch_errors in by_branch.values()
        if not any(_rules_out_branch(error) for error in branch_errors)
    ]
    return plausible[0] if len(plausible) == 1 else None


def _rules_out_branch(error: ValidationError) -> bool:
    """Whether the error says the value is of another kind than the branch (not just a bad detail)."""
    depth = len(error.relative_path)
    return (error.validator == "type" and depth == 0) or (error.validator == "const" and depth <= 1)
