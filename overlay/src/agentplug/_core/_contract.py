"""What every platform client offers beyond its own API: `from_env()` and `with_options()`.

`with_options(timeout=..., max_retries=..., headers=...)` builds the same client again, from the
arguments it was built with and the changes, over the original's connection pool: the copy's
requests use the original's open connections (TLS, proxy and limits included). The pool stays the
original's: closing a copy leaves it open, closing the original closes it for every copy.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Self

from agentplug.errors import ConfigurationError

from ._environment import FromEnv

if TYPE_CHECKING:
    import httpx2

    from ._http import HTTPBase, HTTPSettings

__all__ = ["ClientContract", "one_base_url", "with_transport"]

# Constructor arguments that only shape the connection pool: a copy reuses the pool instead.
_POOL_ARGUMENTS = ("verify", "ca_cert_data", "cert", "proxy", "transport")

_UNSET: Any = object()


class _Arguments:
    """The arguments a client was built with; masked in reprs (they hold credentials)."""

    __slots__ = ("args", "kwargs")

    def __init__(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.args = args
        self.kwargs = kwargs

    def __repr__(self) -> str:
        return "<client arguments>"


def with_transport(
    settings: HTTPSettings | None, transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None
) -> HTTPSettings | None:
    """`settings` with `transport` (the constructor's own argument) replacing its transport, if given."""
    if transport is None:
        return settings
    from ._http import HTTPSettings  # httpx2 is loaded already: the caller built a transport

    return replace(settings or HTTPSettings(), transport=transport)


def one_base_url(name: str, value: object, base_url: object) -> object:
    """A platform's own name for the base URL (e.g. `api_url`) and `base_url` are one setting.

    Raises:
        ConfigurationError: both are given, with different values.
    """
    if value is not None and base_url is not None and value != base_url:
        raise ConfigurationError(f"{name}= and base_url= name the same setting: pass one of them")
    return value if value is not None else base_url


def _recording(init: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(init)
    def __init__(self: ClientContract, *args: Any, **kwargs: Any) -> None:
        if "_arguments" not in vars(self):  # the outermost constructor's arguments (a subclass's)
            self._arguments = _Arguments(args, dict(kwargs))
        init(self, *args, **kwargs)

    return __init__


class ClientContract(FromEnv):
    """The shared surface of the platform clients (each keeps its `HTTPBase` as `_http`, or says
    where it is by overriding `_http_layer`)."""

    _arguments: _Arguments

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        init = cls.__dict__.get("__init__")
        if init is not None:
            cls.__init__ = _recording(init)  # type: ignore[method-assign]

    def _http_layer(self) -> HTTPBase:
        http: HTTPBase = self._http  # type: ignore[attr-defined]
        return http

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout | None = _UNSET,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with another `timeout` (None: wait forever), `max_retries` or extra
        `headers` (added to this client's), sharing this client's connection pool.

        The copy's credentials and settings are this client's; closing it leaves the pool open.
        With your own `http_client`, the copy uses it too (its own timeouts still apply).
        """
        kwargs = dict(self._arguments.kwargs)
        if timeout is not _UNSET:
            kwargs["timeout"] = timeout
        if max_retries is not None:
            kwargs["max_retries"] = max_retries
        if headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **headers}
        http = self._http_layer()
        pool = http.pool_transport
        if pool is not None:
            from ._http import borrowed  # httpx2 loads with the first client that needs it

            for name in _POOL_ARGUMENTS:
                kwargs.pop(name, None)
            kwargs["http_settings"] = replace(http.settings, transport=borrowed(pool))
        return type(self)(*self._arguments.args, **kwargs)
