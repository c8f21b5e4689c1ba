# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The base of every async client, resource and handle: per-call options, raw and streaming forms.

    run = await client.runs.get(run_id, extra_headers={"X-Trace": "1"})   # per-call options
    raw = await client.runs.with_raw_response.get(run_id)                 # RawResponse
    async with client.runs.with_streaming_response.get(run_id) as response:
        ...                                                                # the body, unread

Light on purpose: the views load with their first use (a client is built without httpx2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._call_options import TakesCallOptions

if TYPE_CHECKING:
    from ._calls import Operations
    from ._raw_calls import RawResponseView, StreamingResponseView

__all__ = ["ClientBase", "ResourceBase"]


class ResourceBase(TakesCallOptions):
    """Base of every async client, resource and handle (see the module docstring)."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> RawResponseView[Any]:
        """The same methods, answering `RawResponse`s: `await client.runs.with_raw_response.get(...)`."""
        from ._raw_calls import RawResponseView

        return RawResponseView(self)

    @property
    def with_streaming_response(self) -> StreamingResponseView[Any]:
        """The same methods, giving the first response unread: `async with ....with_streaming_response.get(...)`."""
        from ._raw_calls import StreamingResponseView

        return StreamingResponseView(self)


class ClientBase(ResourceBase):
    """Base of every async client: any operation of its spec by operationId, beside its methods."""

    __slots__ = ()

    def _operation_index(self) -> Operations:
        """The client's operations (its credentials, retries, timeouts and errors apply)."""
        raise NotImplementedError

    def call(self, operation_id: str, /, **arguments: Any) -> Any:
        """Any operation of the platform's spec by its operationId (as written in the spec, or in
        snake_case), with the generated module's own arguments (snake_case names; `body` a model or
        a dict). The client's credentials, retries, timeouts and errors apply; the answer is the
        operation's typed result (None for an empty body). An operation added to the spec is
        callable here after `make generate`, before any method wraps it."""
        return self._operation_index().call(operation_id, **arguments)

    def operations(self) -> list[str]:
        """The operationIds `call()` accepts."""
        return self._operation_index().names()
