"""agentplug: an OpenAPI-first Python SDK for agent platforms.

Importing this package is cheap on purpose: platform clients live in subpackages
(`agentplug.acp`, ...) and load only when imported.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
