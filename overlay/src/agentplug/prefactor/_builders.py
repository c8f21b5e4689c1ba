"""Builders for data risk and schema versions: names checked, defaults filled, deterministic ids.

    risk = data_risk(allow=["read_data"], disallow=["destroy_data"],
                     params_include=["personal_identifiers"], params_classification="internal")
    schema = (
        SchemaVersionBuilder()
        .span_type("tool_call", {"type": "object"}, template="{{tool}} -> {{answer}}", data_risk=risk)
        .quality("accuracy", {"type": "object"})
        .build()
    )

Without an explicit external identifier, the schema version is named after a hash of its
content: the same schemas give the same identifier on every run (never a new version per start).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from agentplug.errors import ConfigurationError

from ._models import AgentSchemaVersionForRegister, DataRisk

__all__ = ["ACTION_FIELDS", "CATEGORY_FIELDS", "CLASSIFICATIONS", "SchemaVersionBuilder", "data_risk"]

ACTION_FIELDS = (
    "create_data",
    "read_data",
    "update_data",
    "destroy_data",
    "financial_transactions",
    "external_communication",
)
CATEGORY_FIELDS = (
    "personal_identifiers",
    "contact_information",
    "financial_information",
    "health_and_medical",
    "criminal_justice",
    "authentication_and_secrets",
    "organisational_confidential",
    "minors_data",
    "location_and_tracking",
    "behavioural_and_inferred",
    "gdpr_racial_or_ethnic_origin",
    "gdpr_political_opinions",
    "gdpr_religious_or_philosophical_beliefs",
    "gdpr_trade_union_membership",
    "gdpr_genetic_data",
    "gdpr_biometric_for_identification",
    "gdpr_sex_life_or_sexual_orientation",
)
CLASSIFICATIONS = ("unknown", "public", "internal", "confidential", "restricted", "secret")


def _marks(names: Iterable[str], known: tuple[str, ...], value: str, what: str, into: dict[str, str]) -> None:
    for name in names:
        if name not in known:
            raise ConfigurationError(f"unknown {what} {name!r}; known: {', '.join(known)}")
        if name in into:
            raise ConfigurationError(f"{what} {name!r} is given twice")
        into[name] = value


def _categories(include: Iterable[str], exclude: Iterable[str], classification: str) -> dict[str, str]:
    if classification not in CLASSIFICATIONS:
        raise ConfigurationError(f"unknown classification {classification!r}; known: {', '.join(CLASSIFICATIONS)}")
    marked: dict[str, str] = {}
    _marks(include, CATEGORY_FIELDS, "included", "data category", marked)
    _marks(exclude, CATEGORY_FIELDS, "excluded", "data category", marked)
    return {**{name: marked.get(name, "unknown") for name in CATEGORY_FIELDS}, "classification": classification}


def data_risk(
    *,
    allow: Iterable[str] = (),
    disallow: Iterable[str] = (),
    params_include: Iterable[str] = (),
    params_exclude: Iterable[str] = (),
    params_classification: str = "unknown",
    result_include: Iterable[str] = (),
    result_exclude: Iterable[str] = (),
    result_classification: str = "unknown",
) -> DataRisk:
    """A `DataRisk`: what the span type may do, and which data its params and result hold.

    Everything not named stays "unknown". Raises ConfigurationError for an unknown or repeated name.
    """
    actions: dict[str, str] = {}
    _marks(allow, ACTION_FIELDS, "allowed", "action", actions)
    _marks(disallow, ACTION_FIELDS, "disallowed", "action", actions)
    return DataRisk.from_dict(
        {
            "action_profile": {name: actions.get(name, "unknown") for name in ACTION_FIELDS},
            "params_data_categories": _categories(params_include, params_exclude, params_classification),
            "result_data_categories": _categories(result_include, result_exclude, result_classification),
        }
    )


def _schema(value: Mapping[str, Any] | None, what: str) -> dict[str, Any]:
    if value is None:
        return {"type": "object"}
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"{what} must be a JSON Schema object, got {type(value).__name__}")
    return dict(value)


def _risk(value: DataRisk | Mapping[str, Any] | None) -> dict[str, Any] | None:
    if value is None:
        return None
    risk = value if isinstance(value, DataRisk) else DataRisk.from_dict(dict(value))
    data: dict[str, Any] = risk.to_dict()
    return data


class SchemaVersionBuilder:
    """Collects span types and quality schemas into an `AgentSchemaVersionForRegister`."""

    def __init__(self, external_identifier: str | None = None) -> None:
        self._external = external_identifier
        self._span_types: dict[str, dict[str, Any]] = {}
        self._quality: dict[str, dict[str, Any]] = {}

    def span_type(
        self,
        name: str,
        params_schema: Mapping[str, Any] | None = None,
        *,
        result_schema: Mapping[str, Any] | None = None,
        title: str | None = None,
        description: str | None = None,
        template: str | None = None,
        data_risk: DataRisk | Mapping[str, Any] | None = None,
    ) -> SchemaVersionBuilder:
        """Declare a span type (`schema_name` of the spans); a second declaration of a name is an error."""
        if not isinstance(name, str) or not name:
            raise ConfigurationError("a span type needs a non-empty name")
        if name in self._span_types:
            raise ConfigurationError(f"span type {name!r} is declared twice")
        entry: dict[str, Any] = {"name": name, "params_schema": _schema(params_schema, "params_schema")}
        if result_schema is not None:
            entry["result_schema"] = _schema(result_schema, "result_schema")
        extra = {"title": title, "description": description, "template": template, "data_risk": _risk(data_risk)}
        entry.update({key: value for key, value in extra.items() if value is not None})
        self._span_types[name] = entry
        return self

    def quality(
        self,
        name: str,
        schema: Mapping[str, Any] | None = None,
        *,
        title: str | None = None,
        description: str | None = None,
        template: str | None = None,
        data_risk: DataRisk | Mapping[str, Any] | None = None,
    ) -> SchemaVersionBuilder:
        """Declare a quality schema (the `name` of `record_quality`)."""
        if not isinstance(name, str) or not name:
            raise ConfigurationError("a quality schema needs a non-empty name")
        if name in self._quality:
            raise ConfigurationError(f"quality schema {name!r} is declared twice")
        entry: dict[str, Any] = {"name": name, "schema": _schema(schema, "schema")}
        extra = {"title": title, "description": description, "template": template, "data_risk": _risk(data_risk)}
        entry.update({key: value for key, value in extra.items() if value is not None})
        self._quality[name] = entry
        return self

    def to_dict(self) -> dict[str, Any]:
        """The schema version as request data.

        The `external_identifier` defaults to `schema-` and a digest of the declarations, so the
        same declarations always name the same version.
        """
        body: dict[str, Any] = {}
        if self._span_types:
            body["span_type_schemas"] = list(self._span_types.values())
        if self._quality:
            body["quality_schemas"] = list(self._quality.values())
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]
        return {"external_identifier": self._external or f"schema-{digest}", **body}

    def build(self) -> AgentSchemaVersionForRegister:
        """The typed `AgentSchemaVersionForRegister` (`agent_instances.register`, `client.instance(schema=...)`)."""
        return AgentSchemaVersionForRegister.from_dict(self.to_dict())
