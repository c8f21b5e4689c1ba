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
    from ._raw_calls import RawResponseView, StreamingResponseView

__all__ = ["ResourceBase"]


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
