"""agentplug.acp.compat's ApiClient internals and transport settings: the edges, with httpx2-pytest."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from agentplug.acp.compat import (
    ACPClient,
    ApiClient,
    ApiClientConfiguration,
    ApiValueError,
    NotFoundException,
)
from agentplug.errors import ConfigurationError, ResponseValidationError
from pytest_httpx2 import HTTPXMock

BASE = "http://acp.test"
THREAD = str(uuid.uuid4())


@pytest.fixture
def api() -> Iterator[ApiClient]:
    with ApiClient(ApiClientConfiguration(host=BASE, api_key={"x-api-key": "old"}, retries=0)) as client:
        yield client


def thread_json() -> dict[str, Any]:
    return {
        "thread_id": THREAD,
        "created_at": "2026-11-23T13:04:40",
        "updated_at": "2026-11-23T13:04:40",
        "status": "idle",
        "metadata": {},
    }


def test_param_serialize_refuses_what_it_cannot_build(api: ApiClient) -> None:
    with pytest.raises(ApiValueError, match="thread_id"):
        api.param_serialize("GET", "/threads/{thread_id}")
    with pytest.raises(ApiValueError, match="collection format 'bogus'"):
        api.parameters_to_tuples({"a": [1]}, {"a": "bogus"})
    with pytest.raises(ApiValueError, match="cannot read the file"):
        api.files_parameters({"file": "/nonexistent/agentplug-upload"})
    with pytest.raises(ApiValueError, match="`in` must be header, query or cookie"):
        api.update_params_for_auth({}, [], ["x"], "/", "GET", None, {"in": "body", "key": "k", "value": "v"})


def test_param_serialize_adds_the_cookie_default_headers_and_query_credentials(api: ApiClient) -> None:
    api.cookie = "session=1"
    api.set_default_header("X-Team", "blue")
    method, url, headers, body, posts = api.param_serialize(
        "post",
        "/threads/search",
        query_params={"ids": ["a b", "c"]},
        body={"limit": 2},
        collection_formats={"ids": "multi"},
        auth_settings=["q"],
        _request_auth={"in": "query", "key": "token", "value": "t"},
    )
    assert (method, body, posts) == ("POST", {"limit": 2}, [])
    assert url == f"{BASE}/threads/search?ids=a%20b&ids=c&token=t"
    assert headers == {"X-Team": "blue", "Cookie": "session=1"}


def test_deserialize_reads_models_primitives_and_text(api: ApiClient) -> None:
    assert api.deserialize('{"a": [1, 2]}', "Dict[str, List[int]]", "application/json") == {"a": [1, 2]}
    assert api.deserialize("plain words", "str", "text/plain; charset=utf-8") == "plain words"
    assert api.deserialize(b"\x00\x01", "bytearray", "application/octet-stream") == bytearray(b"\x00\x01")
    assert api.deserialize("", "Agent", "application/json") is None
    assert str(api.deserialize('"2026-01-02T03:04:05"', "datetime", None)) == "2026-01-02 03:04:05"
    with pytest.raises(ApiValueError, match="not a model"):
        api.deserialize("{}", "NoSuchModel", "application/json")
    with pytest.raises(ApiValueError, match="'image/png'"):
        api.deserialize(b"\x89PNG", "Agent", "image/png")
    with pytest.raises(ResponseValidationError, match="not a valid Thread"):
        api.deserialize('{"thread_id": 3}', "Thread", "application/json")


def test_response_deserialize_raises_the_vendor_class_for_an_error_status(api: ApiClient) -> None:
    response = httpx2.Response(404, json={"detail": "no such thread"})
    with pytest.raises(NotFoundException) as caught:
        api.response_deserialize(response, {"200": "Thread"})
    assert caught.value.status == 404 and "no such thread" in (caught.value.body or "")
    ok = api.response_deserialize(httpx2.Response(200, json=thread_json()), {"2XX": "Thread"})
    assert str(ok.data.thread_id) == THREAD


def test_transport_settings_are_checked() -> None:
    configuration = ApiClientConfiguration(host=BASE)
    configuration.proxy_headers = {"X-Note": "1"}
    with pytest.raises(ConfigurationError, match="set `proxy` too"):
        ApiClient(configuration)
    configuration = ApiClientConfiguration(host=BASE)
    configuration.connection_pool_maxsize = 0
    with pytest.raises(ConfigurationError, match="at least 1"):
        ApiClient(configuration)


def test_the_refresh_hook_renews_the_clients_key_but_not_a_per_call_one(httpx2_mock: HTTPXMock, api: ApiClient) -> None:
    api.configuration.refresh_api_key_hook = lambda configuration: configuration.api_key.update({"x-api-key": "new"})
    api.configuration.tls_server_name = "acp.internal"
    httpx2_mock.add_response(method="GET", url=f"{BASE}/threads/{THREAD}", json=thread_json(), is_reusable=True)
    client = ACPClient(api)
    client.get_thread(THREAD)
    client.get_thread(THREAD, _request_auth={"in": "header", "key": "x-api-key", "value": "per-call"})
    first, second = httpx2_mock.get_requests()
    assert first.headers["x-api-key"] == "new" and second.headers["x-api-key"] == "per-call"
    assert first.extensions["sni_hostname"] == "acp.internal"
