"""Run an ASGI app with uvicorn: in a background thread (tests, demos) or in the foreground (CLI)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator
from types import FrameType

import uvicorn
from starlette.types import ASGIApp

__all__ = ["BackgroundServer", "base_url", "bind_socket", "run_forever"]

_STARTUP_TIMEOUT = 10.0
_logger = logging.getLogger("agentplug.sandbox")


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (port 0 lets the OS choose)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and without
    # it every small response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except BaseException:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket) -> str:
    """The http:// base URL of a bound socket."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


class _Server(uvicorn.Server):
    """uvicorn.Server that remembers its event loop and reports when it accepts connections."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[], None] | None) -> None:
        super().__init__(config)
        self._on_ready = on_ready
        self.loop: asyncio.AbstractEventLoop | None = None
        self.interrupted = False  # stopped by Ctrl-C (SIGINT)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        # Remembered here: the SIGINT uvicorn re-raises after its shutdown may reach asyncio's
        # runner after the serving task has already returned, and then nothing is raised at all.
        if sig == signal.SIGINT:
            self.interrupted = True
        super().handle_exit(sig, frame)

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self.loop = asyncio.get_running_loop()
        await super().startup(sockets=sockets)
        if self._on_ready is not None and self.started:
            self._on_ready()


def _make_server(app: ASGIApp, *, log: bool, on_ready: Callable[[], None] | None) -> _Server:
    config = uvicorn.Config(
        app,
        loop="asyncio",
        http="h11",
        ws="none",
        lifespan="on",
        log_config=uvicorn.config.LOGGING_CONFIG if log else None,
        log_level="info" if log else "warning",
        access_log=log,
        timeout_graceful_shutdown=2,
    )
    return _Server(config, on_ready)


def run_forever(app: ASGIApp, sock: socket.socket, on_ready: Callable[[], None]) -> bool:
    """Serve on sock in the foreground until SIGINT/SIGTERM; True when Ctrl-C (SIGINT) stopped it."""
    server = _make_server(app, log=True, on_ready=on_ready)
    with sock:
        server.run(sockets=[sock])
    return server.interrupted


class BackgroundServer:
    """uvicorn serving an app in a thread, on a socket bound before the thread starts.

    ``before_stop`` runs on the server's event loop when stopping, before uvicorn shuts down
    (it should end long-lived responses such as event streams, so that shutdown is prompt).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        before_stop: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._sock = bind_socket(host, port)
        self._ready = threading.Event()
        self._server = _make_server(app, log=False, on_ready=self._ready.set)
        self._thread = threading.Thread(target=self._run, name="agentplug-sandbox", daemon=True)
        self._before_stop = before_stop
        self._error: BaseException | None = None
        self.base_url = base_url(self._sock)

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._sock])
        except BaseException as exc:  # handed to the thread that called start()
            self._error = exc
        finally:
            self._ready.set()

    def start(self) -> None:
        self._thread.start()
        if not self._ready.wait(_STARTUP_TIMEOUT) or not self._server.started:
            self.stop()
            raise RuntimeError(f"sandbox server did not start: {self._error!r}")

    def stop(self) -> None:
        loop = self._server.loop
        if self._before_stop is not None and loop is not None and self._thread.is_alive():
            future = asyncio.run_coroutine_threadsafe(_call(self._before_stop), loop)
            try:
                future.result(_STARTUP_TIMEOUT)
            except Exception:
                _logger.exception("sandbox shutdown hook failed")
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join()
        self._sock.close()

    @contextlib.contextmanager
    def running(self) -> Iterator[str]:
        """Start, yield the base URL, stop."""
        self.start()
        try:
            yield self.base_url
        finally:
            self.stop()


async def _call(hook: Callable[[], Awaitable[None]]) -> None:
    await hook()
