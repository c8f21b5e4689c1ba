"""Request checking with field paths: every problem of a body is reported at once.

`Fields` reads values out of a JSON object and records what is wrong under the field's path
(`details.name`, `agent_schema_version.span_type_schemas.0.data_risk`), the way Prefactor's
`validation_errors` answers name them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .errors import ApiError, validation_failed

__all__ = ["ACTION_PERMISSIONS", "CLASSIFICATIONS", "DATA_CATEGORY_VALUES", "Fields", "require_object"]

ACTION_PERMISSIONS = frozenset({"unknown", "allowed", "disallowed"})
DATA_CATEGORY_VALUES = frozenset({"unknown", "included", "excluded"})
CLASSIFICATIONS = frozenset({"unknown", "public", "internal", "confidential", "restricted", "secret"})
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

_MISSING: Any = object()


def require_object(body: object) -> dict[str, Any]:
    """The body as a JSON object, or 400."""
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "The request body must be a JSON object")
    return body


class Fields:
    """Typed reads from one JSON object, collecting errors by path."""

    def __init__(self, data: dict[str, Any], prefix: str = "", errors: dict[str, list[str]] | None = None) -> None:
        self.data = data
        self.prefix = prefix
        self.errors: dict[str, list[str]] = {} if errors is None else errors

    def path(self, name: str | int) -> str:
        return f"{self.prefix}.{name}" if self.prefix else str(name)

    def add(self, name: str | int, message: str) -> None:
        self.errors.setdefault(self.path(name), []).append(message)

    def nested(self, name: str, *, required: bool = False) -> Fields | None:
        """The object under `name` as `Fields` sharing these errors (None when absent or invalid)."""
        value = self.data.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.add(name, "is required")
            return None
        if not isinstance(value, dict):
            self.add(name, "must be an object")
            return None
        return Fields(value, self.path(name), self.errors)

    def string(
        self,
        name: str,
        *,
        required: bool = False,
        nullable: bool = True,
        min_length: int = 0,
        max_length: int | None = None,
        choices: frozenset[str] | None = None,
    ) -> str | None:
        value = self.data.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.add(name, "is required")
            elif value is None and not nullable:
                self.add(name, "must not be null")
            return None
        if not isinstance(value, str):
            self.add(name, "must be a string")
            return None
        if len(value) < min_length:
            self.add(name, "can't be blank" if min_length == 1 else f"must be at least {min_length} characters")
        elif max_length is not None and len(value) > max_length:
            self.add(name, f"must be at most {max_length} characters")
        elif choices is not None and value not in choices:
            self.add(name, f"must be one of: {', '.join(sorted(choices))}")
        else:
            return value
        return None

    def boolean(self, name: str, *, default: bool) -> bool:
        value = self.data.get(name, _MISSING)
        if value is _MISSING:
            return default
        if not isinstance(value, bool):
            self.add(name, "must be a boolean")
            return default
        return value

    def json_object(self, name: str, *, required: bool = False, nullable: bool = True) -> dict[str, Any] | None:
        value = self.data.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.add(name, "is required")
            elif value is None and not nullable:
                self.add(name, "must not be null")
            return None
        if not isinstance(value, dict):
            self.add(name, "must be an object")
            return None
        return value

    def timestamp(self, name: str) -> str | None:
        """An ISO 8601 date-time with a zone (kept as sent), or None."""
        value = self.string(name)
        if value is None:
            return None
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            self.add(name, "must be an ISO 8601 date-time")
            return None
        if parsed.tzinfo is None:
            self.add(name, "must include a time zone")
            return None
        return value

    def idempotency_key(self) -> str | None:
        return self.string("idempotency_key", min_length=1, max_length=64)

    def data_risk(self, name: str) -> dict[str, Any] | None:
        risk = self.nested(name)
        if risk is None:
            return None
        checked: dict[str, Any] = {}
        for part, fields, values in (
            ("action_profile", ACTION_FIELDS, ACTION_PERMISSIONS),
            ("params_data_categories", CATEGORY_FIELDS, DATA_CATEGORY_VALUES),
            ("result_data_categories", CATEGORY_FIELDS, DATA_CATEGORY_VALUES),
        ):
            section = risk.nested(part, required=True)
            if section is None:
                continue
            entry = {field: section.string(field, choices=values, nullable=False) or "unknown" for field in fields}
            if part != "action_profile":
                entry["classification"] = (
                    section.string("classification", choices=CLASSIFICATIONS, nullable=False) or "unknown"
                )
            checked[part] = entry
        return checked

    def raise_if_invalid(self) -> None:
        if self.errors:
            raise validation_failed(self.errors)
