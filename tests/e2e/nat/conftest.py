"""NAT end to end: the agentplug client against the NAT sandbox, over real loopback sockets.

The tests are written once as async code in `_async/`; `_sync/` is generated from them
(scripts/unasync_overlay.py), so the blocking client runs the very same scenarios.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from agentplug.sandbox import nat
from agentplug.sandbox._server import BackgroundServer

# Prompt timeouts are whole seconds on the wire; a short grace keeps the timeout tests quick.
SETTINGS = nat.SandboxSettings(prompt_grace=0.2, pre_delay=0.2)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def nat_url() -> Iterator[str]:
    with nat.serve(SETTINGS) as url:
        yield url


class RestartableSandbox:
    """A sandbox on a fixed port that can go down and come back (with an empty memory, as a restart does)."""

    def __init__(self) -> None:
        self._server: BackgroundServer | None = None
        self.port = 0
        self.base_url = ""
        self.start()

    def _new_server(self) -> BackgroundServer:
        app = nat.create_app(SETTINGS)
        return BackgroundServer(app, port=self.port, before_stop=app.state.routes.store.close)

    def start(self) -> None:
        server = self._new_server()
        server.start()
        self._server = server
        self.base_url = server.base_url
        self.port = int(self.base_url.rsplit(":", 1)[1])

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def restart_later(self, delay: float, down_for: float) -> threading.Thread:
        """In `delay` seconds go down, and come back `down_for` seconds later (in a thread)."""

        def restart() -> None:
            time.sleep(delay)
            self.stop()
            time.sleep(down_for)
            self.start()

        thread = threading.Thread(target=restart, daemon=True)
        thread.start()
        return thread


@pytest.fixture
def restartable() -> Iterator[RestartableSandbox]:
    sandbox = RestartableSandbox()
    try:
        yield sandbox
    finally:
        sandbox.stop()
