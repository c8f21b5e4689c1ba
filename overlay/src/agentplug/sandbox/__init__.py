"""Local stand-in servers that speak the platforms' wire protocols, for tests and demos.

Each platform has a subpackage (``agentplug.sandbox.acp``); they need the ``sandbox`` extra
(starlette and uvicorn). Nothing here is imported by ``import agentplug``.

Command line: ``python -m agentplug.sandbox acp --port 8000``.
"""

from __future__ import annotations

__all__: list[str] = []
