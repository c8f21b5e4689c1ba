"""The bookkeeping of a connection pool, with no I/O and no locking: one ledger for both fast transports.

The sync transport calls it under a `threading.Condition`, the async one from its event loop; each
does its own waiting for a free slot. The ledger knows which connections are idle (per origin),
how many are open, and the limits (`httpx2.Limits`): at most `max_connections` open, at most
`max_keepalive_connections` idle, each idle for at most `keepalive_expiry` seconds.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

import httpx2

__all__ = ["Origin", "PoolClosed", "PoolLedger", "PooledConnection"]

Origin = tuple[str, str, int]  # scheme, host, port


class PoolClosed(Exception):
    """The transport was closed: no new exchange may start (the shells raise `httpx2.ConnectError`)."""


class PooledConnection(Protocol):
    key: Origin
    idle_since: float

    def close(self) -> None: ...

    def is_dropped(self) -> bool:
        """Whether it can no longer be used: closed by the server, or sent something unasked."""
        ...


C = TypeVar("C", bound=PooledConnection)


class PoolLedger(Generic[C]):
    def __init__(self, limits: httpx2.Limits) -> None:
        self.max_connections = limits.max_connections
        self.max_idle = limits.max_keepalive_connections
        self.keepalive_expiry = limits.keepalive_expiry
        self.idle: dict[Origin, list[C]] = {}
        self.idle_count = 0
        self.open = 0  # idle + in use + being connected
        self.closed = False

    def claim(self, key: Origin, now: float) -> C | bool:
        """An idle connection to `key` to reuse; else True when a new one may be opened (now counted),
        False when the pool is full. Raises PoolClosed after `close`."""
        if self.closed:
            raise PoolClosed("The transport is closed")
        connection = self.take_idle(key, now)
        return connection if connection is not None else self.reserve()

    def take_idle(self, key: Origin, now: float) -> C | None:
        """The most recently used idle connection to `key` that is still good; bad ones are closed."""
        idle = self.idle.get(key)
        while idle:
            connection = idle.pop()
            self.idle_count -= 1
            expired = self.keepalive_expiry is not None and now - connection.idle_since > self.keepalive_expiry
            if not expired and not connection.is_dropped():
                return connection
            connection.close()
            self.open -= 1
        return None

    def reserve(self) -> bool:
        """Count a connection about to be opened, if the limit allows (closing an idle one if need be)."""
        if self.max_connections is None or self.open < self.max_connections or self._evict_oldest():
            self.open += 1
            return True
        return False

    def unreserve(self) -> None:
        """A reserved connection that could not be opened."""
        self.open -= 1

    def release(self, connection: C, *, reusable: bool, now: float) -> None:
        """A connection back from an exchange: kept idle when `reusable` and room allows, else closed."""
        if reusable and not self.closed and self.max_idle != 0:
            if self.max_idle is not None and self.idle_count >= self.max_idle:
                self._evict_oldest()
            connection.idle_since = now
            self.idle.setdefault(connection.key, []).append(connection)
            self.idle_count += 1
        else:
            connection.close()
            self.open -= 1

    def close(self) -> None:
        """Close every idle connection and refuse new ones; those in use close when released."""
        self.closed = True
        for idle in self.idle.values():
            for connection in idle:
                connection.close()
                self.open -= 1
        self.idle.clear()
        self.idle_count = 0

    def _evict_oldest(self) -> bool:
        oldest: C | None = None
        for idle in self.idle.values():
            if idle and (oldest is None or idle[0].idle_since < oldest.idle_since):
                oldest = idle[0]
        if oldest is None:
            return False
        self.idle[oldest.key].remove(oldest)
        self.idle_count -= 1
        self.open -= 1
        oldest.close()
        return True
