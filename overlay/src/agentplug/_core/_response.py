"""Raw access: the same call, answering the HTTP response (status, headers, bytes) next to the parsed body.

A resource method is declared once, decorated with `@raw_capable`, and returns an `APIResult`: the
(read) httpx2 response and the function that turns it into the typed result. Called normally it
returns the typed result; through `.with_raw_response` it returns a `RawResponse` that parses on
demand. Sync and async methods use the same decorator::

    class Runs(RawResponseMixin):
        @raw_capable
        async def get(self, run_id: str) -> APIResult[Run]:
            # the request comes from the generated operation module, never a hand-written path
            response = await self._http.send_operation(get_stateless_run, {"run_id": run_id})
            return APIResult(response, parse_run)

    run = await runs.get(run_id)                              # Run
    raw = await runs.get.with_raw_response(run_id)            # RawResponse[Run], fully typed
    raw = await runs.with_raw_response.get(run_id)            # the same, looked up by name
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, final, overload

import httpx2

from ._errors import parse_json
from ._logging import redact_url

__all__ = [
    "APIResult",
    "AsyncRawCapable",
    "AsyncRawCapableMethod",
    "RawResponse",
    "RawResponseMixin",
    "RawResponseView",
    "SyncRawCapable",
    "SyncRawCapableMethod",
    "raw_capable",
]

T = TypeVar("T")
S = TypeVar("S")
R = TypeVar("R")
P = ParamSpec("P")
_D = TypeVar("_D")


def _copy_metadata(target: object, fn: Callable[..., Any]) -> None:
    # functools.update_wrapper, for objects that are not themselves callables (descriptors).
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(target, name, getattr(fn, name, None))
    setattr(target, "__wrapped__", fn)  # noqa: B010


@final
@dataclass(frozen=True)
class APIResult(Generic[T]):
    """What a raw-capable method returns: a response whose body has been read, and its parser."""

    response: httpx2.Response
    parse: Callable[[httpx2.Response], T]
    platform: str = "API"  # names the platform in ResponseValidationError messages


_UNPARSED: Any = object()


class RawResponse(Generic[T]):
    """The HTTP response of a call, with the call's typed result available through `parse()`."""

    def __init__(self, result: APIResult[T]) -> None:
        self._result = result
        self._parsed: T = _UNPARSED

    @property
    def http_response(self) -> httpx2.Response:
        """The underlying `httpx2.Response` (its body already read)."""

        return self._result.response

    @property
    def status_code(self) -> int:
        """The HTTP status code."""

        return self._result.response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        """The response headers."""

        return self._result.response.headers

    @property
    def content(self) -> bytes:
        """The response body as bytes."""

        return self._result.response.content

    @property
    def http_version(self) -> str:
        """The HTTP version of the response (e.g. `HTTP/1.1`)."""

        return self._result.response.http_version

    @property
    def url(self) -> str:
        """The request URL, with credentials and signatures redacted ("" when unknown)."""
        try:
            return redact_url(self._result.response.url)
        except RuntimeError:  # a response built without a request
            return ""

    @property
    def elapsed(self) -> timedelta | None:
        """Time from sending the request to closing the response (None while still open)."""
        try:
            return self._result.response.elapsed
        except RuntimeError:
            return None

    def parse(self) -> T:
        """The typed result, parsed on first use and then cached."""
        if self._parsed is _UNPARSED:
            self._parsed = self._result.parse(self._result.response)
        return self._parsed

    def json(self) -> object:
        """The decoded JSON body (ResponseValidationError when it is not JSON)."""
        return parse_json(self._result.response, platform=self._result.platform)

    def __repr__(self) -> str:
        # Headers stay out: they may carry cookies.
        return f"<RawResponse [{self.status_code}] {self.url}>"


