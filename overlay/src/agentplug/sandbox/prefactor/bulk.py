"""`POST /api/v1/bulk`: items in order, each on its own, stopping at the first failure."""

from __future__ import annotations

from typing import Any

from .config import Deployment
from .errors import ApiError, validation_failed
from .service import BULK_TYPES, PrefactorService

__all__ = ["execute_bulk"]


def _check_items(body: dict[str, Any]) -> list[dict[str, Any]]:
    items = body.get("items")
    if not isinstance(items, list) or not items:
        raise validation_failed({"items": ["must be a non-empty list"]})
    errors: dict[str, list[str]] = {}
    seen: set[str] = set()
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            errors[f"items.{index}"] = ["must be an object"]
            continue
        kind, key = item.get("_type"), item.get("idempotency_key")
        if kind not in BULK_TYPES:
            errors[f"items.{index}._type"] = [f"must be one of: {', '.join(sorted(BULK_TYPES))}"]
        if not isinstance(key, str) or not 8 <= len(key) <= 64:
            errors[f"items.{index}.idempotency_key"] = ["must be a string of 8 to 64 characters"]
        elif key in seen:
            errors[f"items.{index}.idempotency_key"] = ["must be unique within the request"]
        else:
            seen.add(key)
    if errors:
        raise validation_failed(errors)
    return items


def execute_bulk(
    service: PrefactorService, body: dict[str, Any], deployment: Deployment | None = None
) -> dict[str, Any]:
    outputs: dict[str, Any] = {}
    for item in _check_items(body):
        key = item["idempotency_key"]
        params = {name: value for name, value in item.items() if name != "_type"}
        try:
            outputs[key] = service.run(BULK_TYPES[item["_type"]], params, key, deployment=deployment)
        except ApiError as error:
            outputs[key] = error.envelope()
            break
    return {"status": "success", "outputs": outputs}
