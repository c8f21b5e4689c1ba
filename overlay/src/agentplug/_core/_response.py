"""`RawResponse`: a call's HTTP response (status, headers, bytes) next to its typed result.

Every public method has a raw form (`client.runs.with_raw_response.get(run_id)`, see
`_async/_resource.py`); it answers a `RawResponse` whose `parse()` is what the method returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Generic, TypeVar

import httpx2

from ._errors import parse_json
from ._logging import redact_url

__all__ = ["RawResponse", "ResponseFacts"]

T = TypeVar("T")


class ResponseFacts:
    """What a raw or streamed response tells before its body: status, headers, version, URL."""

    _response: httpx2.Response

    @property
    def http_response(self) -> httpx2.Response:
        """The underlying `httpx2.Response` (of the last request, when the call sent several)."""

        return self._response

    @property
    def status_code(self) -> int:
        """The HTTP status code."""

        return self._response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        """The response headers."""

        return self._response.headers

    @property
    def http_version(self) -> str:
        """The HTTP version of the response (e.g. `HTTP/1.1`)."""

        return self._response.http_version

    @property
    def url(self) -> str:
        """The request URL, with credentials and signatures redacted ("" when unknown)."""
        try:
            return redact_url(self._response.url)
        except RuntimeError:  # a response built without a request
            return ""


class RawResponse(ResponseFacts, Generic[T]):
    """The HTTP response of a call, with the call's typed result available through `parse()`.

    `responses` holds every response the call was answered with, in order (a create then a wait,
    say); the properties describe the last one. A stream's response has its body unread: the
    stream (`parse()`) reads it.
    """

    def __init__(self, responses: Sequence[httpx2.Response], result: T, *, platform: str = "API") -> None:
        if not responses:
            raise ValueError("a raw response needs the call to have sent a request")
        self.responses = tuple(responses)
        self._response = responses[-1]
        self._result = result
        self._platform = platform

    @property
    def content(self) -> bytes:
        """The response body as bytes."""

        return self._response.content

    @property
    def http_version(self) -> str:
        """The HTTP version of the response (e.g. `HTTP/1.1`)."""

        return self._response.http_version

    @property
    def elapsed(self) -> timedelta | None:
        """Time from sending the request to closing the response (None while still open)."""
        try:
            return self._response.elapsed
        except RuntimeError:
            return None

    def parse(self) -> T:
        """The call's typed result (what the method returns when called directly)."""
        return self._result

    def json(self) -> object:
        """The decoded JSON body (ResponseValidationError when it is not JSON)."""
        return parse_json(self._response, platform=self._platform)

    def __repr__(self) -> str:
        # Headers stay out: they may carry cookies.
        return f"<RawResponse [{self.status_code}] {self.url}>"
