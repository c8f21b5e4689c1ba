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

from ..models.agent_status import AgentStatus
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AgentSpanForCreate")


@_attrs_define
class AgentSpanForCreate:
    """
    Attributes:
        agent_instance_id (str):
        payload (SpanPayload):
        schema_name (str): A span type of the instance's schema version.
        status (AgentStatus):
        finished_at (datetime.datetime | None | Unset):
        id (str | Unset): A client-chosen span id.
        idempotency_key (str | Unset): Repeating a request with the same key returns the first result.
        parent_span_id (None | str | Unset): A span of the same instance that the server already knows.
        result_payload (None | SpanPayload | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    agent_instance_id: str
    payload: dict[str, Any]
    schema_name: str
    status: AgentStatus
    finished_at: datetime.datetime | None | Unset = UNSET
    id: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    parent_span_id: None | str | Unset = UNSET
    result_payload: None | SpanPayload | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "agent_instance_id",
            "payload",
            "schema_name",
            "status",
            "finished_at",
            "id",
            "idempotency_key",
            "parent_span_id",
            "result_payload",
            "started_at",
        }
    )

    def __repr__(self) -> str:
        # Fields left UNSET (absent from the answer, or not given) are not shown; the class name is
        # the instance's own, so an overlay subclass reads as itself.
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("agent_instance_id", self.agent_instance_id),
                ("payload", self.payload),
                ("schema_name", self.schema_name),
                ("status", self.status),
                ("finished_at", self.finished_at),
                ("id", self.id),
                ("idempotency_key", self.idempotency_key),
                ("parent_span_id", self.parent_span_id),
                ("result_payload", self.result_payload),
                ("started_at", self.started_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if value is not UNSET
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        agent_instance_id = self.agent_instance_id

        payload = self.payload

        schema_name = self.schema_name

        status = getattr(self.status, "value", self.status)

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = (
                self.finished_at
                if isinstance(self.finished_at, str)
                else self.finished_at.isoformat()
            )
        else:
            finished_at = self.finished_at

        id = self.id

        idempotency_key = self.idempotency_key

        parent_span_id: None | str | Unset
        if isinstance(self.parent_span_id, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = self.parent_span_id

        result_payload: dict[str, Any] | None | Unset
        if isinstance(self.result_payload, Unset):
            result_payload = UNSET
        elif isinstance(self.result_payload, SpanPayload):
            result_payload = (
                self.result_payload
                if isinstance(self.result_payload, dict)
                else self.result_payload.to_dict()
            )
        else:
            result_payload = self.result_payload

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at
                if isinstance(self.started_at, str)
                else self.started_at.isoformat()
            )
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_instance_id": agent_instance_id,
                "payload": payload,
                "schema_name": schema_name,
                "status": status,
            }
        )
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if id is not UNSET:
            field_dict["id"] = id
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id
        if result_payload is not UNSET:
            field_dict["result_payload"] = result_payload
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        agent_instance_id = src_dict["agent_instance_id"]

        payload = src_dict["payload"]
        if not isinstance(payload, dict):
            raise TypeError(
                f"expected an object for payload, got {type(payload).__name__}"
            )

        schema_name = src_dict["schema_name"]

        status = cast(
            AgentStatus,
            AgentStatus._value2member_map_.get(src_dict["status"])
            or AgentStatus(src_dict["status"]),
        )

        _finished_at_raw = src_dict.get("finished_at", UNSET)
        finished_at: datetime.datetime | None | Unset
        if isinstance(_finished_at_raw, Unset):
            finished_at = UNSET
        elif isinstance(_finished_at_raw, str):
            finished_at_type_0 = parse_datetime(_finished_at_raw)

            finished_at = finished_at_type_0
        else:
            finished_at = cast(datetime.datetime | None | Unset, _finished_at_raw)

        _id_in = src_dict.get("id", UNSET)
        if _id_in is None:
            _id_in = UNSET
        id = _id_in

        _idempotency_key_in = src_dict.get("idempotency_key", UNSET)
        if _idempotency_key_in is None:
            _idempotency_key_in = UNSET
        idempotency_key = _idempotency_key_in

        _parent_span_id_raw = src_dict.get("parent_span_id", UNSET)
        parent_span_id: None | str | Unset
        if isinstance(_parent_span_id_raw, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = cast(None | str | Unset, _parent_span_id_raw)

        _result_payload_raw = src_dict.get("result_payload", UNSET)
        result_payload: None | SpanPayload | Unset
        if isinstance(_result_payload_raw, Unset):
            result_payload = UNSET
        elif isinstance(_result_payload_raw, (dict, Mapping)):
            result_payload = SpanPayload.from_dict(_result_payload_raw)
        else:
            result_payload = cast(None | SpanPayload | Unset, _result_payload_raw)

        _started_at_raw = src_dict.get("started_at", UNSET)
        started_at: datetime.datetime | None | Unset
        if isinstance(_started_at_raw, Unset):
            started_at = UNSET
        elif isinstance(_started_at_raw, str):
            started_at_type_0 = parse_datetime(_started_at_raw)

            started_at = started_at_type_0
        else:
            started_at = cast(datetime.datetime | None | Unset, _started_at_raw)

        _obj = cls(
            agent_instance_id,
            payload,
            schema_name,
            status,
            finished_at,
            id,
            idempotency_key,
            parent_span_id,
            result_payload,
            started_at,
        )
        if not src_dict.keys() <= cls._known_keys:
            additional_properties = dict(
                src_dict
            )  # cheaper than a filtering comprehension
            additional_properties.pop("agent_instance_id", None)
            additional_properties.pop("payload", None)
            additional_properties.pop("schema_name", None)
            additional_properties.pop("status", None)
            additional_properties.pop("finished_at", None)
            additional_properties.pop("id", None)
            additional_properties.pop("idempotency_key", None)
            additional_properties.pop("parent_span_id", None)
            additional_properties.pop("result_payload", None)
            additional_properties.pop("started_at", None)
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


from ..models.span_payload import SpanPayload  # noqa: E402
