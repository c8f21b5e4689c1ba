"""`BulkItem` and `BulkRequest` that check themselves when built, as the reference's models do.

The generated models only carry data; these subclasses add the rules of the bulk endpoint
(an idempotency key of 8 to 64 characters, at least one item, keys unique within a request), so
a bad request fails where it is written rather than when it is sent. `bulk.execute` applies the
same rules to plain mappings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from agentplug_prefactor_client.models import BulkItem as _GeneratedBulkItem
from agentplug_prefactor_client.models import BulkRequest as _GeneratedBulkRequest
from attrs import define

from agentplug.errors import ConfigurationError

__all__ = ["BulkItem", "BulkRequest", "check_item_key", "check_unique_keys"]

KEY_MIN, KEY_MAX = 8, 64


def check_item_key(key: object, where: str) -> str:
    if not isinstance(key, str) or not KEY_MIN <= len(key) <= KEY_MAX:
        raise ConfigurationError(f"{where}: idempotency_key must be a string of {KEY_MIN} to {KEY_MAX} characters")
    return key


def check_unique_keys(keys: Iterable[str]) -> None:
    seen: set[str] = set()
    for index, key in enumerate(keys):
        if key in seen:
            raise ConfigurationError(f"bulk item {index}: idempotency_key {key!r} is used twice")
        seen.add(key)


@define(init=False)
class BulkItem(_GeneratedBulkItem):
    """One bulk operation (`_type` and its parameters); its idempotency key is checked when built.

    Built as the reference does, `BulkItem(_type="agents/show", idempotency_key=..., agent_id=...)`
    (the extra keywords are the operation's parameters), or as the generated model,
    `BulkItem(field_type_, idempotency_key)`.
    """

    def __init__(
        self,
        field_type_: str | None = None,
        idempotency_key: str | None = None,
        *,
        _type: str | None = None,
        **extra_data: Any,
    ) -> None:
        if field_type_ is not None and _type is not None:
            raise ConfigurationError("bulk item: give `_type` or `field_type_`, not both")
        self.field_type_ = field_type_ if field_type_ is not None else _type  # type: ignore[assignment]
        self.idempotency_key = idempotency_key  # type: ignore[assignment]
        self.additional_properties = dict(extra_data)
        self.__attrs_post_init__()

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.field_type_, str) or not self.field_type_:
            raise ConfigurationError("bulk item has no `_type` (e.g. 'agent_spans/create')")
        check_item_key(self.idempotency_key, "bulk item")


@define
class BulkRequest(_GeneratedBulkRequest):
    """A bulk request: at least one item, idempotency keys unique within it (checked when built)."""

    def __attrs_post_init__(self) -> None:
        if isinstance(self.items, (str, bytes)) or not self.items:
            raise ConfigurationError("a bulk request needs at least one item")
        for index, item in enumerate(self.items):
            check_item_key(item.idempotency_key, f"bulk item {index}")
        check_unique_keys(item.idempotency_key for item in self.items)
