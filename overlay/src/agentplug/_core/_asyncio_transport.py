"""`AsyncSocketTransport`: an `httpx2.AsyncBaseTransport` speaking HTTP/1.1 on asyncio's own sockets.

The async twin of `SocketTransport`, around the same codec (`_h1`), pool ledger (`_pool`) and
httpx2 glue (`_exchange`). Each connection is an `asyncio.Protocol`: the event loop hands it the
bytes as they arrive, the codec parses them on the spot, and the request's task wakes once, when
what it waits for is there. No stream objects, no extra tasks: on loopback a GET costs about a
third of what it costs through httpx2's default async transport (httpcore2 on anyio streams).

asyncio only: under trio, use httpx2's own transport (the default).
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import cast

import httpx2

from agentplug.errors import ConfigurationError

from ._connection import DEFAULT_LIMITS, CertTypes, VerifyTypes, ssl_context
from ._exchange import Prepared, claim, connect_error, read_error, response
from ._h1 import LocalProtocolError, ProtocolError, ResponseReader
from ._pool import PoolLedger

__all__ = ["AsyncSocketTransport"]

_HIGH_WATER = 1024 * 1024  # unread body bytes buffered before the connection stops reading


_TIMER_SLACK = 0.001  # seconds: a timer firing this close to its deadline counts as on time


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class _Connection(asyncio.Protocol):
    """One connection: receives bytes into the current exchange's reader and wakes whoever waits."""

    def __init__(self, loop: asyncio.AbstractEventLoop, key: tuple[str, str, int]) -> None:
        self.loop = loop
        self.key = key
        self.idle_since = 0.0
        self.transport: asyncio.Transport | None = None
        self.reader: ResponseReader | None = None  # None between exchanges
        self.error: ProtocolError | OSError | None = None
        self.lost = False
        self.unasked = False  # bytes arrived between exchanges
        self._waiter: asyncio.Future[None] | None = None
        self._reading_paused = False
        self._writing_paused = False
        self._deadline: float | None = None  # of the current wait
        self._timer: asyncio.TimerHandle | None = None

    # -- asyncio's callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        reader = self.reader
        if reader is None:
            self.unasked = True
            return
        try:
            reader.feed(data)
        except ProtocolError as exc:
            self.error = exc
        if reader.body_size > _HIGH_WATER and not self._reading_paused and self.transport is not None:
            self.transport.pause_reading()
            self._reading_paused = True
        self._wake()

    def eof_received(self) -> bool | None:
        return None  # close the transport: connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self.reader is not None and self.error is None:
            try:
                self.reader.eof()
            except ProtocolError as error:
                self.error = error if exc is None else ProtocolError(f"{error} ({exc})")
        self._wake()

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        self._wake()

    # -- what the transport calls

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def wait(self, timeout: float | None) -> None:
        """Until something happens on the connection; TimeoutError after `timeout` seconds of nothing."""
        loop = self.loop
        waiter = self._waiter = loop.create_future()
        if timeout is None:
            self._deadline = None
        else:
            # One timer per connection, re-armed only when it fires early or a nearer deadline comes:
            # back-to-back requests then cost no timer at all (a timer per wait costs ~2 µs).
            self._deadline = deadline = loop.time() + timeout
            if self._timer is None or deadline < self._timer.when():
                if self._timer is not None:
                    self._timer.cancel()
                self._timer = loop.call_at(deadline, self._on_timer)
        try:
            await waiter
        finally:
            self._waiter = None

    def _on_timer(self) -> None:
        self._timer = None
        waiter, deadline = self._waiter, self._deadline
        if waiter is None or waiter.done() or deadline is None:
            return  # nothing waits now; the next wait arms a timer again
        if self.loop.time() >= deadline - _TIMER_SLACK:
            waiter.set_exception(TimeoutError())
        else:
            self._timer = self.loop.call_at(deadline, self._on_timer)

    async def receive(self, timeout: float | None) -> None:
        """Let more response bytes in (resuming a paused read), then wait for them."""
        if self.error is not None:
            raise self.error
        if self.lost:  # closed before this exchange began (a write to it failed)
            raise ProtocolError("Server disconnected without sending a response.")
        if self._reading_paused and self.transport is not None:
            self._reading_paused = False
            self.transport.resume_reading()
        await self.wait(timeout)
        if self.error is not None:
            raise self.error

    def write(self, data: bytes) -> None:
        """Hand `data` to the event loop's transport (it buffers what the kernel does not take yet)."""
        if self.lost or self.transport is None:
            raise ConnectionResetError("The connection was closed")
        self.transport.write(data)

    async def drain(self, timeout: float | None) -> None:
        """Wait while the transport's buffer is over its high-water mark (large streamed bodies)."""
        while self._writing_paused and not self.lost:
            await self.wait(timeout)

    def close(self) -> None:
        self.reader = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self.transport is not None:
            with contextlib.suppress(RuntimeError):  # its event loop may be closed already
                self.transport.close()

    def is_dropped(self) -> bool:
        return (
            self.lost
            or self.unasked
            or self.transport is None
            or self.transport.is_closing()
            or self.loop is not asyncio.get_running_loop()  # pooled under an event loop that has gone
        )