class SyncRawCapableMethod(Generic[P, T]):
    """A bound sync raw-capable method: call it for the result, or `.with_raw_response(...)`."""

    def __init__(self, call: Callable[P, APIResult[T]]) -> None:
        self._call = call

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        result = self._call(*args, **kwargs)
        return result.parse(result.response)

    def with_raw_response(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Make the same call, answering the HTTP response (`RawResponse`) instead of the result."""

        return RawResponse(self._call(*args, **kwargs))


class AsyncRawCapableMethod(Generic[P, T]):
    """A bound async raw-capable method: await it for the result, or `.with_raw_response(...)`."""

    def __init__(self, call: Callable[P, Coroutine[Any, Any, APIResult[T]]]) -> None:
        self._call = call

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        result = await self._call(*args, **kwargs)
        return result.parse(result.response)

    async def with_raw_response(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Make the same call, answering the HTTP response (`RawResponse`) instead of the result."""

        return RawResponse(await self._call(*args, **kwargs))


class SyncRawCapable(Generic[S, P, T]):
    """Descriptor made by `@raw_capable` on a sync method; binds like a function."""

    def __init__(self, fn: Callable[Concatenate[S, P], APIResult[T]]) -> None:
        self._fn = fn
        _copy_metadata(self, fn)

    @overload
    def __get__(self: _D, obj: None, owner: type[Any] | None = None) -> _D: ...
    @overload
    def __get__(self, obj: S, owner: type[Any] | None = None) -> SyncRawCapableMethod[P, T]: ...
    def __get__(self, obj: S | None, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        fn = self._fn

        def call(*args: P.args, **kwargs: P.kwargs) -> APIResult[T]:
            return fn(obj, *args, **kwargs)

        return functools.update_wrapper(SyncRawCapableMethod(call), fn)


class AsyncRawCapable(Generic[S, P, T]):
    """Descriptor made by `@raw_capable` on an async method; binds like a function."""

    def __init__(self, fn: Callable[Concatenate[S, P], Coroutine[Any, Any, APIResult[T]]]) -> None:
        self._fn = fn
        _copy_metadata(self, fn)

    @overload
    def __get__(self: _D, obj: None, owner: type[Any] | None = None) -> _D: ...
    @overload
    def __get__(self, obj: S, owner: type[Any] | None = None) -> AsyncRawCapableMethod[P, T]: ...
    def __get__(self, obj: S | None, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        fn = self._fn

        def call(*args: P.args, **kwargs: P.kwargs) -> Coroutine[Any, Any, APIResult[T]]:
            return fn(obj, *args, **kwargs)

        return functools.update_wrapper(AsyncRawCapableMethod(call), fn)


@overload
def raw_capable(
    fn: Callable[Concatenate[S, P], Coroutine[Any, Any, APIResult[T]]],
) -> AsyncRawCapable[S, P, T]: ...
@overload
def raw_capable(fn: Callable[Concatenate[S, P], APIResult[T]]) -> SyncRawCapable[S, P, T]: ...
def raw_capable(fn: Callable[..., Any]) -> SyncRawCapable[Any, Any, Any] | AsyncRawCapable[Any, Any, Any]:
    """Declare a resource method returning `APIResult[T]` (or a coroutine of one) as raw-capable."""
    if inspect.iscoroutinefunction(fn):
        return AsyncRawCapable(fn)
    return SyncRawCapable(fn)


class RawResponseView(Generic[R]):
    """`resource.with_raw_response`: the resource's raw-capable methods, answering `RawResponse`s.

    Sub-resources are followed, so `client.with_raw_response.runs.get(...)` works. Looked up by
    name, hence typed `Any`; `resource.method.with_raw_response(...)` is the statically typed form.
    """

    def __init__(self, resource: R) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._resource, name)
        raw = getattr(target, "with_raw_response", None)
        if raw is None:
            raise AttributeError(f"{type(self._resource).__name__}.{name} has no raw-response form")
        return raw

    def __repr__(self) -> str:
        return f"<RawResponseView of {type(self._resource).__name__}>"


class RawResponseMixin:
    """Gives a resource (or a client) its `with_raw_response` view."""

    @property
    def with_raw_response(self: R) -> RawResponseView[R]:
        """This object's raw-capable methods, answering `RawResponse`s: `client.runs.with_raw_response.get(...)`."""

        return RawResponseView(self)
