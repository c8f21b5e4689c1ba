"""`ActionProfile` and `DataCategories` whose fields default to `unknown`, as the reference documents.

The generated models default every optional field to UNSET, so a request carries only what its
caller set; here a model *built* without a field holds `unknown` (and sends it, which is what
the server assumes for an absent field anyway). A model *read* from an answer keeps what the
server sent: a field it left out stays UNSET.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import attrs
from agentplug_prefactor_client.models import ActionPermission, DataCategoryPresence, DataClassification
from agentplug_prefactor_client.models import ActionProfile as _GeneratedActionProfile
from agentplug_prefactor_client.models import DataCategories as _GeneratedDataCategories

__all__ = ["ActionProfile", "DataCategories"]


def _unknown_by_default(base: type[Any], kind: dict[str, type[Enum]], default_kind: type[Enum]) -> type[Any]:
    fields = {
        field.name: attrs.field(default=kind.get(field.name, default_kind)("unknown"))
        for field in attrs.fields(base)
        if field.name != "additional_properties"
    }
    cls = attrs.make_class(base.__name__, fields, bases=(base,), slots=True)
    cls.__doc__ = base.__doc__
    cls.__module__ = __name__
    return cls


ActionProfile: type[_GeneratedActionProfile] = _unknown_by_default(_GeneratedActionProfile, {}, ActionPermission)
DataCategories: type[_GeneratedDataCategories] = _unknown_by_default(
    _GeneratedDataCategories, {"classification": DataClassification}, DataCategoryPresence
)
