from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_action import AuditAction
from ..types import UNSET, parse_datetime

T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog:
    """A recorded event.

    Attributes:
        action (AuditAction): Kind of audited action.
        api_token_id (None | str):
        audit_log_id (str): Resource identifier (a nanoid string, not a UUID).
        changes (JsonObject | None):
        created_at (datetime.datetime | None):
        event_type (str):
        metadata (AuditLogMetadata | None):
        resource_id (str):
        resource_type (str):
        session_id (None | str):
        team_id (None | str):
        user_id (None | str):
    """

    action: AuditAction
    api_token_id: None | str
    audit_log_id: str
    changes: JsonObject | None
    created_at: datetime.datetime | None
    event_type: str
    metadata: AuditLogMetadata | None
    resource_id: str
    resource_type: str
    session_id: None | str
    team_id: None | str
    user_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "apiTokenId",
            "auditLogId",
            "changes",
            "createdAt",
            "eventType",
            "metadata",
            "resourceId",
            "resourceType",
            "sessionId",
            "teamId",
            "userId",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("action", self.action),
                ("api_token_id", self.api_token_id),
                ("audit_log_id", self.audit_log_id),
                ("changes", self.changes),
                ("created_at", self.created_at),
                ("event_type", self.event_type),
                ("metadata", self.metadata),
                ("resource_id", self.resource_id),
                ("resource_type", self.resource_type),
                ("session_id", self.session_id),
                ("team_id", self.team_id),
                ("user_id", self.user_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        action = getattr(self.action, "value", self.action)

        api_token_id: None | str
        api_token_id = self.api_token_id

        audit_log_id = self.audit_log_id

        changes: dict[str, Any] | None
        if isinstance(self.changes, JsonObject):
            changes = (
                self.changes
                if isinstance(self.changes, dict)
                else self.changes.to_dict()
            )
        else:
            changes = self.changes

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at
                if isinstance(self.created_at, str)
                else self.created_at.isoformat()
            )
        else:
            created_at = self.created_at

        event_type = self.event_type

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, AuditLogMetadata):
            metadata = (
                self.metadata
                if isinstance(self.metadata, dict)
                else self.metadata.to_dict()
            )
        else:
            metadata = self.metadata

        resource_id = self.resource_id

        resource_type = self.resource_type

        session_id: None | str
        session_id = self.session_id

        team_id: None | str
        team_id = self.team_id

        user_id: None | str
        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "apiTokenId": api_token_id,
                "auditLogId": audit_log_id,
                "changes": changes,
                "createdAt": created_at,
                "eventType": event_type,
                "metadata": metadata,
                "resourceId": resource_id,
                "resourceType": resource_type,
                "sessionId": session_id,
                "teamId": team_id,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = cast(
            AuditAction,
            AuditAction._value2member_map_.get(src_dict["action"])
            or AuditAction(src_dict["action"]),
        )

        _api_token_id_raw = src_dict["apiTokenId"]
        api_token_id: None | str
        api_token_id = cast(None | str, _api_token_id_raw)

        audit_log_id = src_dict["auditLogId"]

        _changes_raw = src_dict["changes"]
        changes: JsonObject | None
        if isinstance(_changes_raw, (dict, Mapping)):
            changes = JsonObject.from_dict(_changes_raw)
        else:
            changes = cast(JsonObject | None, _changes_raw)

        _created_at_raw = src_dict["createdAt"]
        created_at: datetime.datetime | None
        if isinstance(_created_at_raw, str):
            created_at_type_0 = parse_datetime(_created_at_raw)

            created_at = created_at_type_0
        else:
            created_at = cast(datetime.datetime | None, _created_at_raw)

        event_type = src_dict["eventType"]

        _metadata_raw = src_dict["metadata"]
        metadata: AuditLogMetadata | None
        if isinstance(_metadata_raw, (dict, Mapping)):
            metadata = AuditLogMetadata.from_dict(_metadata_raw)
        else:
            metadata = cast(AuditLogMetadata | None, _metadata_raw)

        resource_id = src_dict["resourceId"]

        resource_type = src_dict["resourceType"]

        _session_id_raw = src_dict["sessionId"]
        session_id: None | str
        session_id = cast(None | str, _session_id_raw)

        _team_id_raw = src_dict["teamId"]
        team_id: None | str
        team_id = cast(None | str, _team_id_raw)

        _user_id_raw = src_dict["userId"]
        user_id: None | str
        user_id = cast(None | str, _user_id_raw)

        _obj = cls(
            action,
            api_token_id,
            audit_log_id,
            changes,
            created_at,
            event_type,
            metadata,
            resource_id,
            resource_type,
            session_id,
            team_id,
            user_id,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("action", None)
            additional_properties.pop("apiTokenId", None)
            additional_properties.pop("auditLogId", None)
            additional_properties.pop("changes", None)
            additional_properties.pop("createdAt", None)
            additional_properties.pop("eventType", None)
            additional_properties.pop("metadata", None)
            additional_properties.pop("resourceId", None)
            additional_properties.pop("resourceType", None)
            additional_properties.pop("sessionId", None)
            additional_properties.pop("teamId", None)
            additional_properties.pop("userId", None)
            _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.audit_log_metadata import AuditLogMetadata  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
