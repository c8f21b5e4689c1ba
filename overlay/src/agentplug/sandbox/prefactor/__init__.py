"""A local Prefactor server: the 21 endpoints of the agent observability API, in memory.

    from agentplug.sandbox import prefactor

    with prefactor.serve() as base_url:   # uvicorn in a background thread, OS-chosen port
        ...

Or from a shell: ``python -m agentplug.sandbox prefactor --port 8000 [--api-token T] [--drop-rate 0.3]
[--deployment-token TOKEN=AGENT_ID]``.

Tokens are account-scoped, except the deployment-scoped ones (`SandboxSettings.deployment_tokens`,
or minted for an agent by ``POST /_sandbox/deployment_tokens {"agent_id": ...}`` → ``{"token"}``):
registering with one derives the agent and environment from it, and listing or controlling runs
answers 401. Besides the API it answers a few sandbox routes (no token needed): that one,
``GET /_sandbox/agent_instance/{id}/spans`` and ``GET /_sandbox/stats``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .app import create_app
from .config import SandboxSettings

__all__ = ["SandboxSettings", "create_app", "serve"]


@contextlib.contextmanager
def serve(
    api_token: str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    settings: SandboxSettings | None = None,
) -> Iterator[str]:
    """Run the Prefactor sandbox in a background thread; yields its base URL, stops it on exit."""
    from .._server import BackgroundServer

    app = create_app(settings or SandboxSettings(api_token=api_token))
    with BackgroundServer(app, host=host, port=port).running() as base_url:
        yield base_url
