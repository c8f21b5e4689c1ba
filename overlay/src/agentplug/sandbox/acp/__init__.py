"""A local ACP (Agent Connect Protocol 0.2.3) server with a built-in echo agent.

    from agentplug.sandbox import acp

    with acp.serve() as base_url:   # uvicorn in a background thread, OS-chosen port
        ...

Or from a shell: ``python -m agentplug.sandbox acp --port 8000 [--profile reference|spec] [--api-key KEY]``.

Two profiles: ``reference`` (the default) answers like the ACP reference server (AGNTCY
workflow-srv 0.3.0 with its echo agent) as recorded on the wire, deviations from the spec
included, so that clients meet what they will meet in production; ``spec`` answers strictly per
ACP 0.2.3. The deviations reproduced are tabled in the package's docs (``docs/acp-sandbox.md``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .agent import ECHO_AGENT, ECHO_AGENT_ID, INTERRUPT_TYPE, AgentSpec
from .app import create_app
from .config import PROFILES, Profile, SandboxSettings

__all__ = [
    "ECHO_AGENT",
    "ECHO_AGENT_ID",
    "INTERRUPT_TYPE",
    "PROFILES",
    "AgentSpec",
    "Profile",
    "SandboxSettings",
    "create_app",
    "serve",
]


@contextlib.contextmanager
def serve(
    api_key: str | None = None,
    *,
    profile: Profile = "reference",
    host: str = "127.0.0.1",
    port: int = 0,
    settings: SandboxSettings | None = None,
) -> Iterator[str]:
    """Run the ACP sandbox in a background thread; yields its base URL, stops it on exit.

    ``settings`` overrides every option; otherwise ``api_key`` enables the x-api-key check and
    ``profile`` picks the behaviour (``"reference"`` or ``"spec"``).
    """
    from .._server import BackgroundServer

    app = create_app(settings or SandboxSettings(profile=profile, api_key=api_key))
    service = app.state.service
    server = BackgroundServer(app, host=host, port=port, before_stop=service.engine.close)
    with server.running() as base_url:
        yield base_url