class _Body(httpx2.AsyncByteStream):
    """The rest of a response body, received on its connection; the connection goes back to the pool at the end."""

    def __init__(
        self, transport: AsyncSocketTransport, connection: _Connection, prepared: Prepared, request: httpx2.Request
    ):
        self._transport = transport
        self._connection: _Connection | None = connection
        self._prepared = prepared
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        if connection is None:
            raise httpx2.StreamClosed()
        reader = self._prepared.reader
        read_timeout = self._prepared.timeouts.get("read")
        try:
            while True:
                if chunk := reader.take_body():
                    yield chunk
                elif reader.complete:
                    break
                else:
                    await connection.receive(read_timeout)
        except (OSError, ProtocolError) as exc:
            await self.aclose()
            raise read_error(exc, self._request) from exc
        except BaseException:  # cancelled, or the consumer stopped early (GeneratorExit)
            await self.aclose()
            raise
        await self.aclose()

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            self._transport._release(connection, self._prepared.reusable)


class AsyncSocketTransport(httpx2.AsyncBaseTransport):
    """An `httpx2.AsyncBaseTransport` speaking HTTP/1.1 on asyncio, with a connection pool.

    Arguments, timeouts, pooling and streaming behave as for `SocketTransport`. Connections belong
    to the event loop that opened them; one used under another loop (a second `asyncio.run`) is
    replaced. Use a transport from one event loop thread at a time.
    """

    def __init__(self, *, verify: VerifyTypes = True, cert: CertTypes = None, limits: httpx2.Limits = DEFAULT_LIMITS):
        self._ssl_context = ssl_context(verify, cert)  # verifying contexts load their CAs at the first handshake
        self._pool: PoolLedger[_Connection] = PoolLedger(limits)
        self._waiters: deque[asyncio.Future[None]] = deque()  # requests waiting for a free slot

    # -- the pool

    async def _acquire(
        self, claimed: bool, prepared: Prepared, request: httpx2.Request, loop: asyncio.AbstractEventLoop
    ) -> _Connection:
        """A connection, after a first `claim` found no idle one: `claimed` says whether a slot was reserved."""
        pool_timeout = prepared.timeouts.get("pool")
        deadline = None if pool_timeout is None else loop.time() + pool_timeout
        while claimed is False:
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.append(waiter)
            timer = None if deadline is None else loop.call_at(deadline, _expire, waiter)
            try:
                await waiter
            except TimeoutError:
                raise httpx2.PoolTimeout("Timed out waiting for a free connection", request=request) from None
            except BaseException:  # cancelled: a slot handed to this waiter goes to the next one
                if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                    self._wake_one()
                raise
            finally:
                if timer is not None:
                    timer.cancel()
                # A woken waiter was popped by _wake_one; only one that timed out or was cancelled is
                # still queued (removing is a scan: doing it for every waiter made bursts quadratic).
                if waiter.cancelled() or not waiter.done() or waiter.exception() is not None:
                    with contextlib.suppress(ValueError):
                        self._waiters.remove(waiter)
            again = claim(self._pool, prepared, request)
            if not isinstance(again, bool):
                return again
            claimed = again
        try:
            return await self._connect(prepared, request, loop)
        except BaseException:
            self._pool.unreserve()
            self._wake_one()
            raise

    def _release(self, connection: _Connection, reusable: bool) -> None:
        connection.reader = None
        self._pool.release(connection, reusable=reusable and not connection.lost, now=time.monotonic())
        self._wake_one()

    def _wake_one(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def _connect(
        self, prepared: Prepared, request: httpx2.Request, loop: asyncio.AbstractEventLoop
    ) -> _Connection:
        scheme, host, port = prepared.key
        timeout = prepared.timeouts.get("connect")
        context: ssl.SSLContext | None = None
        server_hostname: str | None = None
        if scheme == "https":
            context = self._ssl_context
            server_hostname = request.extensions.get("sni_hostname") or host
        try:
            opening = loop.create_connection(
                lambda: _Connection(loop, prepared.key),
                host,
                port,
                ssl=context,
                server_hostname=server_hostname,
                ssl_handshake_timeout=timeout if context is not None else None,
            )
            _, connection = await asyncio.wait_for(opening, timeout)
        except TimeoutError as exc:  # not the built-in TimeoutError before Python 3.11
            raise httpx2.ConnectTimeout("timed out", request=request) from exc
        except (OSError, ValueError) as exc:  # refused, unreachable, DNS, TLS (an OSError)
            raise connect_error(exc, request) from exc
        return connection

    # -- one exchange

    @staticmethod
    async def _send_stream(connection: _Connection, prepared: Prepared, stream: httpx2.AsyncByteStream) -> None:
        encoder, timeout = prepared.encoder, prepared.timeouts.get("write")
        connection.write(prepared.head)
        async for chunk in stream:
            if piece := encoder.data(chunk):
                connection.write(piece)
                await connection.drain(timeout)
        if end := encoder.end():
            connection.write(end)
        await connection.drain(timeout)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send `request` on a pooled connection and answer its response, the body streamed.

        Raises the httpx2 transport exceptions (`ConnectTimeout`, `ReadTimeout`, `PoolTimeout`,
        `ConnectError`, `RemoteProtocolError`, ...), which clients turn into agentplug errors, and
        ConfigurationError under an event loop other than asyncio.
        """
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise ConfigurationError(
                "AsyncSocketTransport runs on asyncio only: under another event loop (trio), "
                "leave the transport unset to use httpx2's own"
            ) from None
        prepared = Prepared(request)
        claimed = claim(self._pool, prepared, request)
        # Most requests find an idle connection: no coroutine for the pool then.
        connection = await self._acquire(claimed, prepared, request, loop) if isinstance(claimed, bool) else claimed
        reader = connection.reader = prepared.reader
        try:
            stream = request.stream
            try:
                if isinstance(stream, httpx2.ByteStream):  # in memory (or no body): one write, no waiting
                    encoder = prepared.encoder
                    connection.write(prepared.head + encoder.data(request.content) + encoder.end())
                else:
                    await self._send_stream(connection, prepared, stream)  # type: ignore[arg-type]
            except LocalProtocolError as exc:
                raise httpx2.LocalProtocolError(str(exc), request=request) from exc
            except TimeoutError as exc:
                raise httpx2.WriteTimeout("timed out", request=request) from exc
            except OSError:  # closed before the request was out: the server may still have answered
                pass
            read_timeout = prepared.timeouts.get("read")
            try:
                while not reader.head_done:
                    await connection.receive(read_timeout)
            except (OSError, ProtocolError) as exc:
                raise read_error(exc, request) from exc
        except BaseException:  # failed, or cancelled: the connection is in an unknown state
            self._release(connection, False)
            raise
        body: httpx2.AsyncByteStream
        if reader.complete:
            self._release(connection, prepared.reusable)
            body = httpx2.ByteStream(reader.take_body())
        else:
            body = _Body(self, connection, prepared, request)
        return response(reader, body)

    async def aclose(self) -> None:
        """Close every idle connection and refuse new requests; connections in use close when released."""
        self._pool.close()
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)  # it finds the pool closed
