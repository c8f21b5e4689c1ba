"""Per-call options of every public method: `timeout`, `extra_headers`, `extra_query`, `extra_body`.

Every public method of a client, a resource or a handle takes them (its signature ends with
`**options: Unpack[CallOptions]`). `TakesCallOptions` wraps those methods when their class is
created: the wrapper takes the options off the call before the method's body runs and holds them
in a context variable while the call lasts. `HTTPBase` applies them to every request made under
it, so a call that makes several requests (create then poll, a pager, a stream) applies them to
each, and lazy results (pagers, streams) keep the scope of the call that made them.

The same scope carries the raw-response modes (`Capture`): RECORD keeps every answered response
(`with_raw_response`), STREAM stops the call at its first response, unread
(`with_streaming_response`), REPLAY hands that response back to the same call instead of sending
it again (`StreamedResponse.parse()`).

An explicit argument beats the ambient one: a per-call `timeout` beats `use_options(timeout=...)`.
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, TypedDict

from agentplug.errors import InvalidArgumentError

if TYPE_CHECKING:  # httpx2 loads with the first request, not with the client (NAT stays light)
    import httpx2

__all__ = [
    "OPTION_NAMES",
    "CallOptions",
    "CallScope",
    "Capture",
    "CaptureMode",
    "OpensLazily",
    "RequestExtras",
    "ResponseOpened",
    "TakesCallOptions",
    "applied",
    "current_call",
]


class RequestExtras(TypedDict, total=False):
    """What a method with a `timeout` of its own (a wait's limit) also accepts, for this call only.

    Attributes:
        extra_headers: headers added to each request (they win over the client's own).
        extra_query: query parameters added to each request (they win over the method's).
        extra_body: JSON fields merged into the request's JSON object body.
    """

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None


class CallOptions(RequestExtras, total=False):
    """What every method also accepts, for this call only: `RequestExtras`, and

    Attributes:
        timeout: seconds (or an `httpx2.Timeout`) for each request of the call; beats
            `use_options(timeout=...)` and the client's timeout.
    """

    timeout: float | httpx2.Timeout | None


OPTION_NAMES = frozenset(CallOptions.__optional_keys__)

_BODILESS = frozenset({"GET", "HEAD", "DELETE", "OPTIONS"})


class OpensLazily:
    """Marks a result that sends its first request when used (a stream): `open()` sends it now.

    The raw and streaming forms of a method call `open()` on such a result, so that the response
    that opened it can be shown.
    """

    __slots__ = ()
    open: Callable[[], Any]  # sends the first request (a coroutine function on async results)


class CaptureMode(Enum):
    RECORD = "record"  # keep every answered response
    STREAM = "stream"  # stop at the first response, its body unread
    REPLAY = "replay"  # answer the first request with the response given


class ResponseOpened(BaseException):
    """Ends a call in STREAM mode at its first response (headers read, body not).

    A BaseException, so that no `except Exception` in a method's body can take it for a failure.
    """

    def __init__(self, response: httpx2.Response, *, streamed: bool) -> None:
        super().__init__("response opened")
        self.response = response
        self.streamed = streamed  # the method asked for a stream (SSE): its body is the stream's


@dataclass(eq=False)
class Capture:
    """The raw side of one call: what it answered (RECORD), or how its first request ends."""

    mode: CaptureMode
    replay: httpx2.Response | None = None
    responses: list[httpx2.Response] = field(default_factory=list)
    done: bool = False

    def finish(self) -> None:
        """The call returned: later requests of its lazy results are plain requests."""
        self.done = True


@dataclass(frozen=True, slots=True)
class CallScope:
    """The options of one call, and its capture (None: a plain call)."""

    timeout: float | httpx2.Timeout | None = None
    headers: Mapping[str, str] | None = None
    query: Mapping[str, Any] | None = None
    body: Mapping[str, Any] | None = None
    capture: Capture | None = None
    requests: list[int] = field(default_factory=lambda: [0])  # requests sent so far (shared by copies)

    def merged(self, inner: CallScope) -> CallScope:
        """This (outer) call's scope with a nested call's options on top."""
        return CallScope(
            timeout=inner.timeout if inner.timeout is not None else self.timeout,
            headers={**(self.headers or {}), **(inner.headers or {})} or None,
            query={**(self.query or {}), **(inner.query or {})} or None,
            body={**(self.body or {}), **(inner.body or {})} or None,
            capture=inner.capture or self.capture,
            requests=inner.requests,
        )

    # ------------------------------------------------------------------ captures

    def replayed(self) -> httpx2.Response | None:
        """The response to answer this request with, in REPLAY mode (once)."""
        capture = self.capture
        if capture is None or capture.done or capture.mode is not CaptureMode.REPLAY:
            return None
        capture.done = True
        return capture.replay

    def streams_first(self) -> bool:
        """STREAM mode and nothing answered yet: this request's response ends the call, unread."""
        capture = self.capture
        if capture is None or capture.done or capture.mode is not CaptureMode.STREAM:
            return False
        capture.done = True
        return True

    def record(self, response: httpx2.Response) -> None:
        capture = self.capture
        if capture is not None and not capture.done and capture.mode is CaptureMode.RECORD:
            capture.responses.append(response)

    # ------------------------------------------------------------------ options

    def request_arguments(self, method: str, kwargs: dict[str, Any]) -> dict[str, Any]:
        """httpx2 request arguments with this call's options applied."""
        first = self.requests[0] == 0
        self.requests[0] += 1
        if self.timeout is not None and kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        if self.headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **self.headers}
        if self.query:
            kwargs["params"] = {**dict(kwargs.get("params") or {}), **self.query}
        if self.body:
            _merge_body(method, kwargs, self.body, first=first)
        return kwargs


def _merge_body(method: str, kwargs: dict[str, Any], extra: Mapping[str, Any], *, first: bool) -> None:
    """`extra_body` merged into the request's JSON object body (fields of `extra` win)."""
    if isinstance(kwargs.get("json"), Mapping):
        kwargs["json"] = {**kwargs["json"], **extra}
        return
    content = kwargs.get("content")
    if isinstance(content, bytes):
        try:
            decoded = json.loads(content)
        except ValueError:
            decoded = None
        if isinstance(decoded, dict):
            kwargs["content"] = json.dumps({**decoded, **extra}, separators=(",", ":")).encode()
            return
    if any(kwargs.get(name) is not None for name in ("json", "content", "data", "files")):
        raise InvalidArgumentError(
            f"extra_body: this {method} request's body is not a JSON object, so no fields can be merged into it",
            argument="extra_body",
        )
    if method.upper() not in _BODILESS:
        kwargs["json"] = dict(extra)
    elif first:  # a later bodiless request of a composite call (a poll) simply has no body to extend
        raise InvalidArgumentError(
            f"extra_body: a {method} request carries no body; use extra_query or extra_headers",
            argument="extra_body",
        )


# ---------------------------------------------------------------------- the context variable

_current: ContextVar[CallScope | None] = ContextVar("agentplug_call_scope", default=None)


def current_call() -> CallScope | None:
    """The scope of the method call running here (None outside any call with options or capture)."""
    return _current.get()


def enter(scope: CallScope) -> Token[CallScope | None]:
    outer = _current.get()
    return _current.set(scope if outer is None else outer.merged(scope))


def leave(token: Token[CallScope | None]) -> None:
    _current.reset(token)


@contextmanager
def applied(scope: CallScope | None) -> Iterator[None]:
    """Run a lazy result's request under the scope of the call that made it (None: as is).

    A call running now (a pager iterated inside another call's raw form, a feed's own `poll()`
    options) adds its options and capture on top.
    """
    if scope is None:
        yield
        return
    now = _current.get()
    token = _current.set(scope if now is None or now is scope else scope.merged(now))
    try:
        yield
    finally:
        _current.reset(token)


def _scope_of(kwargs: dict[str, Any], names: frozenset[str]) -> CallScope:
    """Take the per-call options out of a call's keyword arguments."""
    given = {name: kwargs.pop(name) for name in names & kwargs.keys()}
    headers = given.get("extra_headers")
    query = given.get("extra_query")
    body = given.get("extra_body")
    for name, value in (("extra_headers", headers), ("extra_query", query), ("extra_body", body)):
        if value is not None and not isinstance(value, Mapping):
            raise InvalidArgumentError(f"{name} must be a mapping, got {type(value).__name__}", argument=name)
    if body:
        try:
            json.dumps(body)
        except (TypeError, ValueError) as error:
            raise InvalidArgumentError(f"extra_body must be JSON: {error}", argument="extra_body") from None
    timeout = given.get("timeout")
    wrong = isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0
    if timeout is not None and type(timeout).__module__.split(".")[0] != "httpx2" and wrong:
        raise InvalidArgumentError(
            f"timeout must be seconds > 0 or an httpx2.Timeout, got {timeout!r}", argument="timeout"
        )
    return CallScope(
        timeout=timeout,
        headers=dict(headers) if headers else None,
        query=dict(query) if query else None,
        body=dict(body) if body else None,
    )


# ---------------------------------------------------------------------- method wrapping

_WRAPPED = "__agentplug_call_options__"


# `**options` annotated with one of these takes nothing else: another keyword is the caller's typo.
_OPTIONS_ONLY = frozenset({"Unpack[CallOptions]", "Unpack[RequestExtras]"})


class _Taker:
    """How one method's call is split: its own keywords, and the per-call options it does not name."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        parameters = inspect.signature(fn).parameters.values()
        own = frozenset(p.name for p in parameters if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL))
        keywords = next(p for p in parameters if p.kind is p.VAR_KEYWORD)
        self.names = OPTION_NAMES - own
        self.allowed = own | self.names if str(keywords.annotation) in _OPTIONS_ONLY else None
        self.qualname = fn.__qualname__

    def take(self, kwargs: dict[str, Any]) -> CallScope | None:
        """The call's options, taken out of `kwargs` (None when it has none)."""
        if self.allowed is not None and not self.allowed.issuperset(kwargs):
            unknown = sorted(set(kwargs) - self.allowed)[0]
            raise TypeError(f"{self.qualname}() got an unexpected keyword argument {unknown!r}")
        if self.names.isdisjoint(kwargs):
            return None
        return _scope_of(kwargs, self.names)


def _takes_keywords(fn: Callable[..., Any]) -> bool:
    return any(p.kind is p.VAR_KEYWORD for p in inspect.signature(fn).parameters.values())


def _taking_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, taking the per-call options it does not name itself off each call."""
    taker = _Taker(fn)

    if inspect.isasyncgenfunction(fn):

        @functools.wraps(fn)
        async def async_generator(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
            scope = taker.take(kwargs) if kwargs else None
            iterator = fn(*args, **kwargs)
            try:
                while True:
                    with applied(scope):
                        try:
                            item = await iterator.__anext__()
                        except StopAsyncIteration:
                            return
                    yield item
            finally:
                await iterator.aclose()

        wrapper: Callable[..., Any] = async_generator
    elif inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def coroutine(*args: Any, **kwargs: Any) -> Any:
            scope = taker.take(kwargs) if kwargs else None
            if scope is None:
                return await fn(*args, **kwargs)
            token = enter(scope)
            try:
                return await fn(*args, **kwargs)
            finally:
                leave(token)

        wrapper = coroutine
    else:

        @functools.wraps(fn)
        def function(*args: Any, **kwargs: Any) -> Any:
            scope = taker.take(kwargs) if kwargs else None
            if scope is None:
                return fn(*args, **kwargs)
            token = enter(scope)
            try:
                return fn(*args, **kwargs)
            finally:
                leave(token)

        wrapper = function
    setattr(wrapper, _WRAPPED, True)
    return wrapper


class TakesCallOptions:
    """Base of every client, resource and handle: its public methods take `CallOptions`.

    The public methods that take `**options: Unpack[CallOptions]` (or pass any keyword on to
    the operation, `**extra`) are wrapped when the class is created; they stay plain functions,
    so editors and `inspect.signature` see each method's own signature.
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("_") or not inspect.isfunction(value) or getattr(value, _WRAPPED, False):
                continue
            if _takes_keywords(value):  # methods that send requests end with **options (or **extra)
                setattr(cls, name, _taking_options(value))
