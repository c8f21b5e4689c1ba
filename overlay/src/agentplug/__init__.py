"""agentplug: an OpenAPI-first Python SDK for agent platforms.

Importing this package is cheap on purpose: platform clients live in subpackages
(`agentplug.acp`, ...) and load only when imported.

`agentplug.use_options(retries=..., timeout=..., idempotent=..., idempotency_key=...,
deadline=..., max_body_size=...)` sets per-call options for every request made inside a `with`
block, for any client (`deadline`: total seconds for the whole block, waits and streams included).

`CallOptions` (`timeout`, `extra_headers`, `extra_query`, `extra_body`) is what every method also
takes for one call; `RawResponse` is what its raw form answers (`obj.with_raw_response.method(...)`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core._call_options import CallOptions, RequestExtras
    from ._core._options import use_options
    from ._core._response import RawResponse

__version__ = "0.1.0"

__all__ = ["CallOptions", "RawResponse", "RequestExtras", "__version__", "use_options"]

_LAZY = {
    "use_options": "._core._options",  # imported on first use: it brings httpx2 along
    "CallOptions": "._core._call_options",
    "RequestExtras": "._core._call_options",
    "RawResponse": "._core._response",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        from importlib import import_module

        return getattr(import_module(module, __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
