"""`client.bulk`: many operations in one request; also the telemetry exporter's transport."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from agentplug_prefactor_client.models import BulkItem, BulkRequest
from typing_extensions import Unpack

from agentplug._core._async._http import AsyncHTTP
from agentplug._core._async._resource import AsyncResourceBase
from agentplug._core._call_options import CallOptions
from agentplug._core._errors import build_model
from agentplug._core._operations import lazy_operations
from agentplug._core._options import use_options
from agentplug.errors import ConfigurationError, ResponseValidationError

from .._bulk_models import check_item_key, check_unique_keys
from .._models import BulkResponse
from .._wire import envelope_of, new_key

(execute_bulk,) = lazy_operations("agentplug_prefactor_client.api.bulk", "execute_bulk")

__all__ = ["AsyncBulk", "bulk_items"]


def bulk_items(items: BulkRequest | Sequence[BulkItem | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The items as JSON, checked: a `_type` each, keys of 8..64 characters, unique (missing ones made)."""
    source = items.items if isinstance(items, BulkRequest) else items
    if isinstance(source, (str, bytes)) or not source:
        raise ConfigurationError("bulk.execute needs at least one item")
    body: list[dict[str, Any]] = []
    for index, item in enumerate(source):
        data = item.to_dict() if isinstance(item, BulkItem) else dict(item)
        if not isinstance(data.get("_type"), str) or not data["_type"]:
            raise ConfigurationError(f"bulk item {index} has no `_type` (e.g. 'agent_spans/create')")
        check_item_key(data.setdefault("idempotency_key", new_key()), f"bulk item {index}")
        body.append(data)
    check_unique_keys(data["idempotency_key"] for data in body)
    return body


def _outputs(body: dict[str, Any]) -> dict[str, Any]:
    outputs = body.get("outputs")
    if not isinstance(outputs, dict):
        raise ResponseValidationError("The prefactor server's bulk answer has no `outputs` object", body=body)
    return outputs


class AsyncBulk(AsyncResourceBase):
    """The bulk endpoint (`client.bulk`): several operations in one request, each with its idempotency key."""

    def __init__(self, http: AsyncHTTP) -> None:
        self._http = http

    async def execute(
        self,
        items: BulkRequest | Sequence[BulkItem | Mapping[str, Any]],
        *,
        retries: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BulkResponse:
        """Run the items in order; the answer maps each idempotency key to its output.

        Processing stops at the first failing item (its output has `status == "error"`, later items
        have none). Sending again is safe: each item's key makes it run once.
        """
        with use_options(idempotent=True, retries=retries):
            body = BulkRequest(items=bulk_items(items))  # type: ignore[arg-type]  # item dicts pass as they are
            response = await self._http.send_operation(execute_bulk, {"body": body})

        def parse(answer: Any) -> BulkResponse:
            body = envelope_of(answer)
            _outputs(body)
            return build_model(BulkResponse.from_dict, body, response=answer, model="BulkResponse")

        return parse(response)

    async def send_items(
        self, items: list[dict[str, Any]], *, retries: int, **options: Unpack[CallOptions]
    ) -> dict[str, Any]:
        """The telemetry path: prepared item dicts in, the raw `outputs` mapping out (no models built)."""
        with use_options(idempotent=True, retries=retries):
            body = BulkRequest(items=items)  # type: ignore[arg-type]
            response = await self._http.send_operation(execute_bulk, {"body": body})
        return _outputs(envelope_of(response))
