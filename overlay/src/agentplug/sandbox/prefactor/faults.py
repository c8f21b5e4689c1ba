"""Lost answers on demand: the request takes effect, then the connection dies mid-response.

This is what a client sees when a proxy times out or a network drops after the server committed:
the only safe reaction is to retry with the same idempotency key, and the server must answer the
stored result instead of acting twice.
"""

from __future__ import annotations

import logging
import random

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["DropResponses", "ResponseDropped"]


class ResponseDropped(Exception):
    """Raised after half an answer was sent: the server closes the connection."""


class _QuietDrops(logging.Filter):
    # uvicorn logs every exception escaping the app; a dropped answer is deliberate.
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ResponseDropped))


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


class DropResponses:
    """Wraps the app: with probability `rate` an API request takes effect, then its connection is cut.

    The cut happens before any byte of the answer when the server exposes its transport (uvicorn
    does), the way a proxy timing out behaves; otherwise half the answer is sent first.
    """

    def __init__(self, app: ASGIApp, rate: float, seed: int | None = None, prefix: str = "/api/v1/") -> None:
        self._app = app
        self._rate = rate
        self._random = random.Random(seed)
        self._prefix = prefix
        self.state = getattr(app, "state", None)  # the wrapped app's state stays reachable
        self.dropped = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self._prefix) or self._random.random() >= self._rate:
            await self._app(scope, receive, send)
            return
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self._app(scope, receive, keep)  # the request takes effect in full
        self.dropped += 1
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        if transport is not None:
            transport.abort()  # no answer at all
        else:
            start = next(m for m in messages if m["type"] == "http.response.start")
            body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
            await send(start)
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        raise ResponseDropped
