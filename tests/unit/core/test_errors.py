"""From httpx2 to agentplug.errors: status mapping, platform error bodies, transport failures, bad bodies."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx2
import pytest
from agentplug._core._async._bodies import async_read_error_content
from agentplug._core._errors import (
    build_model,
    connection_error,
    parse_error_body,
    parse_json,
    status_error,
)
from agentplug._core._sync._bodies import read_error_content
from agentplug.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from agentplug_acp_client.models import RunStateless
from hypothesis import example, given, settings
from hypothesis import strategies as st

PLATFORMS = ("acp", "nat", "prefactor", "moderately")
SECRET = "s3cr3t-signature-value"
URL = f"https://api.example.com/runs?limit=5&X-Amz-Signature={SECRET}&api_key={SECRET}"


def _response(
    status: int,
    content: bytes | str = b"",
    *,
    headers: dict[str, str] | None = None,
    json_body: Any = None,
    method: str = "GET",
) -> httpx2.Response:
    request = httpx2.Request(method, URL)
    if json_body is not None:
        return httpx2.Response(status, json=json_body, headers=headers, request=request)
    return httpx2.Response(status, content=content, headers=headers, request=request)


# ------------------------------------------------------------------------------------------------
# status → class


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (418, APIStatusError),
        (405, APIStatusError),
    ],
)
def test_each_status_maps_to_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = status_error(_response(status, json_body={"detail": "boom"}), platform="acp")
    assert type(error) is cls
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.message == "boom"


def test_520_with_an_empty_body_has_a_fallback_message() -> None:
    error = status_error(_response(520), platform="acp")
    assert isinstance(error, InternalServerError)
    assert error.message == "HTTP 520"
    assert error.body is None
    assert error.code is None


def test_fallback_message_uses_the_standard_reason_phrase() -> None:
    error = status_error(_response(503, b""), platform="nat")
    assert error.message == "HTTP 503 Service Unavailable"


def test_exception_carries_headers_method_and_redacted_url() -> None:
    error = status_error(
        _response(404, json_body={"detail": "Run not found"}, headers={"x-extra": "1"}, method="DELETE"),
        platform="acp",
    )
    assert error.headers["x-extra"] == "1"
    assert error.method == "DELETE"
    assert error.url is not None
    assert "api.example.com/runs" in error.url
    assert "limit=5" in error.url
    assert SECRET not in error.url
    assert SECRET not in str(error)
    assert "404: Run not found (DELETE https://api.example.com/runs?" in str(error)


def test_response_without_request_still_maps() -> None:
    error = status_error(httpx2.Response(500, json={"detail": "x"}), platform="acp")
    assert isinstance(error, InternalServerError)
    assert (error.method, error.url) == (None, None)


# ------------------------------------------------------------------------------------------------
# platform bodies


@pytest.mark.parametrize(
    ("platform", "body", "expected"),
    [
        ("acp", {"detail": "Invalid API Key"}, ("Invalid API Key", None)),
        ("acp", "Agent not found", ("Agent not found", None)),  # the spec's bare-string ErrorResponse
        (
            "acp",
            {
                "detail": [
                    {"loc": ["body", "input", 0], "msg": "Field required", "type": "missing"},
                    {"loc": ["query", "limit"], "msg": "too big", "type": "less_than_equal"},
                ]
            },
            ("body.input.0: Field required; query.limit: too big", "missing"),
        ),
        ("nat", {"detail": "Execution e1 not found"}, ("Execution e1 not found", None)),
        (
            "nat",
            {"code": "workflow_error", "message": "No human prompt callback", "details": "NotImplementedError"},
            ("No human prompt callback", "workflow_error"),
        ),
        ("nat", {"detail": [{"loc": [], "msg": "bad", "type": "value_error"}]}, ("bad", "value_error")),
        (
            "prefactor",
            {"status": "error", "code": "not_found", "message": "Agent not found", "errors": {}},
            ("Agent not found", "not_found"),
        ),
        (
            "prefactor",
            {
                "status": "error",
                "code": "validation_errors",
                "message": "Validation failed",
                "errors": {"name": ["can't be blank", "too short"], "details": {"team_id": "is invalid"}},
            },
            (
                "Validation failed: name: can't be blank; name: too short; details.team_id: is invalid",
                "validation_errors",
            ),
        ),
        (
            "moderately",
            {
                "error": {
                    "code": "DATASET_NOT_FOUND",
                    "message": "Dataset not found",
                    "details": None,
                    "timestamp": "2025-01-01T00:00:00Z",
                    "path": "/datasets/d1",
                    "requestId": "req-9",
                }
            },
            ("Dataset not found", "DATASET_NOT_FOUND"),
        ),
        (
            "moderately",
            {
                "error": {
                    "code": "validation_error",
                    "message": "The request is invalid",
                    "details": [
                        {"field": "body.configuration.blocks.in.config.json_schema", "message": "must be an object"},
                        {"message": "is not JSON"},
                        "not an item",
                    ],
                }
            },
            (
                "The request is invalid: body.configuration.blocks.in.config.json_schema: must be an object;"
                " is not JSON",
                "validation_error",
            ),
        ),
        ("moderately", {"error": "Bad gateway"}, ("Bad gateway", None)),
        # Gateways in front of any platform answer with their own shapes.
        ("moderately", {"message": "Forbidden"}, ("Forbidden", None)),
        ("prefactor", {"detail": "Not Found"}, ("Not Found", None)),
        ("acp", {"error": {"code": 7, "message": "m"}}, ("m", "7")),
        # Nothing recognisable.
        ("acp", {"detail": {"nested": 1}}, (None, None)),
        ("nat", [1, 2], (None, None)),
        ("prefactor", None, (None, None)),
        ("moderately", {"error": {"code": True, "message": 3}}, (None, None)),
        ("acp", "   ", (None, None)),
        ("unknown-platform", {"detail": "still read"}, ("still read", None)),
    ],
)
def test_parse_error_body(platform: str, body: Any, expected: tuple[str | None, str | None]) -> None:
    assert parse_error_body(platform, body) == expected


def test_prefactor_field_errors_are_summarised_and_bounded() -> None:
    body = {"status": "error", "code": "validation_errors", "errors": {f"f{i}": "bad" for i in range(50)}}
    message, code = parse_error_body("prefactor", body)
    assert code == "validation_errors"
    assert message is not None
    assert message.startswith("f0: bad; f1: bad")
    assert message.endswith("more)")
    assert message.count("bad") == 10


def test_error_code_and_message_reach_the_exception() -> None:
    body = {"status": "error", "code": "unauthorized", "message": "Token revoked"}
    error = status_error(_response(401, json_body=body), platform="prefactor")
    assert isinstance(error, AuthenticationError)
    assert (error.message, error.code, error.body) == ("Token revoked", "unauthorized", body)


def test_urls_in_server_messages_are_redacted() -> None:
    body = {"error": {"code": "E", "message": f"cannot fetch https://bucket.s3/x?X-Amz-Signature={SECRET} now"}}
    message, _ = parse_error_body("moderately", body)
    assert message == "cannot fetch https://bucket.s3/x?X-Amz-Signature=REDACTED now"


def test_very_long_messages_are_truncated() -> None:
    message, _ = parse_error_body("acp", {"detail": "x" * 100_000})
    assert message is not None
    assert len(message) < 5000


# ------------------------------------------------------------------------------------------------
# awkward bodies


def test_html_body_is_kept_as_text_and_not_used_as_message() -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    error = status_error(_response(502, html, headers={"content-type": "text/html"}), platform="moderately")
    assert isinstance(error, InternalServerError)
    assert error.body == html
    assert error.message == "HTTP 502 Bad Gateway"


def test_short_plain_text_body_becomes_the_message() -> None:
    response = _response(500, "Internal Server Error\nmore", headers={"content-type": "text/plain; charset=utf-8"})
    error = status_error(response, platform="nat")
    assert error.message == "Internal Server Error"


def test_invalid_utf8_body_does_not_raise() -> None:
    error = status_error(_response(400, b"\xff\xfe\xfa{not json"), platform="prefactor")
    assert isinstance(error, BadRequestError)
    assert isinstance(error.body, str)
    assert "{not json" in error.body


def test_huge_body_is_truncated() -> None:
    error = status_error(_response(500, b"A" * 5_000_000), platform="acp")
    assert isinstance(error.body, str)
    assert len(error.body) < 9 * 1024
    assert error.body.endswith("[truncated]")


def test_deeply_nested_json_does_not_raise() -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    error = status_error(_response(500, body), platform="acp")
    assert isinstance(error, InternalServerError)
    assert isinstance(error.body, str)


def test_json_string_body_is_the_message() -> None:
    error = status_error(_response(404, b'"Thread not found"'), platform="acp")
    assert (error.message, error.body) == ("Thread not found", "Thread not found")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"x-request-id": "r1", "cf-ray": "ray"}, "r1"),
        ({"request-id": "r2"}, "r2"),
        ({"x-amzn-RequestId": "r3"}, "r3"),
        ({"x-correlation-id": "r4"}, "r4"),
        ({"cf-ray": "r5"}, "r5"),
        ({"x-request-id": "", "cf-ray": "r6"}, "r6"),
        ({}, None),
    ],
)
def test_request_id_from_headers(headers: dict[str, str], expected: str | None) -> None:
    error = status_error(_response(500, json_body={"detail": "x"}, headers=headers), platform="acp")
    assert error.request_id == expected
    if expected:
        assert expected in str(error)


def test_request_id_from_the_moderately_error_body() -> None:
    body = {"error": {"code": "X", "message": "m", "timestamp": "t", "requestId": "body-id"}}
    assert status_error(_response(403, json_body=body), platform="moderately").request_id == "body-id"
    with_header = _response(403, json_body=body, headers={"x-request-id": "header-id"})
    assert status_error(with_header, platform="moderately").request_id == "header-id"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
# Bodies shaped like the platforms' own, with arbitrary values inside.
shaped_values = st.one_of(
    st.fixed_dictionaries({"detail": json_values}),
    st.fixed_dictionaries({"detail": st.lists(st.dictionaries(st.sampled_from(["loc", "msg", "type"]), json_values))}),
    st.fixed_dictionaries({"status": json_values, "code": json_values, "message": json_values, "errors": json_values}),
    st.fixed_dictionaries({"error": json_values}),
    st.fixed_dictionaries({"error": st.dictionaries(st.sampled_from(["code", "message", "requestId"]), json_values)}),
)


@settings(max_examples=300, deadline=None)
@given(platform=st.sampled_from(PLATFORMS), body=json_values | shaped_values)
def test_parse_error_body_never_raises(platform: str, body: Any) -> None:
    message, code = parse_error_body(platform, body)
    assert message is None or isinstance(message, str)
    assert code is None or isinstance(code, str)


@settings(max_examples=200, deadline=None)
@given(
    platform=st.sampled_from(PLATFORMS),
    status=st.integers(min_value=400, max_value=599),
    body=json_values | shaped_values,
)
@example(platform="prefactor", status=400, body={"status": None, "code": 0, "message": None, "errors": ""})
def test_any_json_error_body_gives_the_mapped_exception(platform: str, status: int, body: Any) -> None:
    response = _response(status, json.dumps(body).encode(), headers={"content-type": "application/json"})
    with pytest.raises(APIStatusError) as caught:
        raise status_error(response, platform=platform)
    assert caught.value.status_code == status
    assert isinstance(caught.value.message, str) and caught.value.message
    str(caught.value)


@settings(max_examples=200, deadline=None)
@given(platform=st.sampled_from(PLATFORMS), status=st.integers(min_value=400, max_value=599), content=st.binary())
def test_any_bytes_error_body_gives_the_mapped_exception(platform: str, status: int, content: bytes) -> None:
    with pytest.raises(APIStatusError):
        raise status_error(_response(status, content), platform=platform)


# ------------------------------------------------------------------------------------------------
# streamed error responses


def _error_stream_transport(body: bytes) -> httpx2.MockTransport:
    return httpx2.MockTransport(lambda request: httpx2.Response(500, content=body))


def test_unread_sync_stream_is_read_when_mapping() -> None:
    with httpx2.Client(transport=_error_stream_transport(b'{"detail": "late"}')) as client:
        response = client.send(client.build_request("GET", "http://acp/runs"), stream=True)
        error = status_error(response, platform="acp")
    assert error.message == "late"
    assert response.is_closed


def test_read_error_content_is_bounded() -> None:
    def chunks() -> Any:
        for _ in range(10_000):
            yield b"x" * 1024

    transport = httpx2.MockTransport(lambda request: httpx2.Response(500, content=chunks()))
    with httpx2.Client(transport=transport) as client:
        response = client.send(client.build_request("GET", "http://acp/"), stream=True)
        content = read_error_content(response)
    assert content is not None
    assert 1024 * 1024 < len(content) < 2 * 1024 * 1024


@pytest.mark.anyio
async def test_async_stream_body_is_read_by_the_async_helper() -> None:
    async def body() -> Any:
        yield b'{"error": {"message": "m",'
        yield b' "code": "C"}}'

    transport = httpx2.MockTransport(lambda request: httpx2.Response(500, content=body()))
    async with httpx2.AsyncClient(transport=transport) as c:
        response = await c.send(c.build_request("GET", "http://m/"), stream=True)
        # The sync mapper cannot read an async stream: it still answers, without a body.
        assert status_error(response, platform="moderately").body is None
        content = await async_read_error_content(response)
    error = status_error(response, platform="moderately", content=content)
    assert (error.message, error.code) == ("m", "C")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# ------------------------------------------------------------------------------------------------
# transport failures

REQUEST = httpx2.Request("POST", URL)


@pytest.mark.parametrize(
    ("exc", "cls", "phrase"),
    [
        (httpx2.ConnectError("[Errno 111] Connection refused", request=REQUEST), APIConnectionError, "connect"),
        (httpx2.ReadTimeout("timed out", request=REQUEST), APITimeoutError, "response"),
        (httpx2.ConnectTimeout("", request=REQUEST), APITimeoutError, "connecting"),
        (httpx2.PoolTimeout("", request=REQUEST), APITimeoutError, "pool"),
        (httpx2.WriteTimeout("", request=REQUEST), APITimeoutError, "sending"),
        (httpx2.RemoteProtocolError("peer closed", request=REQUEST), APIConnectionError, "closed the connection"),
        (httpx2.ReadError("reset", request=REQUEST), APIConnectionError, "reading"),
        (httpx2.ProxyError("407", request=REQUEST), APIConnectionError, "proxy"),
    ],
)
def test_connection_error_mapping(exc: httpx2.HTTPError, cls: type[APIConnectionError], phrase: str) -> None:
    error = connection_error(exc, None)
    assert type(error) is cls
    assert phrase in str(error).lower()
    assert type(exc).__name__ in str(error)
    assert error.method == "POST"
    assert error.url is not None and "api.example.com/runs" in error.url
    assert SECRET not in str(error) and SECRET not in error.url


def test_connection_error_prefers_the_given_request_and_scrubs_urls_in_the_detail() -> None:
    exc = httpx2.ConnectError(f"cannot reach https://user:{SECRET}@proxy.local:3128/?token={SECRET}")
    error = connection_error(exc, httpx2.Request("GET", "http://acp/agents"))
    assert (error.method, error.url) == ("GET", "http://acp/agents")
    assert SECRET not in str(error)
    assert "proxy.local" in str(error)


def test_connection_error_without_any_request() -> None:
    error = connection_error(httpx2.ConnectError("refused"), None)
    assert isinstance(error, APIConnectionError)
    assert (error.method, error.url) == (None, None)


def test_real_transport_failures_map() -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("[Errno 111] Connection refused", request=request)

    with httpx2.Client(transport=httpx2.MockTransport(refuse)) as client, pytest.raises(APIConnectionError):
        try:
            client.get("http://acp/agents")
        except httpx2.TransportError as exc:
            raise connection_error(exc, exc.request) from exc


# ------------------------------------------------------------------------------------------------
# success bodies: JSON, then the declared shape


def test_parse_json_decodes_the_body() -> None:
    assert parse_json(_response(200, json_body={"a": [1, 2]}), platform="acp") == {"a": [1, 2]}
    assert parse_json(_response(200, b"null"), platform="acp") is None


@pytest.mark.parametrize(
    "content",
    [b"", b"   ", b"<html>oops</html>", b"\xff\xfe\xfa", b"{'single': 'quotes'}", b"[" * 100_000],
)
def test_parse_json_rejects_non_json(content: bytes) -> None:
    response = _response(200, content, headers={"content-type": "text/html"})
    with pytest.raises(ResponseValidationError) as caught:
        parse_json(response, platform="nat")
    error = caught.value
    assert error.status_code == 200
    assert error.method == "GET"
    assert SECRET not in str(error)
    assert "nat" in str(error)


def test_parse_json_keeps_only_a_bounded_copy_of_a_bad_body() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        parse_json(_response(200, b"<" * 1_000_000), platform="acp")
    assert len(caught.value.body) < 9 * 1024
    assert len(str(caught.value)) < 1000


GOOD_RUN = {
    "agent_id": "6f1d2b1e-8a4c-4c59-9d3a-2b3f4e5a6b7c",
    "run_id": "6f1d2b1e-8a4c-4c59-9d3a-2b3f4e5a6b7d",
    "created_at": "2025-01-01T00:00:00",
    "updated_at": "2025-01-01T00:00:00",
    "status": "pending",
    "creation": {},
}


def test_build_model_returns_the_model() -> None:
    run = build_model(RunStateless.from_dict, GOOD_RUN, response=_response(200))
    assert isinstance(run, RunStateless)


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        ({k: v for k, v in GOOD_RUN.items() if k != "run_id"}, KeyError),
        (["not", "an", "object"], TypeError),
        ({**GOOD_RUN, "created_at": "not a date"}, ValueError),
        ({**GOOD_RUN, "creation": 5}, AttributeError),
        ({**GOOD_RUN, "creation": {"metadata": [1]}}, TypeError),
    ],
)
def test_build_model_wraps_shape_errors(data: Any, cause: type[Exception]) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        build_model(RunStateless.from_dict, data, response=_response(200, method="POST"))
    error = caught.value
    assert isinstance(error.__cause__, cause)
    assert "RunStateless" in str(error)
    assert cause.__name__ in str(error)
    assert error.body is data
    assert error.status_code == 200
    assert error.method == "POST"
    assert SECRET not in str(error)


def test_build_model_message_does_not_dump_the_body() -> None:
    data = {**GOOD_RUN, "padding": "p" * 10_000, "created_at": None}
    with pytest.raises(ResponseValidationError) as caught:
        build_model(RunStateless.from_dict, data, response=_response(200))
    assert len(str(caught.value)) < 600


def test_build_model_accepts_an_explicit_model_name() -> None:
    with pytest.raises(ResponseValidationError, match="valid Run list"):
        build_model(lambda d: [RunStateless.from_dict(x) for x in d], 5, response=_response(200), model="Run list")


def _closure_parser() -> Any:
    def fetch() -> Any:
        return lambda body: RunStateless.from_dict(body)

    return fetch()


def test_build_model_never_names_a_closure_or_lambda() -> None:
    # A parser built inside a function (`API.pager.<locals>.fetch.<locals>.<lambda>`) is no name for a caller.
    with pytest.raises(ResponseValidationError) as caught:
        build_model(_closure_parser(), {"run_id": 1}, response=_response(200))
    message = str(caught.value)
    assert "<locals>" not in message and "<lambda>" not in message
    assert message.startswith("The server's answer is not a valid response: KeyError")


@settings(max_examples=200, deadline=None)
@given(data=json_values)
def test_build_model_raises_only_response_validation_errors(data: Any) -> None:
    with contextlib.suppress(ResponseValidationError):
        build_model(RunStateless.from_dict, data, response=_response(200))
