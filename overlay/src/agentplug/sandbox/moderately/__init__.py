"""A local Moderately AI platform server, with presigned object storage on a second origin.

    from agentplug.sandbox import moderately

    with moderately.serve() as base_url:   # API and storage in background threads
        ...                                # any bearer token works; team id "team_sandbox"

Or from a shell: ``python -m agentplug.sandbox moderately --port 8000``.

All 81 operations of ``specs/moderately.yaml`` are served from memory. Uploads go to expiring,
HMAC-signed storage URLs (streamed to disk); agent and pipeline executions advance in the
background (steer them with a ``simulate`` object in their input, see ``simulation``); dataset
processing reads the current CSV, counts its rows and checks them against the current schema
(the outcome is recorded in the dataset's audit log).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .app import create_app
from .config import (
    DEFAULT_API_KEY,
    DEFAULT_TEAM_ID,
    DEFAULT_USER_EMAIL,
    DEFAULT_USER_ID,
    MEMBER_USER_ID,
    SandboxSettings,
)

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_TEAM_ID",
    "DEFAULT_USER_EMAIL",
    "DEFAULT_USER_ID",
    "MEMBER_USER_ID",
    "SandboxSettings",
    "create_app",
    "serve",
]


@contextlib.contextmanager
def serve(
    api_key: str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    settings: SandboxSettings | None = None,
) -> Iterator[str]:
    """Run the sandbox in background threads; yields the API base URL, stops everything on exit.

    ``settings`` overrides every option; otherwise ``api_key`` restricts the accepted bearer
    tokens to that one (by default any non-empty token is accepted).
    """
    from .._server import BackgroundServer

    if settings is None:
        settings = SandboxSettings(api_keys=frozenset({api_key}) if api_key else None, storage_host=host)
    app = create_app(settings)
    server = BackgroundServer(app, host=host, port=port, before_stop=app.state.sandbox.close)
    with server.running() as base_url:
        yield base_url
