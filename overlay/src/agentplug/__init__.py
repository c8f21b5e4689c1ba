"""agentplug: an OpenAPI-first Python SDK for agent platforms.

Importing this package is cheap on purpose: platform clients live in subpackages
(`agentplug.acp`, ...) and load only when imported.

`agentplug.use_options(retries=..., timeout=..., idempotent=..., idempotency_key=...,
deadline=..., max_body_size=...)` sets per-call options for every request made inside a `with`
block, for any client (`deadline`: total seconds for the whole block, waits and streams included).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core._options import use_options

__version__ = "0.1.0"

__all__ = ["__version__", "use_options"]


def __getattr__(name: str) -> Any:
    if name == "use_options":  # imported on first use: it brings httpx2 along
        from ._core._options import use_options

        return use_options
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
