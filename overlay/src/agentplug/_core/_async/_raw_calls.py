"""The raw and streaming forms of every async method (`obj.with_raw_response`, `obj.with_streaming_response`).

    run = await client.runs.get(run_id)                             # the typed result
    raw = await client.runs.with_raw_response.get(run_id)           # RawResponse: status, headers, .parse()
    async with client.runs.with_streaming_response.get(run_id) as response:
        async for chunk in response.aiter_bytes(): ...               # the body, unread until now
        run = await response.parse()                                 # or the typed result after all

Both forms work on every public method, pagers and streams included: a pager's raw response is
its first page's, a stream's is the response that opened it. A call that sends several requests
(create, then wait) records each (`RawResponse.responses`); the streaming form stops at the first.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx2

from agentplug.errors import ConfigurationError

from .._call_options import CallScope as _Scope
from .._call_options import Capture, CaptureMode, OpensLazily, ResponseOpened, TakesCallOptions, applied
from .._options import current_options
from .._response import RawResponse, ResponseFacts
from ._bodies import async_read_body
from ._pagination import AsyncPager

__all__ = [
    "AsyncRawResponseView",
    "AsyncStreamedResponse",
    "AsyncStreamingResponseView",
]

R = TypeVar("R")


async def _prime(result: Any) -> None:
    """Send a lazy result's first request now, so that its response can be shown."""
    if isinstance(result, AsyncPager):
        await result.first_page()
    elif isinstance(result, OpensLazily):
        await result.open()


async def _run(method: Callable[..., Any], capture: Capture, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Call `method` (and open its lazy result) under `capture`."""
    with applied(_Scope(capture=capture)):
        outcome = method(*args, **kwargs)  # a coroutine, or a lazy result (a pager, a stream)
        result = await outcome if inspect.isawaitable(outcome) else outcome  # noqa: RUF034, RUF100 (alike in the sync twin)
        await _prime(result)
    return result


def _name(method: Callable[..., Any]) -> str:
    return str(getattr(method, "__qualname__", method))


def _described(call: Callable[..., Any], method: Callable[..., Any], answer: str) -> Callable[..., Any]:
    """`call` shown as `method` is (name, docs, parameters), answering `answer` (for `help()`, IPython)."""
    functools.update_wrapper(call, method)
    with contextlib.suppress(TypeError, ValueError):  # a callable without a signature keeps the plain one
        call.__signature__ = inspect.signature(method).replace(return_annotation=answer)  # type: ignore[attr-defined]
    return call


class AsyncStreamedResponse(ResponseFacts, Generic[R]):
    """A call's first response with its body unread: read it, iterate it, or `parse()` the result.

    Close it (or leave the `async with` block) to release the connection. `status_code`,
    `headers`, `http_version`, `url` and `http_response` describe it before any byte is read.
    """

    def __init__(self, opened: ResponseOpened, parse: Callable[[httpx2.Response], Any]) -> None:
        self._response = opened.response
        self._streamed = opened.streamed
        self._parse = parse

    async def aread(self) -> bytes:
        """The whole body (up to the call's `max_body_size`)."""
        return await async_read_body(self._response, current_options().body_limit)

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives."""
        return self._response.aiter_bytes(chunk_size)

    def aiter_lines(self) -> AsyncIterator[str]:
        """The body's lines as they arrive."""
        return self._response.aiter_lines()

    async def parse(self) -> R:
        """The call's typed result, built from this response (read now, unless the result streams it)."""
        if not self._streamed:
            await self.aread()
        result: R = await self._parse(self._response)
        return result

    async def aclose(self) -> None:
        """Release the connection (the rest of the body is not read)."""
        await self._response.aclose()

    async def __aenter__(self) -> AsyncStreamedResponse[R]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<StreamedResponse [{self.status_code}]>"


class _AsyncStreamedCall:
    """What `with_streaming_response.method(...)` returns: opens the call's first response on entry."""

    def __init__(self, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._method = method
        self._args = args
        self._kwargs = kwargs
        self._opened: AsyncStreamedResponse[Any] | None = None

    async def _replay(self, response: httpx2.Response) -> Any:
        replay = Capture(CaptureMode.REPLAY, replay=response)
        return await _run(self._method, replay, self._args, dict(self._kwargs))

    async def __aenter__(self) -> AsyncStreamedResponse[Any]:
        try:
            await _run(self._method, Capture(CaptureMode.STREAM), self._args, dict(self._kwargs))
        except ResponseOpened as opened:
            self._opened = AsyncStreamedResponse(opened, self._replay)
            return self._opened
        raise ConfigurationError(f"{_name(self._method)} sent no request, so it has no streaming form")

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._opened is not None:
            await self._opened.aclose()


class AsyncRawResponseView(Generic[R]):
    """`obj.with_raw_response`: `obj`'s public methods, each answering a `RawResponse` (awaited).

    Sub-resources are followed: `client.with_raw_response.runs.get(...)`.
    """

    def __init__(self, target: R) -> None:
        self._target = target

    def _view(self, target: Any) -> Any:
        return type(self)(target)

    def _wrap(self, method: Callable[..., Any]) -> Callable[..., Any]:
        async def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            capture = Capture(CaptureMode.RECORD)
            try:
                result = await _run(method, capture, args, kwargs)
            finally:
                capture.finish()
            if not capture.responses:
                raise ConfigurationError(f"{_name(method)} sent no request, so it has no raw response")
            return RawResponse(capture.responses, result)

        return _described(call, method, "RawResponse")

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._target, name)
        if isinstance(target, TakesCallOptions):
            return self._view(target)
        if name.startswith("_") or not callable(target):
            raise AttributeError(f"{type(self._target).__name__}.{name} is not a method with a raw-response form")
        return self._wrap(target)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {type(self._target).__name__}>"


class AsyncStreamingResponseView(AsyncRawResponseView[R]):
    """`obj.with_streaming_response`: `obj`'s public methods, each giving its first response unread.

    `async with client.runs.with_streaming_response.get(run_id) as response: ...`
    """

    def _wrap(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> _AsyncStreamedCall:
            return _AsyncStreamedCall(method, args, kwargs)

        return _described(call, method, "StreamedResponse")
