"""Reading runs back over pytest-httpx2: query names, paging stop rules, request bodies, malformed lists."""

from __future__ import annotations

import json
from typing import Any

import pytest
from agentplug.errors import ConfigurationError, NotFoundError, ResponseValidationError
from agentplug.prefactor import Prefactor
from pytest_httpx2 import HTTPXMock

BASE = "https://prefactor.test"
STAMP = "2025-01-01T00:00:00Z"


def _client() -> Prefactor:
    return Prefactor(api_url=BASE, api_token="tok", max_retries=0)


def _span(span_id: str) -> dict[str, Any]:
    return {"type": "agent_span", "id": span_id, "agent_instance_id": "inst", "schema_name": "step", "status": "active"}


def _page(items: list[dict[str, Any]], offset: int, following: int | None) -> dict[str, Any]:
    pagination = {"item_count": 99, "page_offset": offset, "page_size": 2, "next_page_offset": following}
    return {"status": "success", "summaries": items, "pagination": pagination, "sorting": None}


def test_span_pages_follow_next_page_offset_and_stop_when_it_does_not_move(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json=_page([_span("a"), _span("b")], 0, 2))
    # A server naming the offset just used again must not loop the reader.
    httpx2_mock.add_response(json=_page([_span("c")], 2, 2))
    with _client() as client:
        ids = [span.id for span in client.agent_spans.list(agent_instance_id="inst", page_size=2)]
    assert ids == ["a", "b", "c"]
    queries = [dict(request.url.params) for request in httpx2_mock.get_requests()]
    assert queries == [  # the first page sends no offset: only what is set goes on the wire
        {"agent_instance_id": "inst", "pagination[page_size]": "2"},
        {"agent_instance_id": "inst", "pagination[offset]": "2", "pagination[page_size]": "2"},
    ]


def test_a_feed_remembers_its_offset(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json=_page([_span("a")], 0, None))
    httpx2_mock.add_response(json=_page([], 1, None))
    httpx2_mock.add_response(json=_page([_span("b")], 1, None))
    with _client() as client:
        feed = client.agent_spans.feed("inst")
        assert [span.id for span in feed.poll()] == ["a"]
        assert feed.poll() == []
        assert [span.id for span in feed.poll()] == ["b"] and feed.offset == 2
    queries = [dict(request.url.params) for request in httpx2_mock.get_requests()]
    assert queries == [
        {"agent_instance_id": "inst"},
        {"agent_instance_id": "inst", "pagination[offset]": "1"},
        {"agent_instance_id": "inst", "pagination[offset]": "1"},
    ]


def test_update_and_terminate_send_what_the_spec_says(httpx2_mock: HTTPXMock) -> None:
    instance = {
        "type": "agent_instance",
        "id": "inst",
        "account_id": "acc",
        "agent_id": "ag",
        "agent_version_id": "v",
        "environment_id": "env",
        "agent_deployment_id": "dep",
        "status": "terminated",
        "inserted_at": STAMP,
        "updated_at": STAMP,
        "quality_payload": None,
        "cost_breakdown": {"total_cost": 0.12, "currency": "USD"},
    }
    httpx2_mock.add_response(json={"status": "success", "details": instance})
    httpx2_mock.add_response(json={"status": "success", "details": instance})
    with _client() as client:
        client.agent_instances.update("inst", quality_payload={"score": 1}, idempotency_key="key-update-1")
        stopped = client.agent_instances.terminate("inst", reason="over budget", idempotency_key="key-stop-1")
        with pytest.raises(ConfigurationError, match="reason"):
            client.agent_instances.terminate("inst", reason="")
    assert stopped.cost_breakdown.total_cost == 0.12  # type: ignore[union-attr]
    update, terminate = httpx2_mock.get_requests()
    assert (update.method, update.url.path) == ("PUT", "/api/v1/agent_instance/inst")
    sent = json.loads(update.content)
    assert sent == {"details": {"quality_payload": {"score": 1}}, "idempotency_key": "key-update-1"}
    assert (terminate.method, terminate.url.path) == ("POST", "/api/v1/agent_instance/inst/terminate")
    assert json.loads(terminate.content) == {"reason": "over budget", "idempotency_key": "key-stop-1"}
    assert terminate.headers["Idempotency-Key"] == "key-stop-1"


def test_clearing_the_quality_payload_sends_null(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(status_code=404, json={"status": "error", "code": "not_found", "message": "gone"})
    with _client() as client, pytest.raises(NotFoundError, match="gone"):
        client.agent_instances.update("inst", quality_payload=None, idempotency_key="key-clear-1")
    request = httpx2_mock.get_request()
    assert request is not None
    assert json.loads(request.content) == {"details": {"quality_payload": None}, "idempotency_key": "key-clear-1"}


@pytest.mark.parametrize(
    "body",
    [{"status": "success"}, {"status": "success", "summaries": [{"id": 1}], "pagination": None}, [1]],
)
def test_a_malformed_list_is_a_response_validation_error(httpx2_mock: HTTPXMock, body: Any) -> None:
    httpx2_mock.add_response(json=body)
    with _client() as client, pytest.raises(ResponseValidationError) as caught:
        client.agent_instances.list("ag").first_page()
    assert "<locals>" not in str(caught.value) and "lambda" not in str(caught.value)
