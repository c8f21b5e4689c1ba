"""The ACP models under the vendor SDK's names (`agntcy_acp.models`), generated from specs/acp.yaml.

Answers are the generated attrs models (every field typed). The request models the operations
take (`RunCreateStateless`, `ThreadCreate`, ... and `Config`) are also built the vendor's way,
with the JSON field names as keywords — `RunCreateStateless(agent_id=..., input={...},
config=Config(configurable={...}))` — nested models or plain dicts alike; only the fields given
are sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from agentplug_acp_client.models import *  # noqa: F403
from agentplug_acp_client.models import RunConfig
from agentplug_acp_client.models import __all__ as _generated

from agentplug.errors import ConfigurationError

from .._async import compat_operations as _operations
from .._compat.wire import Operation

__all__ = ["Config", *_generated]


def _json(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(key): _json(item) for key, item in value.items() if item is not None}
    if isinstance(value, (list, tuple)):
        return [_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    value_of = getattr(value, "value", None)  # enums
    return value_of if isinstance(value_of, str) else value


def _with_keywords(base: type[Any]) -> type[Any]:
    """`base` (a generated request model) built from the JSON field names as keywords."""

    def __init__(self: Any, **fields: Any) -> None:
        try:
            built = base.from_dict(_json(fields))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ConfigurationError(f"{base.__name__}: {error!r} (give the JSON field names as keywords)") from None
        for field in attrs.fields(base):
            setattr(self, field.name, getattr(built, field.name))

    def from_dict(cls: type[Any], src_dict: Mapping[str, Any]) -> Any:
        return base.from_dict(src_dict)

    namespace = {
        "__init__": __init__,
        "__slots__": (),
        "__doc__": base.__doc__,
        "__module__": __name__,
        "from_dict": classmethod(from_dict),
    }
    return type(base.__name__, (base,), namespace)


def _request_models() -> dict[str, type[Any]]:
    """The models the operations take as bodies, from the generated operation table."""
    found: dict[str, type[Any]] = {}
    for value in vars(_operations).values():
        if isinstance(value, Operation) and value.body is not None and value.body_is_model:
            base = getattr(value.body, "__self__", None)
            if isinstance(base, type):
                found[base.__name__] = base
    found["Config"] = RunConfig  # the vendor's name for a run's config
    return {name: _with_keywords(base) for name, base in found.items()}


globals().update(_request_models())
Config: type[Any] = globals()["Config"]
