"""Builders for data risk and schema versions; wire helpers for timestamps and ids."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from agentplug.errors import ConfigurationError
from agentplug.prefactor import AgentSchemaVersionForRegister, DataRisk, SchemaVersionBuilder, data_risk
from agentplug.prefactor._inputs import agent_version_body, schema_version_body
from agentplug.prefactor._wire import iso


def test_data_risk_marks_what_is_named_and_leaves_the_rest_unknown() -> None:
    risk = data_risk(allow=["read_data"], disallow=["destroy_data"], params_include=["personal_identifiers"],
                     result_exclude=["health_and_medical"], params_classification="internal")  # fmt: skip
    assert isinstance(risk, DataRisk)
    body = risk.to_dict()
    assert body["action_profile"]["read_data"] == "allowed" and body["action_profile"]["destroy_data"] == "disallowed"
    assert body["action_profile"]["create_data"] == "unknown"
    assert body["params_data_categories"]["personal_identifiers"] == "included"
    assert body["params_data_categories"]["classification"] == "internal"
    assert body["result_data_categories"]["health_and_medical"] == "excluded"
    assert len(body["params_data_categories"]) == 18


@pytest.mark.parametrize(
    "arguments",
    [{"allow": ["read"]}, {"allow": ["read_data"], "disallow": ["read_data"]}, {"params_classification": "top"}],
)
def test_data_risk_refuses_unknown_or_repeated_names(arguments: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        data_risk(**arguments)  # type: ignore[arg-type]


def test_schema_version_is_typed_and_its_identifier_is_stable() -> None:
    def build() -> SchemaVersionBuilder:
        return SchemaVersionBuilder().span_type("tool", {"type": "object"}, template="{{x}}").quality("accuracy")

    model = build().build()
    assert isinstance(model, AgentSchemaVersionForRegister)
    assert build().to_dict()["external_identifier"] == build().to_dict()["external_identifier"]
    other = SchemaVersionBuilder().span_type("tool", {"type": "string"}).to_dict()["external_identifier"]
    assert other != build().to_dict()["external_identifier"]
    with pytest.raises(ConfigurationError, match="twice"):
        build().span_type("tool")


def test_inputs_accept_models_builders_mappings_and_names() -> None:
    assert agent_version_body("1.2")["name"] == "1.2"
    assert "runtime_environment" in agent_version_body(None)
    assert schema_version_body({"external_identifier": "s"}) == {"external_identifier": "s"}
    assert schema_version_body(None)["external_identifier"].startswith("schema-")
    with pytest.raises(ConfigurationError):
        schema_version_body(42)  # type: ignore[arg-type]


def test_timestamps_always_carry_a_zone() -> None:
    aware = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))
    assert iso(aware) == "2025-01-02T01:04:05+00:00"
    naive = iso(datetime(2025, 1, 2, 3, 4, 5))
    assert naive is not None and naive.endswith("+00:00")
    assert iso(None) is None
