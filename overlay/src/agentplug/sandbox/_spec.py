"""Our OpenAPI documents, shipped inside the package, as JSON Schema validators of their components.

`scripts/ship_specs.py` copies `specs/<api>.yaml` into `_specs/` (package data, so an installed
wheel has them too; `make check-generated` fails when a copy is stale). Each document is read
once per process and its `$ref`s resolve through one `referencing` registry.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._schema_check import make_validator

__all__ = ["SpecSchemas", "spec_schemas"]

try:  # libyaml's loader when PyYAML was built with it: the Moderately document loads in a tenth of the time
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


class SpecSchemas:
    """The component schemas of one OpenAPI document, each as a ready validator."""

    def __init__(self, document: dict[str, Any], name: str) -> None:
        self._base = f"urn:agentplug:{name}-spec"
        resource = Resource.from_contents({**document, "$id": self._base}, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(self._base, resource)
        self.names = frozenset(document.get("components", {}).get("schemas", {}))
        self._validators: dict[str, Validator] = {}

    def validator(self, component: str) -> Validator:
        """The validator of `#/components/schemas/<component>` (KeyError for a name the document lacks)."""
        found = self._validators.get(component)
        if found is None:
            if component not in self.names:
                raise KeyError(f"no component schema {component!r}")
            found = make_validator({"$ref": f"{self._base}#/components/schemas/{component}"}, self._registry)
            self._validators[component] = found
        return found


@functools.cache
def spec_schemas(api: str) -> SpecSchemas:
    """The shipped `specs/<api>.yaml`, loaded on first use."""
    text = resources.files("agentplug.sandbox").joinpath("_specs", f"{api}.yaml").read_text(encoding="utf-8")
    return SpecSchemas(yaml.load(text, Loader=_Loader), api)  # a safe loader (C or Python)
