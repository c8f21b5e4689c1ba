"""The models behave as Prefactor's reference documents them (seed pages of prefactor_http.models)."""

from __future__ import annotations

import pytest
from agentplug.errors import ConfigurationError, ResponseValidationError
from agentplug.prefactor import (
    ActionPermission,
    ActionProfile,
    AgentInstance,
    ApiResponse,
    BulkItem,
    BulkRequest,
    DataCategories,
    DataRisk,
    TimestampRequest,
)


def instance_json() -> dict[str, object]:
    # The reference's AgentInstance: no agent_deployment_id.
    return {
        "type": "agent_instance",
        "id": "inst_1",
        "account_id": "acc_1",
        "agent_id": "agent_1",
        "agent_version_id": "ver_1",
        "environment_id": "env_1",
        "status": "active",
        "inserted_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:01Z",
        "started_at": None,
        "finished_at": None,
        "span_counts": None,
    }


def test_an_agent_instance_of_the_reference_shape_parses() -> None:
    instance = AgentInstance.from_dict(instance_json())
    assert instance.id == "inst_1" and instance.status == "active" and instance.started_at is None


def test_timestamp_request_without_a_timestamp_sends_nothing() -> None:
    assert TimestampRequest().to_dict() == {}
    assert TimestampRequest(timestamp=None).to_dict() == {"timestamp": None}


def test_data_risk_models_default_to_unknown() -> None:
    profile = ActionProfile()
    assert {profile.create_data, profile.financial_transactions, profile.external_communication} == {"unknown"}
    categories = DataCategories()
    assert categories.personal_identifiers == "unknown" and categories.classification == "unknown"
    risk = DataRisk(action_profile=profile, params_data_categories=categories, result_data_categories=categories)
    assert risk.to_dict()["action_profile"]["read_data"] == "unknown"
    assert ActionProfile(read_data=ActionPermission.ALLOWED).to_dict()["read_data"] == "allowed"


@pytest.mark.parametrize("key", ["short", "x" * 65])
def test_a_bulk_item_checks_its_key_length(key: str) -> None:
    with pytest.raises(ConfigurationError, match="8 to 64"):
        BulkItem("agents/list", key)


def test_a_bulk_item_needs_a_type() -> None:
    with pytest.raises(ConfigurationError, match="_type"):
        BulkItem("", "12345678")


def test_a_bulk_request_needs_items_with_unique_keys() -> None:
    item = BulkItem("agents/list", "key-0001")
    with pytest.raises(ConfigurationError, match="at least one"):
        BulkRequest(items=[])
    with pytest.raises(ConfigurationError, match="used twice"):
        BulkRequest(items=[item, BulkItem("agents/show", "key-0001")])
    request = BulkRequest(items=[item, BulkItem("agents/show", "key-0002")])
    assert [i["idempotency_key"] for i in request.to_dict()["items"]] == ["key-0001", "key-0002"]
    # Built as the reference documents: `_type` and the operation's parameters as keywords.
    documented = BulkItem(_type="agents/show", idempotency_key="key-0004", agent_id="a")
    assert documented.to_dict() == {"_type": "agents/show", "idempotency_key": "key-0004", "agent_id": "a"}
    with pytest.raises(ConfigurationError, match="not both"):
        BulkItem("agents/show", "key-0005", _type="agents/list")
    # Reading keeps the extra parameters of an item next to its `_type`.
    read = BulkItem.from_dict({"_type": "agents/show", "idempotency_key": "key-0003", "agent_id": "a"})
    assert read["agent_id"] == "a" and isinstance(read, BulkItem)


def test_api_response_reads_a_typed_envelope() -> None:
    answer = ApiResponse.from_dict({"status": "success", "details": instance_json()}, AgentInstance.from_dict)
    assert answer.status == "success" and isinstance(answer.details, AgentInstance)
    assert answer.to_dict()["details"]["id"] == "inst_1"
    with pytest.raises(ResponseValidationError):
        ApiResponse.from_dict({"status": "success"}, AgentInstance.from_dict)
    with pytest.raises(ResponseValidationError):
        ApiResponse.from_dict({"status": "success", "details": {"id": 1}}, AgentInstance.from_dict)
