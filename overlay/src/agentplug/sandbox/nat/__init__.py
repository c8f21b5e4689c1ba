"""A local NAT (NeMo Agent Toolkit 1.9 interactive HTTP) server with scripted workflows.

    from agentplug.sandbox import nat

    with nat.serve() as base_url:   # uvicorn in a background thread, OS-chosen port
        ...

Or from a shell: ``python -m agentplug.sandbox nat --port 8000 [--workflow hitl_echo]``.

Workflows (each also served at its own custom endpoint, `/<name>` and `/<name>/stream`):
`hitl_echo` (the default at `/v1/workflow`: a note and an approval), `plain`, `choices` (radio,
checkbox, dropdown), `timed` (a prompt with a timeout), `slow`, `fail`, `fail_after_note` and
`oauth_echo` (OAuth2 authorization code with PKCE against a fake identity provider at `/idp/`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping

from .app import create_app
from .config import DEFAULT_WORKFLOW, SandboxSettings
from .workflows import BUILTIN_WORKFLOWS, Workflow, WorkflowContext

__all__ = [
    "BUILTIN_WORKFLOWS",
    "DEFAULT_WORKFLOW",
    "SandboxSettings",
    "Workflow",
    "WorkflowContext",
    "create_app",
    "serve",
]


@contextlib.contextmanager
def serve(
    settings: SandboxSettings | None = None,
    *,
    workflows: Mapping[str, Workflow] | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
) -> Iterator[str]:
    """Run the NAT sandbox in a background thread; yields its base URL, stops it on exit."""
    from .._server import BackgroundServer

    app = create_app(settings, workflows=workflows)
    server = BackgroundServer(app, host=host, port=port, before_stop=app.state.routes.store.close)
    with server.running() as base_url:
        yield base_url
